import { z } from 'astro/zod';
import { entryBaseShape } from './base';

/** 术语: one term. The title is the term itself. */
export const glossarySchema = z.strictObject({
  ...entryBaseShape,
  /** Pinyin without tones, for the A–Z index, e.g. "rengoushu". */
  pinyin: z.string().regex(/^[a-z ]+$/, { error: 'pinyin 只写小写无声调拼音，例如 rengoushu' }),
  /** The full explanation, as it applies in this playbook. */
  definition: z.string().trim().min(10),
});
export type GlossaryTerm = z.infer<typeof glossarySchema>;
