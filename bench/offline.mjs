// Offline in two tiers, measured in Chromium against nginx (deploy/nginx.conf): bytes on the
// wire for a first visit on a metered connection and on Wi-Fi, and the time until the incident
// cards are offline on a throttled 3G connection. Numbers only, never assertions.
// Throttling is Chromium's DevTools network emulation, applied over CDP to the page and to the
// service worker (which does the precaching), as DevTools does.
// Usage: node bench/offline.mjs [DIR]   (default: PLAYBOOK_OUT_DIR or dist; npm run bench runs it)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startNginx } from '../scripts/serve-nginx.mjs';
import { chromiumArgs, findChromium } from '../tests/e2e/browser.ts';

const dir = process.argv[2] ?? process.env.PLAYBOOK_OUT_DIR ?? 'dist';
const port = Number(process.env.BENCH_NGINX_PORT ?? 4396);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Chromium DevTools' "3G" preset (formerly "Fast 3G"): 562.5 ms latency, 1.44 / 0.675 Mbit/s. */
const threeG = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1e6 * 0.9) / 8,
  uploadThroughput: (0.75 * 1e6 * 0.9) / 8,
};

/**
 * A raw CDP connection to the browser, attached to every page and service worker as it starts
 * (paused until set up), so network emulation and byte counting cover the service worker too.
 */
async function devtools(userDataDir, conditions) {
  const [portLine] = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
  const version = await (await fetch(`http://127.0.0.1:${portLine}/json/version`)).json();
  const socket = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise((open, fail) => {
    socket.onopen = open;
    socket.onerror = fail;
  });
  let id = 0;
  const waiting = new Map();
  const send = (method, params = {}, sessionId) =>
    new Promise((done) => {
      waiting.set(++id, done);
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  let bytes = 0;
  const fromWorker = new Set();
  const urls = new Map();
  const fetched = [];
  socket.onmessage = async ({ data }) => {
    const message = JSON.parse(data);
    if (message.id) {
      waiting.get(message.id)?.(message.result);
      waiting.delete(message.id);
      return;
    }
    const { method, params, sessionId } = message;
    if (method === 'Target.attachedToTarget') {
      const child = params.sessionId;
      if (['page', 'service_worker'].includes(params.targetInfo.type)) {
        await send('Network.enable', {}, child);
        if (conditions) await send('Network.emulateNetworkConditions', conditions, child);
      }
      await send('Runtime.runIfWaitingForDebugger', {}, child);
    } else if (method === 'Network.requestWillBeSent') {
      urls.set(`${sessionId}:${params.requestId}`, params.request.url);
    } else if (method === 'Network.responseReceived' && params.response.fromServiceWorker) {
      fromWorker.add(`${sessionId}:${params.requestId}`);
    } else if (method === 'Network.loadingFinished') {
      const key = `${sessionId}:${params.requestId}`;
      if (fromWorker.has(key)) return;
      bytes += params.encodedDataLength;
      fetched.push(urls.get(key) ?? '');
    }
  };
  await send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: true,
  });
  await send('Target.setDiscoverTargets', { discover: true });
  return {
    get bytes() {
      return bytes;
    },
    fetched,
    close: () => socket.close(),
  };
}

/** One fresh browser profile: opens `path` with the given connection and waits for `tier`. */
async function firstVisit(origin, path, { type, tier, conditions }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cp-bench-offline-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    args: [...chromiumArgs, '--remote-debugging-port=0'],
    serviceWorkers: 'allow',
    locale: 'zh-CN',
  });
  try {
    await context.addInitScript((given) => {
      const connection = Object.assign(new EventTarget(), {
        effectiveType: '4g',
        saveData: false,
        type: given,
      });
      Object.defineProperty(Navigator.prototype, 'connection', {
        configurable: true,
        get: () => connection,
      });
    }, type);
    const cdp = await devtools(userDataDir, conditions);
    const page = await context.newPage();
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    const loaded = await page.evaluate(() => performance.now());
    const cardsOffline = await page.evaluate(() =>
      navigator.serviceWorker.ready.then(() => performance.now()),
    );
    await page
      .locator(`cp-offline-status[data-offline-tier="${tier}"]`)
      .waitFor({ state: 'attached', timeout: 600_000 });
    await page.waitForLoadState('networkidle');
    const result = { loaded, cardsOffline, bytes: cdp.bytes, requests: cdp.fetched.length };
    cdp.close();
    return result;
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

// The budget is in gzip: one server without Brotli, and one with it as Debian's nginx can.
const gzipOnly = await startNginx({ dir, port, brotli: false });
const withBrotli = await startNginx({ dir, port: port + 1 });
try {
  console.log(
    `\noffline (Chromium against nginx with deploy/nginx.conf; bytes on the wire, headers included)`,
  );
  console.log(`  tier 1 and tier 2: see build-sw above`);
  for (const path of ['/', '/incident/crowd-protest/', '/procedures/communication-channels/']) {
    const gzip = await firstVisit(gzipOnly.origin, path, { type: 'cellular', tier: 'cards' });
    const br = await firstVisit(withBrotli.origin, path, { type: 'cellular', tier: 'cards' });
    console.log(
      `  first visit, metered, ${path.padEnd(38)} ${kb(gzip.bytes)} gzip, ${kb(br.bytes)} br, ${gzip.requests} requests (target < 600 KB gzip)`,
    );
  }
  const wifi = await firstVisit(gzipOnly.origin, '/', { type: 'wifi', tier: 'all' });
  console.log(
    `  first visit, Wi-Fi,   ${'/'.padEnd(38)} ${kb(wifi.bytes)} gzip, ${wifi.requests} requests (everything offline)`,
  );
  const slow = await firstVisit(gzipOnly.origin, '/incident/crowd-protest/', {
    type: 'cellular',
    tier: 'cards',
    conditions: threeG,
  });
  console.log(
    `  3G (DevTools preset: 562.5 ms, 1.44 Mbit/s), first visit /incident/crowd-protest/: page loaded ${(slow.loaded / 1000).toFixed(1)} s, incident cards offline ${(slow.cardsOffline / 1000).toFixed(1)} s`,
  );
} finally {
  await gzipOnly.close();
  await withBrotli.close();
}
