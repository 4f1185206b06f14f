import { z } from 'astro/zod';
import { entryBaseShape, entryIdSchema, slugSchema } from './base';
import { standardSchema } from './standards';

const nodeIdSchema = slugSchema('节点 id', 'n1、calm-down');

const meterBoundSchema = z.number().int().min(0).max(100);

/**
 * A turn the story takes when the meter, after this choice's own change, is in a range: e.g. at
 * 现场紧张度 80 or more the crowd starts a livestream.
 */
export const drillBranchSchema = z
  .strictObject({
    /** Taken when the meter is at least this (0–100). */
    meterAtLeast: meterBoundSchema.optional(),
    /** Taken when the meter is at most this (0–100). */
    meterAtMost: meterBoundSchema.optional(),
    /** The node or ending the story goes to instead of the choice's `next`. */
    next: nodeIdSchema,
  })
  .refine((b) => b.meterAtLeast !== undefined || b.meterAtMost !== undefined, {
    error:
      'branches 的每一项至少要写 meterAtLeast 或 meterAtMost 之一（0–100），例如 meterAtLeast: 80',
  })
  .refine(
    (b) =>
      b.meterAtLeast === undefined ||
      b.meterAtMost === undefined ||
      b.meterAtLeast <= b.meterAtMost,
    {
      error: 'meterAtLeast 不能大于 meterAtMost：这个分支永远不会触发',
    },
  );

/** One answer the learner can pick at a decision point. */
export const drillChoiceSchema = z.strictObject({
  /** What the learner says or does. */
  text: z.string().trim().min(1),
  /** The node or ending this choice leads to. */
  next: nodeIdSchema,
  /** Change to the visible meter (e.g. the customer's temper), negative calms. */
  meter: z.number().int().min(-50).max(50).default(0),
  /** Points for each of the six standards this choice earns, 0 to 3. */
  scores: z.partialRecord(standardSchema, z.number().int().min(0).max(3)).default({}),
  /** Why this choice is good or bad, shown after it is made. */
  feedback: z.string().trim().min(1),
  /** Playbook ids that back the feedback (at least one). */
  cites: z.array(entryIdSchema).min(1, { error: 'cites 至少引用 1 个手册条目 id' }),
  /** Turns checked in order against the meter after this choice; the first that fits wins, else `next`. */
  branches: z.array(drillBranchSchema).min(1).optional(),
});

/** A decision point: what the customer says and does, and the learner's choices. */
export const drillNodeSchema = z.strictObject({
  id: nodeIdSchema,
  /** Who is speaking, e.g. 王女士（购房客户）. */
  speaker: z.string().trim().min(1),
  /** What they say. */
  says: z.string().trim().min(1),
  /** Stage directions: what is happening around. */
  scene: z.string().trim().optional(),
  choices: z.array(drillChoiceSchema).min(2, { error: '每个决策点至少要有 2 个选项' }),
});

/** One of the scenario's endings. */
export const drillEndingSchema = z.strictObject({
  id: nodeIdSchema,
  title: z.string().trim().min(1),
  /** How well it went. */
  outcome: z.enum(['good', 'mixed', 'bad']),
  /** What happened next, and what the learner should take away. */
  debrief: z.string().trim().min(1),
  cites: z.array(entryIdSchema).default([]),
});

/** 演练: a branching scenario scored against the six standards. */
export const drillSchema = z.strictObject({
  ...entryBaseShape,
  /** The title without 演练：, for lists and assignments that already say it is a drill. */
  shortTitle: z
    .string()
    .trim()
    .min(1, { error: 'shortTitle 不能为空：写不带“演练：”的短标题，例如 同一套房，两位客户' }),
  /** The incident type this drill trains, if any. */
  incident: entryIdSchema.optional(),
  /** Expected length in minutes, shown on the list. */
  minutes: z.number().int().min(1).max(60),
  /** Optional time limit in seconds. */
  timeLimit: z.number().int().min(30).optional(),
  /** The situation the learner walks into. */
  intro: z.string().trim().min(1),
  /** The visible state the choices move, e.g. 客户情绪 from 0 (平静) to 100 (失控). */
  meter: z.strictObject({
    label: z.string().trim().min(1),
    start: z.number().int().min(0).max(100),
  }),
  /** Id of the first node. */
  start: nodeIdSchema,
  nodes: z.array(drillNodeSchema).min(1),
  endings: z.array(drillEndingSchema).min(1),
});
export type Drill = z.infer<typeof drillSchema>;
