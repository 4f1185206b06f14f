// Runs after `astro build` and `pagefind`: writes DIR/sw.js, a Workbox service worker for
// offline use in two tiers (scripts/offline-tiers.mjs). Tier 1 (shell, triage, incident cards,
// contacts, log, search's loader and catalog) is precached on the first visit; tier 2, the rest,
// is listed in DIR/sw-library.<version>.js for the page to save when it may (src/sw/library.js).
// Prints both tiers' sizes (bench/run.mjs reads the lines).
// Usage: node scripts/build-sw.mjs [DIR]   (default: PLAYBOOK_OUT_DIR or dist)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW, getManifest } from 'workbox-build';
import { tier1Files, urlOf } from './offline-tiers.mjs';

const dir = process.argv[2] ?? process.env.PLAYBOOK_OUT_DIR ?? 'dist';

/** What is precached: shared by the service worker and the size report below. */
const precache = {
  globDirectory: dir,
  globPatterns: ['**/*'],
  globIgnores: [
    'sw.js',
    'sw-library.*.js',
    // Headers for static hosts (scripts/build-headers.mjs), not a page.
    '_headers',
    // Pagefind's ready-made UIs: this site has its own (src/elements/cp-search.ts).
    'pagefind/pagefind-ui.*',
    'pagefind/pagefind-modular-ui.*',
    'pagefind/pagefind-component-ui.*',
    'pagefind/pagefind-highlight.js',
    // The trainers' editor and its drill preview: for trainers online, not for every learner's device.
    'admin/**',
    // For crawlers, never read offline.
    'robots.txt',
    'sitemap-*.xml',
  ],
  // The largest file is the Pagefind WebAssembly; stop well before anything absurd sneaks in.
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
};

// Bytes on the wire for a host that compresses text (Pagefind's chunks are compressed already).
const transferSize = (file) => {
  const bytes = readFileSync(join(dir, file));
  return Math.min(bytes.length, gzipSync(bytes).length);
};

const { manifestEntries } = await getManifest(precache);
const tier1 = tier1Files(
  dir,
  manifestEntries.map((entry) => entry.url),
);
// Hashed names never change content, so the browser's cache may be trusted for them.
const dontCacheBustURLsMatching = /^_astro\//;
const libraryScript = writeLibraryScript(manifestEntries);

/**
 * Writes DIR/sw-library.<version>.js: the tier 2 list, tier 1 as Workbox precaches it (for the
 * parallel fetch in src/sw/library.js), then src/sw/library.js. Returns the file's name.
 */
function writeLibraryScript(entries) {
  const files = Object.fromEntries(
    entries
      .filter((entry) => !tier1.has(entry.url))
      .map((entry) => [
        urlOf(entry.url),
        [entry.revision?.slice(0, 12) ?? '', transferSize(entry.url)],
      ]),
  );
  const precached = entries
    .filter((entry) => tier1.has(entry.url))
    .map((entry) => [
      `/${entry.url}`,
      dontCacheBustURLsMatching.test(entry.url) ? null : entry.revision,
    ]);
  const list = JSON.stringify(files);
  const code = readFileSync(new URL('../src/sw/library.js', import.meta.url), 'utf8');
  const tier1List = `self.cpTier1 = ${JSON.stringify(precached)};\n${code}`;
  // The name changes with anything in the file: it is served as immutable.
  const version = createHash('sha256').update(list).update(tier1List).digest('hex').slice(0, 12);
  for (const old of readdirSync(dir).filter((name) => /^sw-library\.[0-9a-f]+\.js$/.test(name)))
    rmSync(join(dir, old));
  const name = `sw-library.${version}.js`;
  writeFileSync(
    join(dir, name),
    `self.cpLibrary = {"version":"${version}","files":${list}};\n${tier1List}`,
  );
  return name;
}

const { count, size, warnings } = await generateSW({
  ...precache,
  // Tier 1 only; tier 2 is saved by the page (see writeLibraryScript).
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.filter((entry) => tier1.has(entry.url)),
      warnings: [],
    }),
  ],
  importScripts: [`/${libraryScript}`],
  swDest: join(dir, 'sw.js'),
  // /search/?q=… and Pagefind's pagefind-entry.json?ts=… are the same files as without the query.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  dontCacheBustURLsMatching,
  cleanupOutdatedCaches: true,
  // Take over the first page at once (offline after one visit), but let a new version wait until
  // the page's update notice is accepted (src/scripts/shell.ts sends SKIP_WAITING).
  clientsClaim: true,
  skipWaiting: false,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  // A page that was never precached (a new one on the server) comes from the network; offline,
  // the offline page explains instead of the browser's error.
  runtimeCaching: [
    {
      // Every page lives at a path ending in '/'. An address typed or linked without it (and no
      // file extension) is sent to that form, which the precache holds, instead of the network:
      // offline it would otherwise show the offline page for a page that is cached.
      urlPattern: ({ request, url }) =>
        request.mode === 'navigate' &&
        !url.pathname.endsWith('/') &&
        !/\.[^/]*$/.test(url.pathname),
      handler: async ({ url }) =>
        Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301),
    },
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/offline/index.html' } },
    },
  ],
});

for (const warning of warnings) console.warn(`build-sw: ${warning}`);
// The transfer size is what a host that compresses its responses sends.
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const tierSize = (inTier) => {
  const entries = manifestEntries.filter((entry) => tier1.has(entry.url) === inTier);
  const raw = entries.reduce((sum, entry) => sum + statSync(join(dir, entry.url)).size, 0);
  const wire = entries.reduce((sum, entry) => sum + transferSize(entry.url), 0);
  return `${entries.length} files, ${mb(raw)} (${mb(wire)} gzip)`;
};
const workers = ['sw.js', libraryScript].reduce((sum, file) => sum + transferSize(file), 0);
console.log(
  `build-sw: tier 1 ${tierSize(true)} precached on the first visit → ${join(dir, 'sw.js')}`,
);
console.log(
  `build-sw: tier 2 ${tierSize(false)} saved on Wi-Fi or on request → ${join(dir, libraryScript)}`,
);
console.log(`build-sw: service worker and library list ${(workers / 1024).toFixed(1)} KB gzip`);
if (count !== tier1.size)
  console.warn(`build-sw: precached ${count} files, expected ${tier1.size} (${mb(size)})`);
