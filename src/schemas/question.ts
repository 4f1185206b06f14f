import { z } from 'astro/zod';
import { entryBaseShape, entryIdSchema, slugSchema } from './base';
import { standardSchema } from './standards';

const questionIdSchema = slugSchema('题目 id', 'ten-risks-01');

const common = {
  /** Stable id, unique across all question sets (progress and review refer to it). */
  id: questionIdSchema,
  /** The question as the learner reads it. */
  prompt: z.string().trim().min(1),
  /** Why the answer is what it is, shown after answering. */
  explanation: z.string().trim().min(1),
  /** Playbook ids that back the answer (at least one). */
  cites: z.array(entryIdSchema).min(1, { error: 'cites 至少引用 1 个手册条目 id' }),
  /** The standard this question mainly exercises, if any. */
  standard: standardSchema.optional(),
};

const optionSchema = z.strictObject({
  text: z.string().trim().min(1),
  correct: z.boolean().default(false),
  /** Why this option is right or wrong. */
  feedback: z.string().trim().optional(),
});

/** One correct option among several. */
export const singleQuestionSchema = z
  .strictObject({ ...common, type: z.literal('single'), options: z.array(optionSchema).min(2) })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    error: '单选题（type: single）必须恰好有 1 个 correct: true 的选项',
    path: ['options'],
  });

/** Several correct options; partial credit. */
export const multipleQuestionSchema = z
  .strictObject({ ...common, type: z.literal('multiple'), options: z.array(optionSchema).min(3) })
  .refine((q) => q.options.some((o) => o.correct), {
    error: '多选题（type: multiple）至少要有 1 个 correct: true 的选项',
    path: ['options'],
  });

/** Put the items in order; `items` is written in the correct order. */
export const orderingQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('ordering'),
  items: z.array(z.string().trim().min(1)).min(3, { error: '排序题至少要有 3 项' }),
});

/** Sort items into categories. */
export const categoriseQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal('categorise'),
    categories: z.array(z.string().trim().min(1)).min(2),
    items: z
      .array(z.strictObject({ text: z.string().trim().min(1), category: z.string().trim().min(1) }))
      .min(3),
  })
  .superRefine((q, ctx) => {
    q.items.forEach((item, i) => {
      if (!q.categories.includes(item.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'category'],
          message: `分类 "${item.category}" 不在 categories（${q.categories.join('、')}）中`,
        });
      }
    });
  });

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  orderingQuestionSchema,
  categoriseQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;

/** 题库: a set of knowledge-check questions on one topic, tagged by module and incident. */
export const questionSetSchema = z.strictObject({
  ...entryBaseShape,
  /** Module ids whose knowledge check draws on this set. */
  modules: z.array(entryIdSchema).default([]),
  /** Incident ids the set is about. */
  incidents: z.array(entryIdSchema).default([]),
  questions: z.array(questionSchema).min(1),
});
export type QuestionSet = z.infer<typeof questionSetSchema>;
