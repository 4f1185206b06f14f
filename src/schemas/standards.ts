import { z } from 'astro/zod';

/** The six standards every crisis response is measured against (source 001). */
export const standardIds = [
  'timeliness',
  'effectiveness',
  'transparency',
  'responsibility',
  'continuity',
  'flexibility',
] as const;

export const standardSchema = z.enum(standardIds, {
  error: (issue) =>
    `未知的处理标准 "${String(issue.input)}"：只能是 ${standardIds.join(', ')} 之一`,
});
export type StandardId = z.infer<typeof standardSchema>;
