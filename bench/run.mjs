// npm run bench: builds the site and prints every budget. Numbers only, never assertions.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (text) => gzipSync(text, { level: 9 }).length;

// CPU time (user + system) is steadier than wall time on a shared machine; GNU time reports it.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function timed(command, args, extraEnv = {}) {
  const start = performance.now();
  const [cmd, argv] = gnuTime
    ? [gnuTime, ['-f', 'CPU-SECONDS %U %S', command, ...args]]
    : [command, args];
  const result = spawnSync(cmd, argv, {
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
  const cpu = /CPU-SECONDS ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return {
    ms: performance.now() - start,
    cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined,
    output: `${result.stdout}${result.stderr}`,
  };
}

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...htmlFiles(path));
    } else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Builds into outDir and returns page count and the time Astro and Pagefind took. */
function build(outDir, extraEnv = {}) {
  const astro = timed(
    'npx',
    ['astro', 'build', ...(extraEnv.PLAYBOOK_CONTENT_DIR ? [] : ['--outDir', outDir])],
    extraEnv,
  );
  const pages = Number(/(\d+) page\(s\) built/.exec(astro.output)?.[1] ?? htmlFiles(outDir).length);
  const pagefind = timed('node', ['scripts/build-search-index.mjs', outDir]);
  const indexed = Number(/Indexed (\d+) pages/.exec(pagefind.output)?.[1] ?? 0);
  return { pages, indexed, astro, pagefind };
}

function printBuild(label, b) {
  const per = (ms, n) => (ms === undefined ? '—' : `${(ms / n).toFixed(2)} ms/page`);
  const secs = (ms) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
  console.log(`${label}: ${b.pages} pages, ${b.indexed} indexed   (wall | cpu = user + system)`);
  console.log(
    `  astro     ${secs(b.astro.ms)} = ${per(b.astro.ms, b.pages)}   |   ${secs(b.astro.cpuMs)} = ${per(b.astro.cpuMs, b.pages)}`,
  );
  console.log(
    `  pagefind  ${secs(b.pagefind.ms)} = ${per(b.pagefind.ms, b.indexed)}   |   ${secs(b.pagefind.cpuMs)} = ${per(b.pagefind.cpuMs, b.indexed)}`,
  );
  const together = (a, p) =>
    a === undefined || p === undefined ? '—' : `${((a + p) / b.pages).toFixed(2)} ms/page`;
  console.log(
    `  together  ${together(b.astro.ms, b.pagefind.ms)}   |   ${together(b.astro.cpuMs, b.pagefind.cpuMs)}   (target < 12)`,
  );
  const load = os.loadavg()[0];
  if (load > os.cpus().length)
    console.log(
      `  note: load average ${load.toFixed(1)} on ${os.cpus().length} cores while measuring; wall times are inflated`,
    );
}

/** Every module a script loads eagerly: itself and its static imports, not import(). */
function moduleGraph(dist, src, seen = new Set()) {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(dist, src), 'utf8');
  const dir = src.slice(0, src.lastIndexOf('/') + 1);
  for (const [, spec] of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+)["']/g,
  )) {
    moduleGraph(dist, dir + spec.slice(2), seen);
  }
  return seen;
}

/** JavaScript a page loads before anything is opened (inline + module graphs), and its HTML + CSS, gzip. */
function pageWeight(dist, file) {
  const html = readFileSync(file, 'utf8');
  let js = 0;
  const modules = new Set();
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/application\/json/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) moduleGraph(dist, src, modules);
    else js += gz(body);
  }
  for (const src of modules) js += gz(readFileSync(join(dist, src)));
  let css = 0;
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g))
    css += gz(readFileSync(join(dist, href)));
  const htmlNoScripts = html;
  return { js, htmlCss: gz(htmlNoScripts) + css };
}

console.log('# 客诉危机应对手册 — bench\n');

// 1. The real site.
const site = build('dist');
printBuild('site build', site);

// Offline: the two tiers (scripts/build-sw.mjs, scripts/offline-tiers.mjs).
const sw = timed('node', ['scripts/build-sw.mjs', 'dist']);
const tiers = [...sw.output.matchAll(/tier (\d) (\d+) files, ([\d.]+ MB) \(([\d.]+ MB) gzip\)/g)];
for (const [, tier, files, raw, gzip] of tiers) {
  const when = tier === '1' ? 'precached on every first visit' : 'saved on Wi-Fi or on request';
  console.log(`  offline tier ${tier}  ${files} files, ${raw} (${gzip} gzip), ${when}`);
}
if (tiers.length === 0)
  console.log(`  offline tiers (could not read build-sw output: ${sw.output.trim()})`);
console.log(
  `  sw.js ${kb(gz(readFileSync('dist/sw.js')))} gzip, build-sw ${(sw.ms / 1000).toFixed(2)} s`,
);

// 2. Page budgets.
const files = htmlFiles('dist').filter((f) => !f.endsWith('404.html'));
const content = files.filter((f) =>
  /dist\/(incidents|procedures|strategies|cases|forms|glossary)\/[^/]+\/index\.html$/.test(f),
);
const weights = content.map((f) => ({ file: f, ...pageWeight('dist', f) }));
const maxBy = (key) => weights.reduce((a, b) => (b[key] > a[key] ? b : a));
const heaviestJs = maxBy('js');
const heaviestPage = maxBy('htmlCss');
console.log(`\ncontent pages: ${content.length}`);
console.log(
  `  JS before search opens, max: ${kb(heaviestJs.js)} gzip (${heaviestJs.file.replace('dist', '')})   (target < 2 KB, theme toggle only)`,
);
console.log(
  `  HTML + CSS, max: ${kb(heaviestPage.htmlCss)} gzip (${heaviestPage.file.replace('dist', '')})   (target < 30 KB)`,
);
const sorted = weights.map((w) => w.htmlCss).sort((a, b) => a - b);
console.log(`  HTML + CSS, median: ${kb(sorted[Math.floor(sorted.length / 2)])} gzip`);
const drillPages = files
  .filter((f) => /dist\/drills\/[^/]+\/index\.html$/.test(f))
  .map((f) => ({ file: f, ...pageWeight('dist', f) }));
if (drillPages.length > 0) {
  const heaviestDrill = drillPages.reduce((a, b) => (b.js > a.js ? b : a));
  console.log(`\ndrill pages: ${drillPages.length}`);
  console.log(
    `  all JS, max: ${kb(heaviestDrill.js)} gzip (${heaviestDrill.file.replace('dist', '')})   (target < 15 KB)`,
  );
}
const incidentPages = files
  .filter((f) => /dist\/incident\/(?:[^/]+\/)?index\.html$/.test(f))
  .map((f) => ({ file: f, ...pageWeight('dist', f) }));
if (incidentPages.length > 0) {
  const heaviest = incidentPages.reduce((a, b) => (b.js > a.js ? b : a));
  console.log(`\nincident pages (triage, cards, log, contacts): ${incidentPages.length}`);
  console.log(`  all JS, max: ${kb(heaviest.js)} gzip (${heaviest.file.replace('dist', '')})`);
  console.log(`  HTML + CSS, max: ${kb(Math.max(...incidentPages.map((c) => c.htmlCss)))} gzip`);
}
const trainingPages = files
  .filter((f) => /dist\/(index\.html|training\/.*index\.html|review\/index\.html)$/.test(f))
  .map((f) => ({ file: f, ...pageWeight('dist', f) }));
if (trainingPages.length > 0) {
  const heaviest = trainingPages.reduce((a, b) => (b.js > a.js ? b : a));
  const heaviestHtml = trainingPages.reduce((a, b) => (b.htmlCss > a.htmlCss ? b : a));
  const home = trainingPages.find((p) => p.file === 'dist/index.html');
  console.log(`\ntraining pages (home, /training/…, /review/): ${trainingPages.length}`);
  if (home) console.log(`  home JS: ${kb(home.js)} gzip`);
  console.log(
    `  all JS, max: ${kb(heaviest.js)} gzip (${heaviest.file.replace('dist', '')}; the review scheduler loads on first result elsewhere)`,
  );
  console.log(
    `  HTML + CSS, max: ${kb(heaviestHtml.htmlCss)} gzip (${heaviestHtml.file.replace('dist', '')})`,
  );
}
const searchChunks = readdirSync('dist/_astro').filter(
  (f) => f.startsWith('cp-search') && f.endsWith('.js'),
);
for (const chunk of searchChunks) {
  const graph = [...moduleGraph('dist', `/_astro/${chunk}`)];
  const size = graph.reduce((sum, src) => sum + gz(readFileSync(join('dist', src))), 0);
  console.log(`  search UI (loaded on first focus, before the index): ${kb(size)} gzip`);
}

// Trainer pages and the codes they exchange.
const trainerPages = ['trainer', 'trainer/take', 'trainer/report'].map((page) => ({
  page,
  ...pageWeight('dist', `dist/${page}/index.html`),
}));
console.log('\ntrainer pages (the take page holds every drill and question in inert <template>s)');
for (const { page, js, htmlCss } of trainerPages) {
  console.log(
    `  /${page}/: HTML + CSS ${kb(htmlCss)} gzip, JS before a QR code is drawn ${kb(js)} gzip`,
  );
}
const qrChunks = readdirSync('dist/_astro').filter((f) => f.startsWith('qr.') && f.endsWith('.js'));
for (const chunk of qrChunks)
  console.log(
    `  QR encoder (loaded when a code is first shown): ${kb(gz(readFileSync(join('dist/_astro', chunk))))} gzip`,
  );
// First visits and the time until incident cards are offline, in Chromium against nginx.
if (spawnSync('sh', ['-c', 'command -v nginx || test -x /usr/sbin/nginx']).status === 0) {
  execFileSync('node', ['bench/offline.mjs', 'dist'], { stdio: 'inherit' });
} else console.log('\noffline: skipped (needs nginx: sudo apt-get install -y nginx)');
execFileSync('node', ['bench/codes.mjs'], { stdio: 'inherit' });
execFileSync('node', ['bench/report.mjs', 'dist'], { stdio: 'inherit' });
execFileSync('node', ['bench/habits.mjs'], { stdio: 'inherit' });

// 3. A generated 1,000-page Chinese content set.
const work = mkdtempSync(join(tmpdir(), 'playbook-bench-'));
try {
  execFileSync(
    'node',
    ['bench/generate.mjs', join(work, 'content'), process.env.BENCH_PAGES ?? '1000'],
    { stdio: 'inherit' },
  );
  const generated = build(join(work, 'dist'), {
    PLAYBOOK_CONTENT_DIR: join(work, 'content'),
    PLAYBOOK_OUT_DIR: join(work, 'dist'),
  });
  console.log('');
  printBuild('generated set', generated);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 4. Lighthouse (mobile preset) on the home page and one content page.
const chrome =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
    existsSync(p),
  );
if (!chrome || !existsSync('node_modules/lighthouse')) {
  console.log(
    '\nlighthouse: skipped (needs node_modules/lighthouse and a Chromium; set CHROME_PATH)',
  );
} else {
  const port = 4398;
  const server = spawn('npx', ['astro', 'preview', '--port', String(port)], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (let i = 0; i < 60; i++) {
      try {
        const r = await fetch(`http://localhost:${port}/`);
        if (r.ok) break;
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.log('\nlighthouse (mobile): performance / accessibility / best-practices / seo');
    for (const path of ['/', '/incidents/crowd-protest/']) {
      const result = spawnSync(
        'npx',
        [
          'lighthouse',
          `http://localhost:${port}${path}`,
          '--quiet',
          '--output=json',
          '--output-path=stdout',
          '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-quic',
        ],
        { env: { ...env, CHROME_PATH: chrome }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      try {
        const report = JSON.parse(result.stdout);
        const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
        console.log(
          `  ${path.padEnd(28)} ${score('performance')} / ${score('accessibility')} / ${score('best-practices')} / ${score('seo')}`,
        );
      } catch {
        console.log(
          `  ${path}: lighthouse failed: ${result.stderr.split('\n').slice(-3).join(' ')}`,
        );
      }
    }
  } finally {
    try {
      process.kill(-server.pid);
    } catch {}
  }
}
