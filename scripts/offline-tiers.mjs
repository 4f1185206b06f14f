// Which built files are offline in which tier (README, "Offline in two tiers").
//
// Tier 1 is precached by the service worker on the first visit, on any connection: what a
// person needs mid-incident. Tier 2 is the rest of the library, saved by the page only on a
// connection that is not metered or when the person asks (src/stores/offline.ts).
// Used by scripts/build-sw.mjs and bench/run.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pages and files of tier 1, as patterns on the file path in the build folder (`*` stays
 * within one folder). The scripts these pages load, and the chunks those import (now or on
 * first use, like search), are added by `tier1Files`.
 */
export const tier1Patterns = [
  // The shell: home page, the page shown for anything not saved, the app manifest and icon.
  'index.html',
  'offline/index.html',
  'manifest.webmanifest',
  'favicon.svg',
  // 现场应急: triage, every incident card, contacts, the incident log.
  'incident/index.html',
  'incident/*/index.html',
  // Search: the catalog, whose term index finds pages (incidents first) without Pagefind.
  // Pagefind itself (loader, WebAssembly, index chunks, page text) only answers words the term
  // index lacks and shows excerpts: tier 2, where it is of use only with its chunks.
  'pagefind/search-catalog.json',
];

function patternToRegExp(pattern) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*');
  return new RegExp(`^${escaped}$`);
}

const tier1Matchers = tier1Patterns.map(patternToRegExp);

/** Relative module paths a built script imports, statically or with import(). */
function importedChunks(code) {
  return [...code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((match) => match[1] ?? '');
}

/**
 * Tier 1 as paths relative to `dir`: the files matching `tier1Patterns` among `files`, plus every
 * /_astro/ file their pages reference and the chunks those scripts import, transitively.
 */
export function tier1Files(dir, files) {
  const available = new Set(files);
  const tier1 = new Set(
    files.filter((file) => tier1Matchers.some((pattern) => pattern.test(file))),
  );
  const pending = [];
  for (const file of tier1) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(dir, file), 'utf8');
    for (const match of html.matchAll(/(?:src|href)="\/(_astro\/[^"?#]+)"/g))
      pending.push(match[1] ?? '');
  }
  while (pending.length > 0) {
    const file = pending.pop() ?? '';
    if (tier1.has(file) || !available.has(file)) continue;
    tier1.add(file);
    if (file.endsWith('.js')) {
      for (const chunk of importedChunks(readFileSync(join(dir, file), 'utf8')))
        pending.push(`_astro/${chunk}`);
    }
  }
  return tier1;
}

/** The URL a file is served at: a page's folder (`incident/` for `incident/index.html`). */
export function urlOf(file) {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
