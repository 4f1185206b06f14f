import { z } from 'astro/zod';
import { entryBaseShape, entryIdSchema } from './base';

/** 案例: what happened, what was done, how it ended, and what to learn. */
export const caseSchema = z.strictObject({
  ...entryBaseShape,
  /** Where the case comes from, e.g. 来源三·案例 24; absent for invented cases. */
  source: z.string().trim().optional(),
  /** True for a case written for training (shown as 示例案例). */
  fictional: z.boolean(),
  /** 情况. */
  situation: z.string().trim().min(1),
  /** 处理经过, in order. */
  actions: z.array(z.string().trim().min(1)).min(1),
  /** 结果. */
  outcome: z.string().trim().min(1),
  /** 启示. */
  lesson: z.string().trim().min(1),
  /** Ids of the rules (procedures, incidents, strategies) this case illustrates. */
  illustrates: z
    .array(entryIdSchema)
    .min(1, { error: 'illustrates 至少写 1 个它说明的规程、事件或策略 id' }),
});
export type Case = z.infer<typeof caseSchema>;
