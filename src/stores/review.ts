import { applyReview, queueMisses, type AnsweredQuestions } from '../lib/training/review-schedule';
import { $reviewQueue } from './review-queue';

export { $reviewQueue };

/**
 * Puts every question answered below full marks into the review queue (or reschedules it):
 * how many, and whether the queue was saved.
 */
export function queueMissedQuestions(
  result: AnsweredQuestions,
  source: string,
  now = Date.now(),
): { missed: number; saved: boolean } {
  const missed = result.scores.filter((s) => s < 1).length;
  if (missed === 0) return { missed, saved: true };
  return { missed, saved: $reviewQueue.save(queueMisses($reviewQueue.get(), result, now, source)) };
}

/** Reschedules every question of a finished review round; false when it could not be saved. */
export function recordReviewRound(result: AnsweredQuestions, now = Date.now()): boolean {
  return $reviewQueue.save(applyReview($reviewQueue.get(), result, now));
}
