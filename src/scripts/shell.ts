// Runs on every page: the theme toggle, the search shortcuts, and the lazy start of search.
// Kept tiny on purpose (budget: under 2 KB gzip); the search code loads on first use.

type Theme = 'system' | 'light' | 'dark';
const order: Theme[] = ['system', 'light', 'dark'];
const root = document.documentElement;
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');

// theme-init.js (inline in <head>) keeps data-theme on the theme in force and follows the system
// while the choice is 'system'; this only changes the choice.
function currentTheme(): Theme {
  const value = root.dataset.themeChoice;
  return value === 'light' || value === 'dark' ? value : 'system';
}

function showTheme(theme: Theme) {
  if (!toggle) return;
  const label = toggle.dataset[`label${theme[0]?.toUpperCase()}${theme.slice(1)}`] ?? theme;
  toggle.setAttribute('aria-label', label);
  toggle.title = label;
}

toggle?.addEventListener('click', () => {
  const next = order[(order.indexOf(currentTheme()) + 1) % order.length] ?? 'system';
  if (next === 'system') {
    delete root.dataset.themeChoice;
    root.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } else {
    root.dataset.themeChoice = next;
    root.dataset.theme = next;
  }
  try {
    if (next === 'system') localStorage.removeItem('cp-theme');
    else localStorage.setItem('cp-theme', next);
  } catch {
    // Storage may be blocked; the choice still holds for this page.
  }
  showTheme(next);
});
showTheme(currentTheme());

// The search element fetches its catalog as soon as it connects; Pagefind itself loads only for
// a word the catalog lacks, so nothing else is fetched here.
let searchModule: Promise<unknown> | undefined;
function startSearch() {
  searchModule ??= import('../elements/cp-search');
  return searchModule;
}

for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) {
  input.addEventListener('focus', startSearch, { once: true });
}
if (document.querySelector('cp-search[data-mode="page"]') && location.search.includes('q=')) {
  void startSearch();
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !isTyping(event.target);
  const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (!slash && !ctrlK) return;
  const input =
    document.querySelector<HTMLInputElement>('[data-search-primary]') ??
    document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

// Offline: dist/sw.js (scripts/build-sw.mjs) precaches the incident tools (tier 1); the rest is
// saved by src/stores/offline.ts when the connection or the person allows (tier 2). A new
// version waits until the person chooses to reload, so an open page never changes under them.
// The new version may also become active without this page asking (another tab accepted it, or
// the browser activated it when no page used the old one): 重新加载 must still bring it in.
const sw = navigator.serviceWorker;
if (import.meta.env.PROD && sw) {
  let reloading = false;
  /** This page asked for the new version: its takeover is expected, not news. */
  let accepted = false;
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  /** Makes the waiting version active, then reloads; reloads at once when none is waiting. */
  const update = (registration: ServiceWorkerRegistration) => {
    const waiting = registration.waiting;
    if (!waiting) return reload();
    accepted = true;
    sw.addEventListener('controllerchange', reload);
    waiting.addEventListener('statechange', () => waiting.state === 'activated' && reload());
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  const offer = (registration: ServiceWorkerRegistration) => {
    if (!sw.controller || !notice) return;
    notice.hidden = false;
    notice.onclick = (event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      notice.hidden = true;
      if (button.matches('[data-update-reload]')) update(registration);
    };
  };
  addEventListener('load', () => {
    sw.register('/sw.js').then(
      (registration) => {
        // Some browsers (and blocked service workers) resolve without a registration.
        if (!registration) return;
        // What is offline here, and the download of the rest: loaded after the page, not before.
        if (document.querySelector('cp-offline-status'))
          void import('../elements/cp-offline-status');
        // A version that finishes installing while this page is open is offered; so is one that was
        // already installing or waiting when the page loaded (its updatefound came before us).
        const track = (worker: ServiceWorker | null) =>
          worker?.addEventListener(
            'statechange',
            () => worker.state === 'installed' && offer(registration),
          );
        if (registration.waiting) offer(registration);
        else track(registration.installing);
        registration.addEventListener('updatefound', () => track(registration.installing));
        // A new version that became active elsewhere now controls this page, which still shows
        // the old content: offer the reload here too. (The first install taking over is no news.)
        let controlled = Boolean(sw.controller);
        sw.addEventListener('controllerchange', () => {
          if (controlled && !accepted) offer(registration);
          controlled = true;
        });
        // A host without sw.js (astro dev, file://) still serves the site; nothing to offer there.
      },
      () => {},
    );
  });
}
