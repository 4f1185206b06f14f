import { z } from 'astro/zod';
import { entryBaseShape } from './base';

/** One blank on a printed form. */
export const formFieldSchema = z.strictObject({
  /** Printed label. */
  label: z.string().trim().min(1),
  /** text: one line; lines: several lines; date/time/sign: a short blank; check: tick boxes. */
  kind: z.enum(['text', 'lines', 'date', 'time', 'sign', 'check']).default('text'),
  /** Number of writing lines for kind "lines". */
  lines: z.number().int().min(2).max(12).optional(),
  /** Choices for kind "check". */
  options: z.array(z.string().trim().min(1)).optional(),
});

/** 表单模板: a printable A4 form. */
export const formSchema = z.strictObject({
  ...entryBaseShape,
  /** When to use the form. */
  whenToUse: z.string().trim().min(1),
  /** The form's blocks, each a titled group of fields. */
  sections: z
    .array(
      z.strictObject({
        title: z.string().trim().min(1),
        fields: z.array(formFieldSchema).min(1),
      }),
    )
    .min(1),
  /** Rules printed under the form (who keeps it, who signs). */
  notes: z.array(z.string().trim().min(1)).default([]),
  /**
   * Who holds the printed form. 内部: staff only, printed with the 内部资料 mark like every page.
   * 客户: a customer signs it or keeps a copy, so it prints without that mark.
   */
  audience: z
    .enum(['内部', '客户'], {
      error: (i) =>
        `audience "${String(i.input)}" 不可用：写 内部（员工自用）或 客户（客户签字或留存）`,
    })
    .default('内部'),
});
export type Form = z.infer<typeof formSchema>;
