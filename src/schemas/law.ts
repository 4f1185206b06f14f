import { z } from 'astro/zod';
import { entryBaseShape } from './base';

/** The kinds of legal text the playbook relies on, from the most to the least binding. */
export const lawLevels = ['法律', '行政法规', '司法解释', '部门规章'] as const;

/**
 * A date written `2021-11-01`. YAML reads an unquoted date as a Date, so both forms are
 * accepted and kept as the text `YYYY-MM-DD`.
 */
const isoDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : value,
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) =>
      `effective "${String(issue.input)}" 不是日期：写成 YYYY-MM-DD，例如 2021-11-01`,
  }),
);

/**
 * 法规依据: one provision (or, when its article could not be verified, one law) that a page of
 * the playbook relies on. The site is not legal advice: 法务 is the authority on every entry.
 */
export const lawSchema = z.strictObject({
  ...entryBaseShape,
  /** The law's official name without 《》, e.g. 中华人民共和国个人信息保护法. */
  law: z
    .string()
    .trim()
    .min(2, { error: 'law 不能为空：写法律法规的正式名称（不加书名号）' })
    .refine((v) => !/[《》]/.test(v), {
      error: 'law 不要加书名号《》，页面会自动加上',
    }),
  /** What kind of text it is; groups the /laws/ index. */
  level: z.enum(lawLevels, {
    error: (issue) => `level "${String(issue.input)}" 不可用：只能写 ${lawLevels.join('、')} 之一`,
  }),
  /**
   * The article(s), e.g. 第五十七条. Only write one that has been checked against the law's
   * text; leave it out to name the law alone.
   */
  article: z
    .string()
    .trim()
    .regex(
      /^第[〇一二三四五六七八九十百千零]+条(（[^）]+）)?(、第[〇一二三四五六七八九十百千零]+条(（[^）]+）)?)*$/,
      {
        error:
          'article 写成“第五十七条”，几条之间用顿号隔开，例如“第五十一条、第五十二条”；核对不了条文号就不写',
      },
    )
    .optional(),
  /** One sentence, in the playbook's own words, of what the provision requires. */
  paraphrase: z
    .string()
    .trim()
    .min(15, { error: 'paraphrase 太短：用自己的话写一句，说清这条规定要求什么（至少 15 个字）' })
    .refine((v) => v.endsWith('。') && v.split('。').length === 2, {
      error: 'paraphrase 只写一句话，以句号“。”结尾（句中可以用逗号、分号）',
    }),
  /** The date the text summarised here came into force (施行日期 of the version in force). */
  effective: isoDate,
});
export type Law = z.infer<typeof lawSchema>;

const digits: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The number of the first article named, e.g. 第一千一百九十八条 → 1198; 0 when there is none. */
export function firstArticleNumber(article: string | undefined): number {
  const numeral = /^第([〇一二三四五六七八九十百千零]+)条/.exec(article ?? '')?.[1];
  if (!numeral) return 0;
  let total = 0;
  let pending = 0;
  for (const char of numeral) {
    if (char in digits) pending = digits[char] ?? 0;
    else {
      total += (pending || 1) * (units[char] ?? 1);
      pending = 0;
    }
  }
  return total + pending;
}
