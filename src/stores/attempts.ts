import { computed } from 'nanostores';
import { attemptFormat, type Attempt } from '../lib/drill/attempt-record';
import { persistentList } from './persisted';

export { attemptFormat, type Attempt };

/** Every attempt at every drill on this device, oldest first. */
export const $attempts = persistentList<Attempt>('cp:attempts', attemptFormat, { durable: true });

/** Records a finished attempt; false when it could not be saved on this device. */
export function recordAttempt(attempt: Attempt): boolean {
  return $attempts.save([...$attempts.get(), attempt]);
}

/** The best percent per drill id. */
export const $bestScores = computed($attempts, (attempts) => {
  const best: Record<string, number> = {};
  for (const a of attempts) best[a.drill] = Math.max(best[a.drill] ?? 0, a.percent);
  return best;
});
