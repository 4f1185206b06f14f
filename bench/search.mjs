// npm run bench:search: how well and how fast search works on the built site, in headless
// Chromium. Numbers only, never assertions. Builds the site first unless --no-build.
//
// First the evaluation set (tests/fixtures/search-eval.yaml): top-1, top-3 and MRR per kind of
// query (--eval-only stops there). Then the exact-term set: every glossary term title, every
// incident title and every alias on the site (from the search catalog the build writes). For
// each: recall and precision against the pages whose indexed text contains the exact string,
// the rank of the page the query names, and the time from the last keystroke to rendered
// results, cold (first search of a fresh browser) and warm. --quick measures cold on every
// 10th query only. PLAYBOOK_OUT_DIR chooses the built site (default dist).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { entryIdOfUrl, parseFragment } from '../src/lib/search/catalog.ts';
import { joinHan } from '../src/lib/search/index-text.ts';
import {
  evalKindLabel,
  evalKinds,
  parseEvalSet,
  rankOf,
  scoreRanks,
} from '../src/lib/search/evaluate.ts';
import { load as parseYaml } from 'js-yaml';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';

const args = new Set(process.argv.slice(2));
const loadAtStart = loadavg();
const dist = process.env.PLAYBOOK_OUT_DIR ?? 'dist';
const evalOnly = args.has('--eval-only');
const port = Number(process.env.BENCH_PORT ?? 4397);
const quick = args.has('--quick');

if (!args.has('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}

// --- What the index holds -------------------------------------------------------------
const catalog = JSON.parse(readFileSync(join(dist, 'pagefind', 'search-catalog.json'), 'utf8'));
const pages = catalog.pages.map(([id, url, collection, title, aliases]) => ({
  id,
  url,
  collection,
  title,
  aliases,
}));
const fragmentDir = join(dist, 'pagefind', 'fragment');
const indexedText = new Map(
  readdirSync(fragmentDir).map((name) => {
    const fragment = parseFragment(gunzipSync(readFileSync(join(fragmentDir, name))));
    return [fragment.url, joinHan(fragment.content)];
  }),
);

/** query → { kinds, owners }: a string may be one page's title and other pages' alias. */
const queries = new Map();
const addQuery = (text, kind, page) => {
  const q = queries.get(text) ?? { text, kinds: new Set(), owners: [] };
  q.kinds.add(kind);
  q.owners.push(page);
  queries.set(text, q);
};
for (const page of pages) {
  if (page.collection === 'glossary') addQuery(page.title, 'term', page);
  if (page.collection === 'incidents') addQuery(page.title, 'incident', page);
  for (const alias of page.aliases) addQuery(alias, 'alias', page);
}
const queryList = [...queries.values()];
// A query names every page whose title or alias it is (客户分类 is a glossary term and a
// procedure); the incident among them must come first, otherwise any of them may.
for (const q of queries.values()) {
  q.owners = pages.filter((p) => p.title === q.text || p.aliases.includes(q.text));
}
const expectedPages = (q) => {
  const incidents = q.owners.filter((p) => p.collection === 'incidents');
  return (incidents.length > 0 ? incidents : q.owners).map((p) => p.url);
};

// --- A static host that compresses like a real one -----------------------------------
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
const gzipCache = new Map();
const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  let file = join(dist, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end('not found');
    return;
  }
  const type = types[extname(file)];
  const headers = {
    'Content-Type': type ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  };
  if (extname(file) === '.pagefind') headers['Content-Type'] = 'application/wasm';
  let body = readFileSync(file);
  // Pagefind's index, fragments and wasm are gzip files already; text gets gzip on the wire.
  if (type && /gzip/.test(request.headers['accept-encoding'] ?? '')) {
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(body, { level: 9 }));
    body = gzipCache.get(file);
    headers['Content-Encoding'] = 'gzip';
  }
  response.writeHead(200, headers).end(body);
});
await new Promise((resolve) => server.listen(port, 'localhost', resolve));
const base = `http://localhost:${port}`;

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

/** Waits for the search element to show results (or a message) for the query; returns ms since the keystroke. */
async function timeSearch(page, scope, query) {
  return page.evaluate(
    ({ scope, query }) =>
      new Promise((resolve, reject) => {
        const element = document.querySelector(`${scope} cp-search`);
        const input = element.querySelector('[data-search-input]');
        const timeout = setTimeout(() => reject(new Error(`no results for ${query}`)), 15000);
        const observer = new MutationObserver(() => {
          if (element.dataset.searchQuery !== query) return;
          observer.disconnect();
          // Rendered means painted: wait for the frame that shows the new results.
          requestAnimationFrame(() => {
            clearTimeout(timeout);
            resolve(performance.now() - typedAt);
          });
        });
        observer.observe(element, {
          attributes: true,
          attributeFilter: ['data-search-query', 'data-search-state'],
        });
        input.focus();
        // An input method commits a whole word at once: one input event for the query.
        input.value = query;
        const typedAt = performance.now();
        input.dispatchEvent(
          new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query }),
        );
      }),
    { scope, query },
  );
}

/**
 * Cold: a fresh browser profile (empty cache) on a content page; the search box is clicked and
 * the query committed `typingMs` later (0: at once, the strictest case; a person typing pinyin
 * takes longer, and the search code loads meanwhile).
 */
async function coldRun(query, typingMs = 0) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await page.goto(`${base}/incidents/crowd-protest/`, { waitUntil: 'networkidle' });
  const transfers = [];
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) =>
    transfers.push({ url: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength }),
  );
  await page.locator('header [data-search-input]').click();
  if (typingMs > 0) await page.waitForTimeout(typingMs);
  const ms = await timeSearch(page, 'header', query);
  await page.waitForTimeout(50);
  await context.close();
  return { ms, transfers };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The evaluation set, searched in the header box: ranks per query, printed per kind and round. */
async function runEvalSet() {
  const set = parseEvalSet(parseYaml(readFileSync('tests/fixtures/search-eval.yaml', 'utf8')));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/incidents/crowd-protest/`);
  await page.locator('header [data-search-input]').click();
  await timeSearch(page, 'header', '预热');
  const rows = [];
  for (const query of set) {
    const warm = await timeSearch(page, 'header', query.q);
    const results = await page.evaluate(() => document.querySelector('header cp-search').results);
    rows.push({
      query,
      rank: rankOf(
        query,
        results.map((r) => entryIdOfUrl(r.url)),
      ),
      warm,
    });
  }
  await context.close();
  const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const line = (label, subset) => {
    const s = scoreRanks(subset.map((r) => r.rank));
    return `${label.padEnd(14)}${String(s.count).padStart(5)}${pct(s.top1)}${pct(s.top3)}${s.mrr.toFixed(3).padStart(8)}`;
  };
  console.log(`## evaluation set (tests/fixtures/search-eval.yaml, ${set.length} queries)\n`);
  console.log(
    `${'kind'.padEnd(14)}${'n'.padStart(5)}${'top-1'.padStart(7)}${'top-3'.padStart(7)}${'MRR'.padStart(8)}`,
  );
  for (const kind of evalKinds)
    console.log(
      line(
        `${kind} ${evalKindLabel[kind]}`,
        rows.filter((r) => r.query.kind === kind),
      ),
    );
  for (const round of [1, 2]) {
    const subset = rows.filter((r) => r.query.round === round);
    if (subset.length > 0) console.log(line(`round ${round}`, subset));
  }
  console.log(line('all', rows));
  const misses = rows.filter((r) => r.rank !== 1);
  if (misses.length > 0) {
    console.log(`not first: ${misses.map((r) => `${r.query.q}(${r.rank || 'miss'})`).join(' ')}`);
  }
  console.log(
    `warm on the set: median ${median(rows.map((r) => r.warm)).toFixed(1)} ms, max ${Math.max(...rows.map((r) => r.warm)).toFixed(1)} ms\n`,
  );
}

try {
  await runEvalSet();
  if (evalOnly) {
    await browser.close();
    server.close();
    process.exit(0);
  }
  // --- Quality and warm timing: one page, every query typed into the header -------------
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/search/`);
  await timeSearch(page, 'main', '预热'); // loads Pagefind and the catalog
  await page.goto(`${base}/incidents/crowd-protest/`);
  await page.locator('header [data-search-input]').click();
  await timeSearch(page, 'header', '预热');

  const rows = [];
  for (const q of queryList) {
    const warm = await timeSearch(page, 'header', q.text);
    const results = await page.evaluate(() => document.querySelector('header cp-search').results);
    const urls = results.map((r) => r.url);
    const own = results.filter((r) => r.via === 'query' || r.via === 'exact').map((r) => r.url);
    const truth = [...indexedText].filter(([, text]) => text.includes(q.text)).map(([url]) => url);
    const found = truth.filter((url) => urls.includes(url)).length;
    const expected = expectedPages(q);
    const rank = Math.min(...expected.map((url) => urls.indexOf(url) + 1 || Infinity));
    rows.push({
      q,
      truth: truth.length,
      results: urls.length,
      recall: truth.length ? found / truth.length : 1,
      precision: urls.length ? urls.filter((u) => truth.includes(u)).length / urls.length : 1,
      precisionOwn: own.length ? own.filter((u) => truth.includes(u)).length / own.length : 1,
      rank,
      warm,
    });
  }
  await context.close();

  // --- Cold timing and bytes ----------------------------------------------------------------
  const coldTargets = quick ? queryList.filter((_, i) => i % 10 === 0) : queryList;
  const cold = new Map();
  for (const q of coldTargets) {
    cold.set(q.text, await coldRun(q.text));
    if (cold.size % 50 === 0) process.stderr.write(`cold: ${cold.size}/${coldTargets.length}\n`);
  }
  const sample = queryList.filter((_, i) => i % 10 === 0);
  const coldTyped = [];
  for (const q of sample) coldTyped.push(await coldRun(q.text, 500));
  const traditional = await coldRun('一房兩賣');
  // The heavier paths: a slip (loads the sound table), a word the index lacks (loads Pagefind
  // for an exact search), and a whole sentence.
  const heavy = [];
  for (const query of ['房号买重了', '报项', '业主在售楼处门口拉横幅怎么办'])
    heavy.push([query, await coldRun(query)]);

  // --- Report ----------------------------------------------------------------------------
  console.log('# search bench (headless Chromium, gzip static host)\n');
  console.log(
    `machine: ${cpus().length} CPUs, load average ${loadAtStart.map((x) => x.toFixed(1)).join(' ')} at start, ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at end (timings are wall-clock: a busy machine inflates them)\n`,
  );
  console.log(
    `${pages.length} indexed pages; ${queryList.length} distinct queries: ${queryList.filter((q) => q.kinds.has('term')).length} glossary terms, ${queryList.filter((q) => q.kinds.has('incident')).length} incident titles, ${queryList.filter((q) => q.kinds.has('alias')).length} aliases`,
  );
  console.log(
    'recall/precision against pages whose indexed text contains the exact query; precision₀ counts only results found by the query itself (not synonyms);',
  );
  console.log(
    'rank = position of the page the query names (its incident when an incident owns it); time = last keystroke to painted results\n',
  );
  const pad = (s, n) => String(s).padEnd(n);
  // Chinese characters take two columns in a terminal.
  const width = (s) =>
    [...s].reduce(
      (w, c) =>
        w +
        (/[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1),
      0,
    );
  const padWide = (s, n) => {
    let text = s;
    while (width(text) > n - 2) text = `${[...text].slice(0, -2).join('')}…`;
    return text + ' '.repeat(Math.max(1, n - width(text)));
  };
  const num = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');
  console.log(
    `${pad('query', 24)}${pad('kind', 16)}${pad('pages', 7)}${pad('results', 9)}${pad('recall', 8)}${pad('prec', 7)}${pad('prec₀', 7)}${pad('rank', 6)}${pad('warm ms', 9)}cold ms / KB`,
  );
  for (const r of rows) {
    const c = cold.get(r.q.text);
    const coldText = c
      ? `${num(c.ms, 0)} / ${num(c.transfers.reduce((s, t) => s + t.bytes, 0) / 1024, 1)}`
      : '';
    const kinds =
      [...r.q.kinds].join('+') + (r.q.owners.length > 1 ? ` ×${r.q.owners.length}` : '');
    console.log(
      `${padWide(r.q.text, 24)}${pad(kinds, 16)}${pad(r.truth, 7)}${pad(r.results, 9)}${pad(num(r.recall), 8)}${pad(num(r.precision), 7)}${pad(num(r.precisionOwn), 7)}${pad(Number.isFinite(r.rank) ? r.rank : 'miss', 6)}${pad(num(r.warm, 1), 9)}${coldText}`,
    );
  }

  const aliasRows = rows.filter((r) => r.q.kinds.has('alias'));
  const incidentRows = rows.filter((r) => r.q.owners.some((p) => p.collection === 'incidents'));
  const coldMs = [...cold.values()].map((c) => c.ms);
  const coldBytes = [...cold.values()].map((c) => c.transfers.reduce((s, t) => s + t.bytes, 0));
  console.log('\n## summary (targets in brackets)');
  console.log(
    `recall: mean ${num(mean(rows.map((r) => r.recall)), 3)}, min ${num(Math.min(...rows.map((r) => r.recall)), 3)}, queries below 1.00: ${rows.filter((r) => r.recall < 1).length}   [1.00]`,
  );
  console.log(
    `precision: mean ${num(mean(rows.map((r) => r.precision)), 3)}; precision₀ (query's own matches): mean ${num(mean(rows.map((r) => r.precisionOwn)), 3)}, min ${num(Math.min(...rows.map((r) => r.precisionOwn)), 3)}`,
  );
  console.log(
    `rank of the named page: mean ${num(mean(rows.map((r) => r.rank)), 2)}; first for ${rows.filter((r) => r.rank === 1).length}/${rows.length} queries`,
  );
  console.log(
    `  aliases: first for ${aliasRows.filter((r) => r.rank === 1).length}/${aliasRows.length}   [all]`,
  );
  console.log(
    `  incident titles and aliases: incident first for ${incidentRows.filter((r) => r.rank === 1).length}/${incidentRows.length}   [all]`,
  );
  const notFirst = rows.filter((r) => r.rank !== 1);
  if (notFirst.length > 0)
    console.log(
      `  not first: ${notFirst.map((r) => `${r.q.text}(${r.rank}; ${r.q.owners.length} pages share it)`).join(' ')}`,
    );
  console.log(
    `warm: median ${num(median(rows.map((r) => r.warm)), 1)} ms, p95 ${num(
      percentile(
        rows.map((r) => r.warm),
        95,
      ),
      1,
    )} ms, max ${num(Math.max(...rows.map((r) => r.warm)), 1)} ms   [median < 50 ms]`,
  );
  console.log(
    `cold (${cold.size} queries${quick ? ', every 10th' : ''}): median ${num(median(coldMs), 0)} ms, p95 ${num(percentile(coldMs, 95), 0)} ms, max ${num(Math.max(...coldMs), 0)} ms   [< 300 ms]`,
  );
  const typedMs = coldTyped.map((c) => c.ms);
  console.log(
    `cold, query committed 0.5 s after the click (${coldTyped.length} queries, every 10th): median ${num(median(typedMs), 0)} ms, p95 ${num(percentile(typedMs, 95), 0)} ms`,
  );
  console.log(
    `cold bytes transferred: median ${kb(median(coldBytes))}, max ${kb(Math.max(...coldBytes))}   [< 250 KB]`,
  );
  const groups = [
    ['search UI (JS)', (u) => /\/_astro\//.test(u)],
    [
      'pagefind.js + wasm + entry/meta (only for words the catalog lacks)',
      (u) => /pagefind(\.js|-entry\.json)|\.pagefind$|\.pf_meta/.test(u),
    ],
    ['search catalog', (u) => /search-catalog\.json/.test(u)],
    ['index chunks', (u) => /\.pf_index/.test(u)],
    ['page fragments', (u) => /\.pf_fragment/.test(u)],
  ];
  const worst = [...cold.entries()].reduce((a, b) => (sum(b[1]) > sum(a[1]) ? b : a));
  function sum(run) {
    return run.transfers.reduce((s, t) => s + t.bytes, 0);
  }
  console.log(
    `  heaviest: “${worst[0]}”: ${groups.map(([label, test]) => `${label} ${kb(worst[1].transfers.filter((t) => test(t.url)).reduce((s, t) => s + t.bytes, 0))}`).join(', ')}`,
  );
  const tradBytes = traditional.transfers
    .filter((t) => /TS(Characters|Phrases)|core\./.test(t.url))
    .reduce((s, t) => s + t.bytes, 0);
  console.log(
    `Traditional “一房兩賣” cold: ${num(traditional.ms, 0)} ms, ${kb(sum(traditional))} (of which the converter ${kb(tradBytes)}, loaded only for Traditional input)`,
  );
  for (const [query, run] of heavy) {
    const pagefindBytes = run.transfers
      .filter((t) => /pagefind(\.js|-entry\.json)|\.pagefind$|\.pf_meta|\.pf_index/.test(t.url))
      .reduce((s, t) => s + t.bytes, 0);
    console.log(
      `“${query}” cold: ${num(run.ms, 0)} ms, ${kb(sum(run))} (Pagefind ${kb(pagefindBytes)})`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
