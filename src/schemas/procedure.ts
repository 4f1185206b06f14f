import { z } from 'astro/zod';
import { entryBaseShape, entryIdSchema } from './base';

export const procedureCategories = [
  '危机管理',
  '预防体系',
  '书面上报',
  '投诉处理',
  '客户满意',
  '客服体系',
  '客户关系管理',
] as const;

/** One step of a procedure that has a fixed order. */
export const procedureStepSchema = z.strictObject({
  /** Short name of the step. */
  title: z.string().trim().min(1),
  /** What the step means in practice. */
  detail: z.string().trim().min(1),
});

/** 规程与流程: how the firm works, in prose (the MDX body) plus optional ordered steps. */
export const procedureSchema = z.strictObject({
  ...entryBaseShape,
  /** Group on the playbook home. */
  category: z.enum(procedureCategories),
  /** Position within its category. */
  order: z.number().int().positive(),
  /** Ordered steps, when the procedure is a sequence (five steps, six steps …). */
  steps: z.array(procedureStepSchema).default([]),
  /** Case ids that illustrate it. */
  cases: z.array(entryIdSchema).default([]),
  /** Form ids it uses. */
  forms: z.array(entryIdSchema).default([]),
  /** 法规依据: law ids (src/content/laws) the procedure rests on. */
  laws: z.array(entryIdSchema).default([]),
});
export type Procedure = z.infer<typeof procedureSchema>;
