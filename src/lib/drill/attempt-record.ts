import {
  formatOf,
  list,
  nullable,
  number,
  object,
  optional,
  percent,
  text,
  time,
  type Infer,
  type Schema,
} from '../storage/schema';
import { standardIds, type StandardScores } from '../standards';

const standardsSchema = object(
  Object.fromEntries(standardIds.map((id) => [id, optional(nullable(percent))])),
) as Schema<Partial<StandardScores>>;

/** One finished play-through of a drill, as stored on this device. */
const attemptSchema = object({
  /** Drill id. */
  drill: text({ min: 1, max: 200 }),
  /** When it finished (ms since epoch). */
  at: time,
  /** Choice index at each decision, in order; retraces the path. */
  choices: list(number({ min: 0, max: 1000, int: true }), { max: 1000 }),
  /** The ending reached; absent when time ran out. */
  ending: optional(text({ max: 200 })),
  percent,
  /** Percent per standard; null where a standard was not at stake. Unknown standards are dropped. */
  standards: standardsSchema,
  /** How long it took, in seconds. */
  seconds: number({ min: 0, max: 10_000_000 }),
});
export type Attempt = Infer<typeof attemptSchema>;

/** How drill attempts are stored. */
export const attemptFormat = formatOf(attemptSchema);

/** The attempt when `raw` is a valid one, else undefined. */
export const parseAttempt = attemptFormat.parseItem;
