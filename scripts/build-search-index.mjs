// Builds the search index of a built site (default dist/): Pagefind's index with every Han
// character indexed as its own word (see src/lib/search/index-text.ts for why), and beside it
// the search catalog (src/lib/search/catalog.ts): every page's title, aliases and first steps,
// and the term index that ranks them, built from the same page text Pagefind indexed.
// Usage: node scripts/build-search-index.mjs [DIR]
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { searchWords } from '../src/config/search-words.ts';
import { buildCatalogData } from '../src/lib/search/build-catalog.ts';
import {
  catalogEntry,
  catalogFile,
  parseFragment,
  serializeCatalog,
} from '../src/lib/search/catalog.ts';
import { htmlForIndex } from '../src/lib/search/index-text.ts';

const site = process.argv[2] ?? 'dist';
const output = join(site, 'pagefind');
const started = performance.now();

function htmlFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') files.push(...htmlFiles(path));
    } else if (name.endsWith('.html')) files.push(path);
  }
  return files;
}

function fail(message) {
  console.error(`search index: ${message}`);
  process.exit(1);
}

// Smaller index chunks than Pagefind's default (20000 postings): with one word per Han
// character, a query then downloads little more than its own characters' postings (about
// 180 KB instead of 300 KB on a cold search). The variable is Pagefind's own but marked
// unstable; if an upgrade drops it, the index falls back to default chunks and stays correct.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1500';

const { index, errors } = await pagefind.createIndex({});
if (!index) fail(errors.join('; '));
let pages = 0;
for (const file of htmlFiles(site).sort()) {
  const html = readFileSync(file, 'utf8');
  // Only pages that mark their indexable part, as the pagefind CLI does once any page has one.
  if (!html.includes('data-pagefind-body')) continue;
  const url = `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  const added = await index.addHTMLFile({ url, content: htmlForIndex(html) });
  if (added.errors.length > 0) fail(`${file}: ${added.errors.join('; ')}`);
  pages++;
}
if (pages === 0)
  fail(`no page in ${site} has data-pagefind-body: build the site first (npm run build).`);
rmSync(output, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: output });
if (written.errors.length > 0) fail(written.errors.join('; '));
await pagefind.close();

// The catalog: read back what Pagefind stored for each page, and index its words.
const entries = [];
for (const name of readdirSync(join(output, 'fragment'))) {
  const fragment = parseFragment(gunzipSync(readFileSync(join(output, 'fragment', name))));
  const entry = catalogEntry(name.replace(/\.pf_fragment$/, ''), fragment);
  if (typeof entry === 'string') fail(entry);
  entries.push(entry);
}
const { pages: catalogPages, terms } = buildCatalogData(entries, searchWords);
const file = serializeCatalog(catalogPages, terms);
writeFileSync(join(output, catalogFile), file);

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const words = terms.words.split('\n').length;
const kb = (gzipSync(file, { level: 9 }).length / 1024).toFixed(1);
console.log(
  `Indexed ${pages} pages in ${seconds} s (Han characters as words); catalog: ${catalogPages.length} pages, ${words} words, ${kb} KB gzip → ${output}`,
);
