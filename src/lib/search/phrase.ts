// How a query becomes Pagefind queries. The index holds every Han character as its own word
// (see index-text.ts), so a Chinese query is spelt out character by character: quoted, it is
// an exact substring search; unquoted, it ranks pages by Pagefind's BM25 and metadata boosts.

const han = /\p{Script=Han}/u;
const separators = /[\s\p{P}\p{S}]+/u;
const spacing = /(\p{Script=Han})(?=\S)|(\S)(?=\p{Script=Han})/gu;

/** The form titles, aliases and queries are compared in: width, case and spaces folded. */
export function matchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True if the text contains at least one Han (Chinese) character. */
export function hasHan(text: string): boolean {
  return han.test(text);
}

/**
 * The pieces of a query that must each appear as a phrase: split at spaces, punctuation and
 * symbols, which Pagefind drops from queries. "总监（营销经理）" → ["总监", "营销经理"].
 */
export function queryParts(query: string): string[] {
  return matchKey(query)
    .split(separators)
    .filter((part) => part.length > 0);
}

/** A part spelt out for the character index: "72小时" → "72 小 时". */
export function spellOut(part: string): string {
  return part.replace(spacing, '$1$2 ');
}

/** The Pagefind query that finds pages containing the part exactly. */
export function phraseQuery(part: string): string {
  return `"${spellOut(part)}"`;
}

/** The Pagefind query that ranks pages containing every character of every part. */
export function rankingQuery(parts: readonly string[]): string {
  return parts.map(spellOut).join(' ');
}
