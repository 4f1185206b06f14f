// Rendering for <cp-search>: the result list, the best-answer card and the lines that say how
// the query was read. Given data, it fills the server-rendered parts; it decides nothing.
import { typeLabel } from '../lib/i18n/zh';
import { searchText } from '../lib/i18n/zh-search';
import { cardHref } from '../lib/incident/routes';
import { entryIdOfUrl } from '../lib/search/catalog';
import type { HitView, SearchOutcome } from '../lib/search/engine';
import { corrections, explainsSomething, shownWords } from '../lib/search/explain';
import type { RankedHit } from '../lib/search/rank';

/** The parts of the search markup (src/components/SearchBox.astro) that results fill. */
export interface ResultParts {
  list: HTMLOListElement;
  best: HTMLElement;
  words: HTMLElement;
  partial: HTMLElement;
  note: HTMLElement;
}

/** Finds the result parts inside a search element; undefined if the markup lacks one. */
export function findResultParts(root: HTMLElement): ResultParts | undefined {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector) ?? undefined;
  const list = $<HTMLOListElement>('[data-search-results]');
  const best = $<HTMLElement>('[data-best-answer]');
  const words = $<HTMLElement>('[data-search-words]');
  const partial = $<HTMLElement>('[data-search-partial]');
  const note = $<HTMLElement>('[data-search-note]');
  return list && best && words && partial && note
    ? { list, best, words, partial, note }
    : undefined;
}

/** One result: type, title (a link) and the excerpt with the matched words marked. */
export function resultItem(view: HitView): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.searchResult = '';
  item.dataset.collection = view.collection;
  const link = document.createElement('a');
  link.href = view.url;
  const label = typeLabel[view.collection as keyof typeof typeLabel];
  if (label) {
    const type = document.createElement('span');
    type.className = 'tag result-type';
    type.dataset.searchResultType = '';
    type.textContent = label;
    link.append(type);
  }
  const title = document.createElement('span');
  title.dataset.searchResultTitle = '';
  title.textContent = view.title;
  link.append(title);
  item.append(link);
  if (view.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.dataset.searchResultExcerpt = '';
    // Escaped by lib/search/excerpt; the only markup is <mark>.
    excerpt.innerHTML = view.excerpt;
    item.append(excerpt);
  }
  return item;
}

/** The best-answer card: the incident's title, its first steps and a large 打开应急卡 button. */
export function renderBestAnswer(card: HTMLElement, hit: RankedHit | undefined): void {
  card.hidden = !hit;
  if (!hit) return;
  const title = card.querySelector<HTMLAnchorElement>('[data-best-answer-title]');
  const steps = card.querySelector<HTMLOListElement>('[data-best-answer-steps]');
  const open = card.querySelector<HTMLAnchorElement>('[data-best-answer-card]');
  const entry = card.querySelector<HTMLAnchorElement>('[data-best-answer-entry]');
  if (title) {
    title.textContent = hit.page.title;
    title.href = hit.page.url;
  }
  steps?.replaceChildren(
    ...hit.page.steps.map((step) => {
      const item = document.createElement('li');
      item.textContent = step;
      return item;
    }),
  );
  if (open) open.href = cardHref(entryIdOfUrl(hit.page.url));
  if (entry) entry.href = hit.page.url;
}

function mark(text: string, attribute: string): HTMLElement {
  const node = document.createElement('mark');
  node.setAttribute(attribute, '');
  node.textContent = text;
  return node;
}

/**
 * The lines about the query: the words searched (found ones marked, with what else each was
 * searched as), the words found nowhere, and Traditional or slipped input read as what.
 */
export function renderQueryLines(
  parts: Pick<ResultParts, 'words' | 'partial' | 'note'>,
  outcome: SearchOutcome,
): void {
  const { words, partial, note } = parts;
  const shown = shownWords(outcome).filter((w) => w.found);
  words.hidden = shown.length === 0 || !explainsSomething(outcome);
  words.replaceChildren();
  if (!words.hidden) {
    words.append(searchText.searchedWords);
    shown.forEach((word, i) => {
      if (i > 0) words.append('、');
      words.append(mark(word.text, 'data-search-word'));
      if (word.also.length > 0) words.append(searchText.alsoAs(word.also.join('、')));
    });
  }

  partial.hidden = !outcome.partial;
  partial.replaceChildren();
  if (outcome.partial) {
    partial.append(searchText.missingLead);
    outcome.missing.forEach((word, i) => {
      if (i > 0) partial.append('、');
      const missing = document.createElement('span');
      missing.dataset.searchMissing = '';
      missing.textContent = `“${word}”`;
      partial.append(missing);
    });
    partial.append(searchText.partialTail);
  }

  const lines: string[] = [];
  if (outcome.simplified) lines.push(searchText.simplifiedAs(outcome.simplified));
  for (const [typed, meant] of corrections(outcome))
    lines.push(searchText.correctedAs(typed, meant));
  note.textContent = lines.join(' ');
  note.hidden = lines.length === 0;
}

/** Hides every line about the query (no results, an error, an empty box). */
export function clearQueryLines(
  parts: Pick<ResultParts, 'best' | 'words' | 'partial' | 'note'>,
): void {
  for (const part of [parts.best, parts.words, parts.partial, parts.note]) part.hidden = true;
}
