// node bench/report.mjs [dist] (or npm run bench, after the build): how long /trainer/report/
// takes to read, re-score, analyse and paint 500 result codes on a phone: a 390 px viewport with
// the CPU slowed 4× (Lighthouse's mobile setting) in headless Chromium. Numbers only.
import { spawn } from 'node:child_process';
import { createServer as createNetServer } from 'node:net';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';

const dist = process.argv[2] ?? process.env.PLAYBOOK_OUT_DIR ?? 'dist';
// A free port: the machine may be running other sites on the usual ones.
const port = await new Promise((resolve) => {
  const probe = createNetServer().listen(0, 'localhost', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const count = 500;
const slowdown = 4;
const runs = 5;

const vite = await createServer({
  configFile: false,
  logLevel: 'silent',
  server: { middlewareMode: true },
  appType: 'custom',
});
let codes;
try {
  codes = (await vite.ssrLoadModule('/bench/codes.ts')).sampleCodes(count);
} finally {
  await vite.close();
}

const server = spawn('node', ['scripts/serve-static.mjs', dist, String(port)], { stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  for (let i = 0; i < 40; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/trainer/report/`)).ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')
      ?.value ?? 0;

  /** One fresh load, then click 生成汇总: wall ms to the next painted frame, and main-thread CPU ms. */
  async function once() {
    await page.goto(`http://localhost:${port}/trainer/report/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForFunction(() => customElements.get('cp-class-report') !== undefined);

    // The paste is its own step: the page lays out the pasted text before the click.
    await page.evaluate((text) => {
      document.querySelector('textarea[data-result-codes]').value = text;
    }, codes.join('\n'));
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    );
    // The click: decode, re-score, analyse, build the DOM, style and lay out, paint.
    const before = await threadTime();
    const [wall, all] = await page.evaluate(async (count) => {
      const frame = () =>
        new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const start = performance.now();
      // Asked for before the click, so it resolves right after the first frame is painted.
      const first = frame();
      document.querySelector('[data-report-form]').requestSubmit();
      await first;
      const painted = performance.now() - start;
      if (document.querySelectorAll('[data-item-stats] [data-item]').length === 0)
        throw new Error(
          'the item table did not render (is this build older than the item analysis?)',
        );
      // Long tables fill their rows after the first paint; wait for all of them.
      while (
        document.querySelectorAll('[data-result-row]').length < count ||
        document.querySelectorAll('[data-grid-row]').length < count
      )
        await frame();
      return [painted, performance.now() - start];
    }, count);
    return { wall, all, cpu: ((await threadTime()) - before) * 1000 };
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

  // CPU time of the page's main thread, unthrottled: what other processes cannot inflate much.
  const free = [];
  for (let run = 0; run < runs; run++) free.push(await once());
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const slowed = [];
  for (let run = 0; run < runs; run++) slowed.push(await once());

  const cpu = median(free.map((r) => r.cpu));
  // The same fixed loop on every machine: how fast this one's CPU is right now.
  const before = await threadTime();
  await page.evaluate(() => {
    let sum = 0;
    for (let i = 0; i < 5e7; i++) sum += i & 7;
    return sum;
  });
  const calibration = ((await threadTime()) - before) * 1000;
  console.log(`\nclass report, ${count} codes (20 questions + 3 drills), 390 px, from the click`);
  console.log(
    `  main-thread CPU until every row is in, desktop: median ${cpu.toFixed(0)} ms; × ${slowdown} for a mid-range phone ≈ ${(cpu * slowdown).toFixed(0)} ms (target < 1000 ms)`,
  );
  console.log(
    `  calibration: a fixed 5e7-step loop took ${calibration.toFixed(0)} ms of main-thread CPU (compare machines by it)`,
  );
  console.log(
    `  wall clock with the CPU slowed ×${slowdown}: first screen painted ${median(slowed.map((r) => r.wall)).toFixed(0)} ms, every row in ${median(slowed.map((r) => r.all)).toFixed(0)} ms (medians of ${runs} fresh loads)`,
  );
  const load = os.loadavg()[0];
  if (load > os.cpus().length)
    console.log(
      `  note: load average ${load.toFixed(1)} on ${os.cpus().length} cores while measuring; wall times are inflated`,
    );
} finally {
  await browser.close();
  server.kill();
}
