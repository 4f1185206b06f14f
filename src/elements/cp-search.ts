import { searchWords } from '../config/search-words';
import { typeLabel } from '../lib/i18n/zh';
import { searchText } from '../lib/i18n/zh-search';
import { createSearch, type SearchOutcome, viewHit } from '../lib/search/engine';
import type { TermSource } from '../lib/search/lexicon';
import { exactSearch, loadCatalog, loadPageText } from '../lib/search/pagefind';
import {
  normaliseQuery,
  queryFromSearchParams,
  searchHref,
  typeFromSearchParams,
} from '../lib/search/query';
import { toSimplified } from '../lib/search/simplified';
import {
  clearQueryLines,
  findResultParts,
  renderBestAnswer,
  renderQueryLines,
  type ResultParts,
  resultItem,
} from './search-results';

const HEADER_LIMIT = 6;
const PAGE_SIZE = 20;

type Search = (query: string) => Promise<SearchOutcome>;
type State = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

let engine: Promise<Search> | undefined;

/**
 * The search engine over the catalog, loaded on first use and shared. Pagefind, the
 * Traditional converter and the slip tables load later, only for queries that need them.
 */
function loadEngine(): Promise<Search> {
  engine ??= loadCatalog().then((catalog) =>
    createSearch({
      catalog,
      words: searchWords,
      toSimplified,
      exactSearch: (text) => exactSearch(text),
      loadFuzzy: () => import('../lib/search/fuzzy'),
    }),
  );
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/**
 * <cp-search>: search over server-rendered markup. The form works without JavaScript (it
 * submits to /search/); this element adds results as you type, the best-answer card, type
 * filters, arrow-key movement and the dropdown in the header. It keeps the state and the
 * timing; src/lib/search answers and ranks, search-results.ts draws.
 *
 * Typing is coalesced rather than delayed: a keystroke after a pause searches at once, and
 * keystrokes that arrive while a search runs merge into one follow-up search, so results
 * never lag behind a fixed timer and never pile up. Nothing is searched while an input
 * method is still composing (pinyin), only what it commits.
 */
class CpSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #more!: HTMLAnchorElement;
  #actions!: HTMLElement;
  #retry!: HTMLButtonElement;
  #allTypes!: HTMLButtonElement;
  #suggest!: HTMLElement;
  #parts!: ResultParts;
  #filters: HTMLInputElement[] = [];
  #running = false;
  #pending = false;
  #request = 0;
  #outcome: SearchOutcome | undefined;
  #shown = PAGE_SIZE;

  /** Every hit of the last search in rank order, not only those shown (for tests and bench/search.mjs). */
  get results(): { url: string; collection: string; via: TermSource }[] {
    return (this.#outcome?.hits ?? []).map((hit) => ({
      url: hit.page.url,
      collection: hit.page.collection,
      via: hit.via,
    }));
  }

  get #isPage(): boolean {
    return this.dataset.mode === 'page';
  }

  connectedCallback() {
    const $ = <T extends Element>(selector: string) => this.querySelector<T>(selector);
    const input = $<HTMLInputElement>('[data-search-input]');
    const panel = $<HTMLElement>('[data-search-panel]');
    const status = $<HTMLElement>('[data-search-status]');
    const more = $<HTMLAnchorElement>('[data-search-more]');
    const actions = $<HTMLElement>('[data-search-actions]');
    const retry = $<HTMLButtonElement>('[data-search-retry]');
    const allTypes = $<HTMLButtonElement>('[data-search-all-types]');
    const suggest = $<HTMLElement>('[data-search-suggest]');
    const parts = findResultParts(this);
    if (
      !input ||
      !panel ||
      !status ||
      !more ||
      !actions ||
      !retry ||
      !allTypes ||
      !suggest ||
      !parts
    )
      return;
    this.#input = input;
    this.#panel = panel;
    this.#status = status;
    this.#more = more;
    this.#actions = actions;
    this.#retry = retry;
    this.#allTypes = allTypes;
    this.#suggest = suggest;
    this.#parts = parts;
    this.#filters = [...this.querySelectorAll<HTMLInputElement>('[data-search-filter]')];

    input.addEventListener('input', (event) => {
      if (!(event as InputEvent).isComposing) this.#schedule();
    });
    input.addEventListener('compositionend', () => this.#schedule());
    input.addEventListener('keydown', (event) => this.#onInputKey(event));
    parts.list.addEventListener('keydown', (event) => this.#onResultKey(event));
    retry.addEventListener('click', () => this.#schedule());
    allTypes.addEventListener('click', () => this.#setType(''));
    for (const filter of this.#filters)
      filter.addEventListener('change', () => this.#setType(filter.value));
    this.addEventListener('focusout', (event) => {
      if (!this.#isPage && !this.contains(event.relatedTarget as Node | null)) this.#close();
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.#isPage) {
        this.#close();
        this.#input.focus();
      }
    });

    if (this.#isPage) {
      const query = queryFromSearchParams(location.search);
      if (query) input.value = query;
      const type = typeFromSearchParams(location.search, this.#types());
      if (type) this.#check(type);
      this.querySelector('[data-search-form]')?.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#schedule();
      });
      more.addEventListener('click', (event) => {
        event.preventDefault();
        this.#shown += PAGE_SIZE;
        void this.#render();
      });
    }
    // The module loads on first focus: text typed before that still counts.
    if (normaliseQuery(input.value)) this.#schedule();
    else void loadEngine().catch(() => undefined);
  }

  #types(): string[] {
    return this.#filters.map((f) => f.value).filter(Boolean);
  }

  #type(): string {
    return this.#filters.find((f) => f.checked)?.value ?? '';
  }

  #check(type: string) {
    for (const filter of this.#filters) filter.checked = filter.value === type;
  }

  #setType(type: string) {
    this.#check(type);
    this.#shown = PAGE_SIZE;
    this.#updateUrl();
    void this.#render();
  }

  #updateUrl() {
    if (!this.#isPage) return;
    history.replaceState(
      null,
      '',
      searchHref(normaliseQuery(this.#input.value), this.#type() || undefined),
    );
  }

  /** Runs now if idle; otherwise once the running search ends, with the latest text. */
  #schedule() {
    if (this.#running) {
      this.#pending = true;
      return;
    }
    void this.#run();
  }

  async #run() {
    this.#running = true;
    this.#pending = false;
    const request = ++this.#request;
    const query = normaliseQuery(this.#input.value);
    this.#shown = PAGE_SIZE;
    this.#updateUrl();
    try {
      if (!query) {
        this.#outcome = undefined;
        this.#showEmpty();
        return;
      }
      this.#open();
      if (engine === undefined) this.#setState('loading', searchText.loading);
      const search = await loadEngine();
      if (this.#pending) return;
      const outcome = await search(query);
      if (this.#pending || request !== this.#request) return;
      this.#outcome = outcome;
      await this.#render();
    } catch {
      if (this.#pending || request !== this.#request) return;
      this.#showError();
    } finally {
      this.#running = false;
      if (this.#pending) this.#schedule();
    }
  }

  /** Shows the current outcome with the current filter; loads excerpts for what is shown. */
  async #render() {
    const outcome = this.#outcome;
    if (!outcome) return;
    const request = this.#request;
    const type = this.#isPage ? this.#type() : '';
    const hits = type ? outcome.hits.filter((h) => h.page.collection === type) : outcome.hits;
    const shown = hits.slice(0, this.#isPage ? this.#shown : HEADER_LIMIT);
    const list = this.#parts.list;
    // Excerpts not yet downloaded can take a while on a slow connection: mark what is on screen
    // as out of date (a filter or 显示更多 was chosen) until the new list replaces it.
    list.setAttribute('aria-busy', 'true');
    const views = await Promise.all(
      shown.map((hit) => viewHit(hit, (id) => loadPageText(id), this.#isPage ? 60 : 40)),
    );
    if (request !== this.#request || this.#pending) return;

    list.removeAttribute('aria-busy');
    list.replaceChildren(...views.map(resultItem));
    this.#updateFilters(outcome, type);
    this.#actions.hidden = true;
    this.#retry.hidden = true;
    this.#allTypes.hidden = true;
    this.#suggest.hidden = hits.length > 0;
    renderBestAnswer(this.#parts.best, type && type !== 'incidents' ? undefined : outcome.best);
    renderQueryLines(this.#parts, outcome);

    const label = type ? (typeLabel[type as keyof typeof typeLabel] ?? type) : '';
    if (outcome.hits.length === 0) {
      clearQueryLines(this.#parts);
      this.#setState('empty', searchText.noResults(outcome.query));
    } else if (hits.length === 0) {
      this.#setState('empty', searchText.noneInType(outcome.query, label, outcome.hits.length));
      this.#actions.hidden = false;
      this.#allTypes.hidden = false;
    } else {
      this.#setState(
        'ready',
        type
          ? searchText.countIn(hits.length, outcome.query, label)
          : searchText.count(hits.length, outcome.query),
      );
    }
    const hasMore = hits.length > shown.length;
    this.#more.hidden = !hasMore;
    if (hasMore) {
      this.#more.href = searchHref(outcome.query, type || undefined);
      this.#more.textContent = this.#isPage ? searchText.showMore : searchText.viewAll(hits.length);
    }
    this.dataset.searchQuery = outcome.query;
  }

  #updateFilters(outcome: SearchOutcome, type: string) {
    const fieldset = this.querySelector<HTMLElement>('[data-search-filters]');
    if (!fieldset) return;
    fieldset.hidden = outcome.hits.length === 0;
    for (const filter of this.#filters) {
      const count = filter.value ? (outcome.counts.get(filter.value) ?? 0) : outcome.hits.length;
      const badge = filter.parentElement?.querySelector('[data-search-count]');
      if (badge) badge.textContent = String(count);
      filter.disabled = count === 0 && filter.value !== type;
    }
  }

  #clearResults() {
    this.#parts.list.replaceChildren();
    this.#parts.list.removeAttribute('aria-busy');
    this.#more.hidden = true;
    clearQueryLines(this.#parts);
  }

  #showEmpty() {
    this.#clearResults();
    this.#actions.hidden = true;
    const fieldset = this.querySelector<HTMLElement>('[data-search-filters]');
    if (fieldset) fieldset.hidden = true;
    delete this.dataset.searchQuery;
    if (this.#isPage) {
      this.#suggest.hidden = false;
      this.#setState('idle', searchText.typeToSearch);
    } else {
      this.#setState('idle', '');
      this.#close();
    }
  }

  #showError() {
    this.#clearResults();
    this.#actions.hidden = false;
    this.#retry.hidden = false;
    this.#allTypes.hidden = true;
    this.#suggest.hidden = false;
    const message = import.meta.env.DEV
      ? searchText.devOnly
      : navigator.onLine === false
        ? searchText.offline
        : searchText.unavailable;
    this.#setState('error', message);
  }

  #setState(state: State, status: string) {
    this.dataset.searchState = state;
    this.#status.textContent = status;
  }

  /** The result links arrow keys move through (the best-answer card is a Tab stop before them). */
  #links(): HTMLAnchorElement[] {
    return [...this.#parts.list.querySelectorAll<HTMLAnchorElement>('[data-search-result] a')];
  }

  #onInputKey(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown') return;
    const first = this.#links()[0];
    if (first) {
      event.preventDefault();
      this.#open();
      first.focus();
    }
  }

  #onResultKey(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = this.#links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[at + 1] : links[at - 1];
    if (next) next.focus();
    else if (event.key === 'ArrowUp') this.#input.focus();
  }

  #open() {
    this.#panel.hidden = false;
  }

  #close() {
    if (!this.#isPage) this.#panel.hidden = true;
  }
}

if (!customElements.get('cp-search')) customElements.define('cp-search', CpSearch);
