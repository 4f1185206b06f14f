// Result excerpts: a window of the page text around the first exact match, every match in
// it marked. Pagefind's own excerpt marks each matched character separately and may centre
// on scattered characters; this one marks whole phrases.

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

export interface ExcerptOptions {
  /** Characters in the window. */
  length?: number;
  /** Characters shown before the first match. */
  lead?: number;
  /** The page title: text up to its first occurrence (type label, title) is not excerpted. */
  title?: string;
}

interface Span {
  start: number;
  end: number;
}

/** Non-overlapping occurrences of the needles (longest first), in text order. */
export function findMatches(text: string, needles: readonly string[]): Span[] {
  const haystack = text.toLowerCase();
  const spans: Span[] = [];
  const sorted = [...new Set(needles.map((n) => n.toLowerCase()).filter((n) => n.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  for (const needle of sorted) {
    let at = haystack.indexOf(needle);
    while (at >= 0) {
      const end = at + needle.length;
      if (!spans.some((s) => at < s.end && end > s.start)) spans.push({ start: at, end });
      at = haystack.indexOf(needle, at + 1);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Where the page body starts: after the type label and title that open every entry. */
function bodyStart(content: string, title: string | undefined): number {
  if (!title) return 0;
  const at = content.indexOf(title);
  return at >= 0 && at < 40 ? at + title.length : 0;
}

/**
 * An HTML excerpt with the needles marked, or undefined if the text has none of them.
 * The text is escaped; only <mark> is added.
 */
export function excerptHtml(
  content: string,
  needles: readonly string[],
  options: ExcerptOptions = {},
): string | undefined {
  const { length = 60, lead = 14, title } = options;
  const chars = [...content.replace(/\s+/g, ' ')];
  const text = chars.join('');
  const spans = findMatches(text, needles);
  if (spans.length === 0) return undefined;
  // Spans are in UTF-16 units; windows are cut in characters so no pair is split.
  const toChar = (unit: number) => [...text.slice(0, unit)].length;
  const after = bodyStart(text, title);
  const first = spans.find((s) => s.start >= after) ?? spans[0];
  if (!first) return undefined;
  const firstChar = toChar(first.start);
  const from = Math.max(0, Math.min(firstChar - lead, chars.length - length));
  const to = Math.min(chars.length, from + length);
  let html = from > 0 ? '…' : '';
  let cursor = from;
  for (const span of spans) {
    const start = toChar(span.start);
    const end = toChar(span.end);
    if (start < from || end > to) continue;
    html +=
      escapeHtml(chars.slice(cursor, start).join('')) +
      `<mark>${escapeHtml(chars.slice(start, end).join(''))}</mark>`;
    cursor = end;
  }
  html += escapeHtml(chars.slice(cursor, to).join(''));
  return to < chars.length ? `${html}…` : html;
}

/**
 * Pagefind's excerpt with neighbouring marks joined (it marks each character of the
 * character index separately). Pagefind has already escaped the text.
 */
export function joinMarks(pagefindExcerpt: string): string {
  return pagefindExcerpt.replace(/<\/mark>(\u200B)?<mark>/g, '');
}
