import { z } from 'astro/zod';
import { entryBaseShape, entryIdSchema } from './base';

/** 群诉策略: the causes of group complaints, or how to handle one of its three types. */
export const strategySchema = z
  .strictObject({
    ...entryBaseShape,
    /** Position on the strategies list. */
    order: z.number().int().positive(),
    /** The group-complaint type this entry handles; absent for the overview entry. */
    groupType: z.enum(['核心型', '团队型', '散沙型']).optional(),
    /** How to tell this type apart on site. */
    signs: z.array(z.string().trim().min(1)).default([]),
    /** What to do. */
    dos: z.array(z.string().trim().min(1)).default([]),
    /** What not to do. */
    donts: z.array(z.string().trim().min(1)).default([]),
    /** Case ids that show it. */
    cases: z.array(entryIdSchema).default([]),
  })
  .superRefine((value, ctx) => {
    if (!value.groupType) return;
    for (const field of ['signs', 'dos', 'donts'] as const) {
      if (value[field].length < 2) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `写了 groupType 的群诉类型条目，${field} 至少要有 2 条`,
        });
      }
    }
  });
export type Strategy = z.infer<typeof strategySchema>;
