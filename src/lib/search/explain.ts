// What the page says about how a query was read: the words searched (and what else each was
// searched as), the slips corrected, and the words found nowhere. Plain data; the search
// element turns it into text.
import type { SearchOutcome } from './engine.ts';

/** One word of the query as the page shows it. */
export interface ShownWord {
  text: string;
  /** Found on some page (marked), or not found anywhere. */
  found: boolean;
  /** Playbook words it was also searched as (拉横幅 → 群诉、闹事); at most three. */
  also: string[];
}

/** How many of a word's other search terms the page names. */
const shownAlso = 3;

/** The query's words in order, with what each was searched as. */
export function shownWords(outcome: Pick<SearchOutcome, 'words'>): ShownWord[] {
  return outcome.words.map((word) => ({
    text: word.text,
    found: word.status !== 'missing',
    also: word.terms
      .filter((t) => t.word !== word.text && t.word !== word.correction && t.source !== 'exact')
      .slice(0, shownAlso)
      .map((t) => t.word),
  }));
}

/**
 * True when the words line is worth showing: the query was more than one word, or a word was
 * read as something else. A plain term (销控) needs no explanation.
 */
export function explainsSomething(outcome: Pick<SearchOutcome, 'words' | 'dropped'>): boolean {
  const [only] = outcome.words;
  return (
    outcome.words.length > 1 ||
    outcome.dropped.length > 0 ||
    (only !== undefined && shownWords(outcome)[0]?.also.length !== 0)
  );
}

/** Slips taken for known words: [as typed, as searched]. */
export function corrections(outcome: Pick<SearchOutcome, 'words'>): [string, string][] {
  return outcome.words.flatMap((w) =>
    w.correction ? [[w.text, w.correction] as [string, string]] : [],
  );
}
