import { searchText } from '../lib/i18n/zh-search';
import { loadPagefind, type PagefindResultData } from '../lib/search/pagefind';
import { normaliseQuery, queryFromSearchParams } from '../lib/search/query';

const HEADER_LIMIT = 6;
const PAGE_SIZE = 20;
const DEBOUNCE_MS = 150;

/**
 * <cp-search>: search over server-rendered markup. The form works without JavaScript (it
 * submits to /search/); this element adds results as you type, arrow-key movement and
 * the dropdown in the header.
 */
class CpSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLAnchorElement;
  #request = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #shown = PAGE_SIZE;

  get #isPage(): boolean {
    return this.dataset.mode === 'page';
  }

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('[data-search-input]');
    const panel = this.querySelector<HTMLElement>('[data-search-panel]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    const more = this.querySelector<HTMLAnchorElement>('[data-search-more]');
    if (!input || !panel || !status || !list || !more) return;
    [this.#input, this.#panel, this.#status, this.#list, this.#more] = [input, panel, status, list, more];

    input.addEventListener('input', () => this.#schedule());
    input.addEventListener('keydown', (event) => this.#onInputKey(event));
    list.addEventListener('keydown', (event) => this.#onResultKey(event));
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
      more.addEventListener('click', (event) => {
        event.preventDefault();
        this.#shown += PAGE_SIZE;
        void this.#run();
      });
    }
    // The module loads on first focus: text typed before that still counts.
    if (normaliseQuery(input.value)) void this.#run();
    else void loadPagefind().catch(() => undefined);
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), DEBOUNCE_MS);
  }

  async #run() {
    const query = normaliseQuery(this.#input.value);
    const request = ++this.#request;
    if (this.#isPage) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!query) {
      this.#render([], query, 0);
      this.#status.textContent = this.#isPage ? searchText.typeToSearch : '';
      if (!this.#isPage) this.#close();
      return;
    }
    this.#open();
    this.#status.textContent = searchText.loading;
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(query);
      if (request !== this.#request || !search) return;
      const limit = this.#isPage ? this.#shown : HEADER_LIMIT;
      const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
      if (request !== this.#request) return;
      this.#render(data, query, search.results.length);
    } catch {
      if (request !== this.#request) return;
      this.#list.replaceChildren();
      this.#status.textContent = import.meta.env.DEV ? searchText.devOnly : searchText.unavailable;
    }
  }

  #render(results: PagefindResultData[], query: string, total: number) {
    this.#list.replaceChildren(...results.map((data) => resultItem(data)));
    this.#status.textContent = !query
      ? ''
      : total === 0
        ? searchText.noResults(query)
        : searchText.count(total, query);
    const hasMore = total > results.length;
    this.#more.hidden = !hasMore;
    if (hasMore) {
      this.#more.href = `/search/?q=${encodeURIComponent(query)}`;
      this.#more.textContent = this.#isPage ? searchText.showMore : searchText.viewAll(total);
    }
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#list.querySelectorAll<HTMLAnchorElement>('[data-search-result] a')];
  }

  #onInputKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      const first = this.#links()[0];
      if (first) {
        event.preventDefault();
        this.#open();
        first.focus();
      }
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

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.searchResult = '';
  const link = document.createElement('a');
  link.href = data.url;
  const title = document.createElement('span');
  title.dataset.searchResultTitle = '';
  title.textContent = data.meta.title ?? data.url;
  link.append(title);
  const type = document.createElement('span');
  type.className = 'tag result-type';
  type.textContent = data.meta.type ?? '';
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  // Pagefind escapes the page text and adds only <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(type.textContent ? type : '', link, excerpt);
  return item;
}

if (!customElements.get('cp-search')) customElements.define('cp-search', CpSearch);

