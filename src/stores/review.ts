import { applyReview, queueMisses, type AnsweredQuestions } from '../lib/training/review-schedule';
import { $reviewQueue } from './review-queue';

export { $reviewQueue };

/** Puts every question answered below full marks into the review queue (or reschedules it). */
export function queueMissedQuestions(result: AnsweredQuestions, source: string, now = Date.now()): number {
  const missed = result.scores.filter((s) => s < 1).length;
  if (missed > 0) $reviewQueue.set(queueMisses($reviewQueue.get(), result, now, source));
  return missed;
}

/** Reschedules every question of a finished review round by how well it was answered. */
export function recordReviewRound(result: AnsweredQuestions, now = Date.now()): void {
  $reviewQueue.set(applyReview($reviewQueue.get(), result, now));
}
