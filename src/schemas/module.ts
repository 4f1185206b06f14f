import { z } from 'astro/zod';
import { entryBaseShape, entryIdSchema } from './base';

/** 培训模块: a step of the new-hire path. */
export const moduleSchema = z.strictObject({
  ...entryBaseShape,
  /** Position on the training path. */
  order: z.number().int().positive(),
  /** What the learner can do afterwards. */
  objectives: z.array(z.string().trim().min(1)).min(1),
  /** Playbook entries to read, in order, each with a short introduction. */
  lessons: z
    .array(z.strictObject({ entry: entryIdSchema, intro: z.string().trim().min(1) }))
    .min(1),
  /** Percent needed to pass the module's knowledge check. */
  passMark: z.number().int().min(1).max(100).default(80),
  /** Drill ids that belong to the module. */
  drills: z.array(entryIdSchema).default([]),
});
export type TrainingModule = z.infer<typeof moduleSchema>;
