import * as z from 'zod/mini';
import type { CollectionFormat } from '../storage/versioned';

// What the training path keeps in the browser. Every record carries the time it was made, so
// records from two devices can be merged without a newer one ever losing to an older one.

const idSchema = z.string().check(z.minLength(1), z.maxLength(200));
const timeSchema = z.number().check(z.int(), z.minimum(0));
const percentSchema = z.number().check(z.minimum(0), z.maximum(100));

/** Whether the learner marked a playbook entry as read, and when. The latest mark wins. */
const lessonMarkSchema = z.object({
  /** Playbook entry id (the lesson); shared by every module that lists the entry. */
  entry: idSchema,
  read: z.boolean(),
  at: timeSchema,
});
export type LessonMark = z.infer<typeof lessonMarkSchema>;

/** One submitted knowledge check of a module. */
const checkResultSchema = z.object({
  module: idSchema,
  at: timeSchema,
  percent: percentSchema,
  /** The pass mark in force when it was taken: a pass stays a pass if the mark changes later. */
  passMark: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
  /** How many questions were asked. */
  asked: z.number().check(z.int(), z.minimum(0)),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

/** The name the learner typed for the certificate. Plain text, never markup. */
const learnerNameSchema = z.object({
  name: z.string().check(z.maxLength(100)),
  at: timeSchema,
});
export type LearnerName = z.infer<typeof learnerNameSchema>;

/** A question in the review queue: a ts-fsrs card with dates as epoch milliseconds. */
const reviewCardSchema = z.object({
  /** Question id. */
  question: idSchema,
  /** Where it was last missed or reviewed, e.g. module:ten-risks or review. */
  source: z.optional(z.string().check(z.maxLength(200))),
  due: timeSchema,
  stability: z.number().check(z.minimum(0)),
  difficulty: z.number().check(z.minimum(0)),
  elapsed_days: z.number().check(z.minimum(0)),
  scheduled_days: z.number().check(z.minimum(0)),
  learning_steps: z.number().check(z.int(), z.minimum(0)),
  reps: z.number().check(z.int(), z.minimum(0)),
  lapses: z.number().check(z.int(), z.minimum(0)),
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().check(z.int(), z.minimum(0), z.maximum(3)),
  last_review: z.optional(timeSchema),
  /** When this card last changed; decides which copy wins when two devices merge. */
  updated: timeSchema,
});
export type ReviewCard = z.infer<typeof reviewCardSchema>;

function formatOf<T>(schema: z.ZodMiniType<T>): CollectionFormat<T> {
  return {
    version: 1,
    parseItem: (raw) => {
      const result = schema.safeParse(raw);
      return result.success ? result.data : undefined;
    },
  };
}

export const lessonMarkFormat = formatOf(lessonMarkSchema);
export const checkResultFormat = formatOf(checkResultSchema);
export const learnerNameFormat = formatOf(learnerNameSchema);
export const reviewCardFormat = formatOf(reviewCardSchema);

/** What the path needs of a drill attempt (src/stores/attempts.ts stores more). */
export interface DrillRun {
  drill: string;
  at: number;
  /** Absent when time ran out before an ending. */
  ending?: string | undefined;
  percent: number;
  choices: number[];
}
