import { computed } from 'nanostores';
import { parseAttempt, type Attempt } from '../lib/quiz/attempt-record';
import type { CollectionFormat } from '../lib/storage/versioned';
import { persistentList } from './persisted';

export type { Attempt };

export const attemptFormat: CollectionFormat<Attempt> = { version: 1, parseItem: parseAttempt };

/** Every attempt at every drill on this device, oldest first. */
export const $attempts = persistentList<Attempt>('cp:attempts', attemptFormat, { durable: true });

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
