import { z } from 'astro/zod';
import { standardIds } from '../lib/standards';

export { standardIds };

/** One of the six standards (及时性 有效性 透明度 责任感 持续性 灵活性). */
export const standardSchema = z.enum(standardIds, {
  error: (issue) =>
    `未知的处理标准 "${String(issue.input)}"：只能是 ${standardIds.join(', ')} 之一`,
});
export type StandardId = z.infer<typeof standardSchema>;
