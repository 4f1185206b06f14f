import { reviewCardFormat, type ReviewCard } from '../lib/training/records';
import { persistentList } from './persisted';

/** Every question in the review queue, one card each. Changed through src/stores/review.ts. */
export const $reviewQueue = persistentList<ReviewCard>('cp:review', reviewCardFormat);
