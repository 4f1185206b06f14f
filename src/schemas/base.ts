import { z } from 'astro/zod';
import { idPattern } from '../lib/content/ids';

/** An id of the one site-wide shape; `what` and `example` make the error say which and how. */
export const slugSchema = (what: string, example: string) =>
  z.string().regex(idPattern, {
    error: (issue) =>
      `${what} "${String(issue.input)}" 不合规：只能用小写英文字母、数字和连字符，例如 ${example}`,
  });

/** A stable entry id: lowercase ASCII words joined by hyphens, unique across the whole site. */
export const entryIdSchema = slugSchema('id', 'double-sold-unit');

/** Fields every entry of every collection carries. The entry's id is its file name. */
export const entryBaseShape = {
  /** The page title, as staff would say it. */
  title: z.string().trim().min(1, { error: 'title 不能为空：写上条目的中文标题' }),
  /** One or two sentences shown in lists, search results and link previews. */
  summary: z
    .string()
    .trim()
    .min(8, { error: 'summary 太短：用一两句话说明这条内容讲什么（至少 8 个字）' }),
  /** Free keywords for grouping and filtering. */
  tags: z.array(z.string().trim().min(1)).default([]),
  /** Other names people use for the same thing (口语、简称、旧称); search matches them. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Ids of related entries in any collection, shown as 相关条目. */
  related: z.array(entryIdSchema).default([]),
};

export const entryBaseSchema = z.strictObject(entryBaseShape);
export type EntryBase = z.infer<typeof entryBaseSchema>;
