import { standardIds, type StandardScores } from './standards';

/** One finished play-through of a drill, as stored on this device. */
export interface Attempt {
  /** Drill id. */
  drill: string;
  /** When it finished (ms since epoch). */
  at: number;
  /** Choice index at each decision, in order; replays the path. */
  choices: number[];
  /** The ending reached; absent when time ran out. */
  ending?: string;
  percent: number;
  /** Percent per standard; null where a standard was not at stake. */
  standards: Partial<StandardScores>;
  /** How long it took, in seconds. */
  seconds: number;
}

const isPercent = (n: unknown): n is number => typeof n === 'number' && n >= 0 && n <= 100;
const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/**
 * The attempt when `raw` is a valid one, else undefined. Written by hand instead of with zod:
 * zod's shared client chunk alone (about 7 KB gzip) would push drill pages past their 15 KB
 * budget. Unknown standards are dropped; anything else out of shape rejects the whole record.
 */
export function parseAttempt(raw: unknown): Attempt | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const standards = r.standards;
  const valid =
    typeof r.drill === 'string' &&
    r.drill.length > 0 &&
    typeof r.at === 'number' &&
    Number.isFinite(r.at) &&
    Array.isArray(r.choices) &&
    r.choices.every(isCount) &&
    (r.ending === undefined || typeof r.ending === 'string') &&
    isPercent(r.percent) &&
    typeof standards === 'object' &&
    standards !== null &&
    !Array.isArray(standards) &&
    Object.values(standards).every((v) => v === null || isPercent(v)) &&
    typeof r.seconds === 'number' &&
    r.seconds >= 0;
  if (!valid) return undefined;
  const scores: Partial<StandardScores> = {};
  for (const id of standardIds) {
    const value = (standards as Record<string, number | null>)[id];
    if (value !== undefined) scores[id] = value;
  }
  const attempt: Attempt = {
    drill: r.drill as string,
    at: r.at as number,
    choices: [...(r.choices as number[])],
    percent: r.percent as number,
    standards: scores,
    seconds: r.seconds as number,
  };
  if (typeof r.ending === 'string') attempt.ending = r.ending;
  return attempt;
}
