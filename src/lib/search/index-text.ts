// Pagefind's Chinese segmentation at index time (jieba) and at query time (the browser's
// Intl.Segmenter) disagree (Pagefind issue 1237): 销控 is indexed as 销 + 控, 成群诉 as
// 成群 + 诉, and a query can only match words from their start. Indexing every Han character
// as its own word makes the two sides agree by construction: any query, spelt out character
// by character and quoted, is an exact substring search.

const ZWSP = '\u200B';
const hanPair = /(\p{Script=Han})(?=\p{Script=Han})/gu;
const hanAtStart = /^\p{Script=Han}/u;
const hanAtEnd = /\p{Script=Han}$/u;
/** A tag, comment or doctype; quoted attribute values may contain ">". */
const tagPattern = /<!--[\s\S]*?-->|<[!/]?[a-zA-Z][^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/g;
/** Elements whose text Pagefind never indexes and that must stay byte-for-byte intact. */
const rawText = /^<(script|style|textarea|template)\b/i;

/** Separates adjacent Han characters with a zero-width space. */
export function splitHan(text: string): string {
  return text.replace(hanPair, `$1${ZWSP}`);
}

/**
 * The HTML Pagefind should index: every text node has its Han characters split apart;
 * tags, attribute values (filters, inline meta) and script/style bodies are unchanged.
 */
export function htmlForIndex(html: string): string {
  let out = '';
  let last = 0;
  let skipUntil: RegExp | undefined;
  // Text nodes run together across inline tags (<a>闹事</a><span>事件</span> is indexed as
  // 闹事事件), so a boundary between two Han characters in different nodes is split too.
  let endsWithHan = false;
  const addText = (text: string) => {
    if (text === '') return;
    const split = splitHan(text);
    out += endsWithHan && hanAtStart.test(split) ? ZWSP + split : split;
    endsWithHan = hanAtEnd.test(split);
  };
  for (const match of html.matchAll(tagPattern)) {
    const tag = match[0];
    const at = match.index;
    const text = html.slice(last, at);
    if (skipUntil) out += text;
    else addText(text);
    out += tag;
    last = at + tag.length;
    if (skipUntil) {
      if (skipUntil.test(tag)) skipUntil = undefined;
    } else {
      const raw = rawText.exec(tag);
      if (raw && !tag.endsWith('/>')) skipUntil = new RegExp(`^</${raw[1]}\\s*>$`, 'i');
    }
  }
  const rest = html.slice(last);
  if (skipUntil) out += rest;
  else addText(rest);
  return out;
}

/** Undoes splitHan, for text Pagefind hands back (page text, titles, metadata). */
export function joinHan(text: string): string {
  return text.replaceAll(ZWSP, '');
}
