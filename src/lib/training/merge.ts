import type { CheckResult, LearnerName, LessonMark, PracticeAttempt, ReviewCard } from './records';

// Merging what another device exported into what this device has. Nothing newer is ever
// replaced by something older: history (checks, drill attempts) is a union, and state that
// changes (lesson marks, review cards, the name) keeps the most recent version of each thing.

/** Everything the training path keeps, as exported and imported. */
export interface TrainingRecords<A extends PracticeAttempt = PracticeAttempt> {
  lessons: LessonMark[];
  checks: CheckResult[];
  attempts: A[];
  review: ReviewCard[];
  learner: LearnerName[];
}

export const recordSections = ['lessons', 'checks', 'attempts', 'review', 'learner'] as const;
export type RecordSection = (typeof recordSections)[number];

/** What a merge did to one section. */
export interface SectionMerge {
  /** Incoming records that were new or newer and were taken. */
  added: number;
  /** Incoming records that this device already had. */
  same: number;
  /** Incoming records that were older than this device's and were not taken. */
  older: number;
}

export type MergeReport = Record<RecordSection, SectionMerge>;

const none = (): SectionMerge => ({ added: 0, same: 0, older: 0 });

/** Union by key: history is only ever added to. Kept in time order. */
function mergeHistory<T extends { at: number }>(
  local: readonly T[],
  incoming: readonly T[],
  keyOf: (item: T) => string,
): { items: T[]; report: SectionMerge } {
  const report = none();
  const byKey = new Map(local.map((item) => [keyOf(item), item]));
  for (const item of incoming) {
    const key = keyOf(item);
    if (byKey.has(key)) report.same++;
    else {
      byKey.set(key, item);
      report.added++;
    }
  }
  return { items: [...byKey.values()].sort((a, b) => a.at - b.at), report };
}

/**
 * Latest version per key. `newer(a, b)` > 0 when a is more recent than b; full ties fall back
 * to comparing the records' text, so the result never depends on which device merges which.
 */
function mergeLatest<T>(
  local: readonly T[],
  incoming: readonly T[],
  keyOf: (item: T) => string,
  newer: (a: T, b: T) => number,
): { items: T[]; report: SectionMerge } {
  const compare = (a: T, b: T) => newer(a, b) || compareText(canonicalText(a), canonicalText(b));
  const report = none();
  const byKey = new Map<string, T>();
  for (const item of local) {
    const key = keyOf(item);
    const seen = byKey.get(key);
    if (!seen || compare(item, seen) > 0) byKey.set(key, item);
  }
  for (const item of incoming) {
    const key = keyOf(item);
    const seen = byKey.get(key);
    const order = seen === undefined ? 1 : compare(item, seen);
    if (order > 0) {
      byKey.set(key, item);
      report.added++;
    } else if (order === 0) report.same++;
    else report.older++;
  }
  return { items: [...byKey.values()], report };
}

const compareText = (a: string, b: string) => (a > b ? 1 : a < b ? -1 : 0);

/** A record's text with its keys sorted: the same record reads the same whatever wrote it. */
function canonicalText(record: unknown): string {
  if (typeof record !== 'object' || record === null) return JSON.stringify(record);
  const fields = record as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(fields)
      .sort()
      .map((key) => [key, fields[key]]),
  );
}

/** Later mark wins; at the same moment, "read" wins so a merge never depends on order. */
function newerMark(a: LessonMark, b: LessonMark): number {
  return a.at - b.at || Number(a.read) - Number(b.read);
}

/** The card changed more recently wins; then the one reviewed more often; then the later due. */
function newerCard(a: ReviewCard, b: ReviewCard): number {
  return a.updated - b.updated || a.reps - b.reps || a.due - b.due;
}

function newerName(a: LearnerName, b: LearnerName): number {
  return a.at - b.at;
}

const checkKey = (c: CheckResult) => `${c.module}|${c.at}|${c.percent}`;
const attemptKey = (a: PracticeAttempt) => `${a.drill}|${a.at}|${a.choices.join(',')}`;

/** Merges incoming records into local ones and says what was taken. */
export function mergeRecords<A extends PracticeAttempt>(
  local: TrainingRecords<A>,
  incoming: TrainingRecords<A>,
): { records: TrainingRecords<A>; report: MergeReport } {
  const lessons = mergeLatest(local.lessons, incoming.lessons, (m) => m.entry, newerMark);
  const checks = mergeHistory(local.checks, incoming.checks, checkKey);
  const attempts = mergeHistory(local.attempts, incoming.attempts, attemptKey);
  const review = mergeLatest(local.review, incoming.review, (c) => c.question, newerCard);
  const learner = mergeLatest(local.learner, incoming.learner, () => 'name', newerName);
  return {
    records: {
      lessons: lessons.items,
      checks: checks.items,
      attempts: attempts.items,
      review: review.items,
      learner: learner.items,
    },
    report: {
      lessons: lessons.report,
      checks: checks.report,
      attempts: attempts.report,
      review: review.report,
      learner: learner.report,
    },
  };
}
