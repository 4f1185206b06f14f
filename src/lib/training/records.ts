import {
  boolean,
  formatOf,
  number,
  object,
  optional,
  percent,
  text,
  time,
  type Infer,
} from '../storage/schema';

// What the training path keeps in the browser. Every record carries the time it was made, so
// records from two devices can be merged without a newer one ever losing to an older one.

const id = text({ min: 1, max: 200 });
const count = number({ min: 0, max: 1_000_000, int: true });
const measure = number({ min: 0 });

/** Whether the learner marked a playbook entry as read, and when. The latest mark wins. */
const lessonMarkSchema = object({
  /** Playbook entry id (the lesson); shared by every module that lists the entry. */
  entry: id,
  read: boolean,
  at: time,
});
export type LessonMark = Infer<typeof lessonMarkSchema>;

/** One submitted knowledge check of a module. */
const checkResultSchema = object({
  module: id,
  at: time,
  percent,
  /** The pass mark in force when it was taken: a pass stays a pass if the mark changes later. */
  passMark: number({ min: 1, max: 100, int: true }),
  /** How many questions were asked. */
  asked: count,
});
export type CheckResult = Infer<typeof checkResultSchema>;

/** The name the learner typed for the certificate. Plain text, never markup. */
const learnerNameSchema = object({
  name: text({ max: 100 }),
  at: time,
});
export type LearnerName = Infer<typeof learnerNameSchema>;

/** A question in the review queue: a ts-fsrs card with dates as epoch milliseconds. */
const reviewCardSchema = object({
  /** Question id. */
  question: id,
  /** Where it was last missed or reviewed, e.g. module:ten-risks or review. */
  source: optional(text({ max: 200 })),
  due: time,
  stability: measure,
  difficulty: measure,
  elapsed_days: measure,
  scheduled_days: measure,
  learning_steps: count,
  reps: count,
  lapses: count,
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number({ min: 0, max: 3, int: true }),
  last_review: optional(time),
  /** When this card last changed; decides which copy wins when two devices merge. */
  updated: time,
});
export type ReviewCard = Infer<typeof reviewCardSchema>;

export const lessonMarkFormat = formatOf(lessonMarkSchema);
export const checkResultFormat = formatOf(checkResultSchema);
export const learnerNameFormat = formatOf(learnerNameSchema);
export const reviewCardFormat = formatOf(reviewCardSchema);

/** A practice attempt at a drill, as the path needs it (src/stores/attempts.ts stores more). */
export interface PracticeAttempt {
  drill: string;
  at: number;
  /** Absent when time ran out before an ending. */
  ending?: string | undefined;
  percent: number;
  choices: number[];
}
