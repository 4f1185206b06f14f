import { computed, type ReadableAtom } from 'nanostores';
import { reviewCardFormat, type ReviewCard } from '../lib/training/records';
import { dueLater, dueToday } from '../lib/training/review-queue';
import { persistentList } from './persisted';

/** Every question in the review queue, one card each. Changed through src/stores/review.ts. */
export const $reviewQueue = persistentList<ReviewCard>('cp:review', reviewCardFormat, {
  durable: true,
});

/** What is due by the end of today and what comes later, among the questions the bank still has. */
export interface ReviewAgenda {
  due: ReviewCard[];
  later: ReviewCard[];
}

/** The review agenda, kept up to date as cards are answered or imported. */
export function reviewAgenda(known: ReadonlySet<string>): ReadableAtom<ReviewAgenda> {
  return computed($reviewQueue, (queue) => {
    const now = Date.now();
    return { due: dueToday(queue, now, known), later: dueLater(queue, now, known) };
  });
}
