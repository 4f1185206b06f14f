import * as z from 'zod/mini';
import { computed } from 'nanostores';
import type { CollectionFormat } from '../lib/storage/versioned';
import { persistentList } from './persisted';

const percentSchema = z.number().check(z.minimum(0), z.maximum(100));

/** One finished play-through of a drill, as stored on this device. */
const attemptSchema = z.object({
  /** Drill id. */
  drill: z.string().check(z.minLength(1)),
  /** When it finished (ms since epoch). */
  at: z.number(),
  /** Choice index at each decision, in order; replays the path. */
  choices: z.array(z.number().check(z.int(), z.minimum(0))),
  /** The ending reached; absent when time ran out. */
  ending: z.optional(z.string()),
  percent: percentSchema,
  /** Percent per standard; null where a standard was not at stake. */
  standards: z.record(z.string(), z.nullable(percentSchema)),
  /** How long it took. */
  seconds: z.number().check(z.minimum(0)),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const attemptFormat: CollectionFormat<Attempt> = {
  version: 1,
  parseItem: (raw) => {
    const result = attemptSchema.safeParse(raw);
    return result.success ? result.data : undefined;
  },
};

/** Every attempt at every drill on this device, oldest first. */
export const $attempts = persistentList<Attempt>('cp:attempts', attemptFormat);

/** Records a finished attempt. */
export function recordAttempt(attempt: Attempt): void {
  $attempts.set([...$attempts.get(), attempt]);
}

/** The best percent per drill id. */
export const $bestScores = computed($attempts, (attempts) => {
  const best: Record<string, number> = {};
  for (const a of attempts) best[a.drill] = Math.max(best[a.drill] ?? 0, a.percent);
  return best;
});
