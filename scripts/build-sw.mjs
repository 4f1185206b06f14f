// Runs after `astro build` and `pagefind`: writes DIR/sw.js, a Workbox service worker that
// precaches every page, asset and the whole Pagefind index, so that after one visit the site and
// its search work with the network off. Prints what it precached (bench/run.mjs reads the line).
// Usage: node scripts/build-sw.mjs [DIR]   (default: PLAYBOOK_OUT_DIR or dist)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW, getManifest } from 'workbox-build';

const dir = process.argv[2] ?? process.env.PLAYBOOK_OUT_DIR ?? 'dist';

/** What is precached: shared by the service worker and the size report below. */
const precache = {
  globDirectory: dir,
  globPatterns: ['**/*'],
  globIgnores: [
    'sw.js',
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

const { count, size, warnings } = await generateSW({
  ...precache,
  swDest: join(dir, 'sw.js'),
  // /search/?q=… and Pagefind's pagefind-entry.json?ts=… are the same files as without the query.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  // Hashed names never change content, so the browser's cache may be trusted for them.
  dontCacheBustURLsMatching: /^_astro\//,
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
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: '/offline/index.html' } },
    },
  ],
});

for (const warning of warnings) console.warn(`build-sw: ${warning}`);
// The transfer size is what a host that compresses its responses sends on the first visit.
const { manifestEntries } = await getManifest(precache);
const gzip = manifestEntries.reduce(
  (sum, entry) => sum + gzipSync(readFileSync(join(dir, entry.url))).length,
  0,
);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
console.log(
  `build-sw: precache ${count} files, ${mb(size)} (${mb(gzip)} gzip) → ${join(dir, 'sw.js')}`,
);
