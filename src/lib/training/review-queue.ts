import type { ReviewCard } from './records';

// Reading the review queue: what is due today and what comes later. No scheduler here, so the
// home page can show the count without loading FSRS.

/** The last millisecond of the local day that contains `now`. */
export function endOfDay(now: number): number {
  const day = new Date(now);
  day.setHours(23, 59, 59, 999);
  return day.getTime();
}

const byDue = (a: ReviewCard, b: ReviewCard) => a.due - b.due || (a.question < b.question ? -1 : 1);

/** Cards due by the end of today, earliest first; cards of questions no longer asked are left out. */
export function dueToday(
  queue: readonly ReviewCard[],
  now: number,
  known?: ReadonlySet<string>,
): ReviewCard[] {
  const end = endOfDay(now);
  return queue
    .filter((card) => card.due <= end && (!known || known.has(card.question)))
    .sort(byDue);
}

/** Cards due after today, earliest first. */
export function dueLater(
  queue: readonly ReviewCard[],
  now: number,
  known?: ReadonlySet<string>,
): ReviewCard[] {
  const end = endOfDay(now);
  return queue.filter((card) => card.due > end && (!known || known.has(card.question))).sort(byDue);
}
