import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startNginx } from '../../scripts/serve-nginx.mjs';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { builtRoutes, distDir } from './site-files';

test.use({ serviceWorkers: 'allow' });

/** The offline indicator in the footer (src/components/OfflineStatus.astro). */
const indicator = (page: Page) => page.locator('cp-offline-status');

/**
 * Waits until the service worker has precached tier 1, reloads so it controls the page, then
 * waits until the indicator shows `tier`: 'all' once the library is saved too (a desktop
 * browser that does not call its connection metered saves it unasked).
 */
async function installOffline(page: Page, tier: 'cards' | 'all' = 'all') {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await expect(indicator(page)).toHaveAttribute('data-offline-tier', tier, { timeout: 50_000 });
}

/** Stands in for navigator.connection: what Chromium on a phone reports on mobile data or Wi-Fi. */
async function useConnection(context: BrowserContext, hints: { type: string; saveData?: boolean }) {
  await context.addInitScript((given) => {
    const connection = Object.assign(new EventTarget(), {
      effectiveType: '4g',
      saveData: false,
      ...given,
    });
    Object.defineProperty(Navigator.prototype, 'connection', {
      configurable: true,
      get: () => connection,
    });
  }, hints);
}

test('访问一次之后断网：三个深层页面和搜索照常可用', async ({ page, context }) => {
  // The whole library downloads first (a desktop browser that does not call its connection metered).
  test.slow();
  await page.goto('/');
  await installOffline(page);
  await context.setOffline(true);

  for (const [path, title] of [
    ['/procedures/communication-channels/', '客户沟通渠道的选择'],
    ['/glossary/anjie-daikuan/', '按揭贷款'],
    ['/incident/media-inquiry/', '媒体来访与报道'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), `${path} 来自 service worker`).toBe(true);
    await expect(page.locator('h1')).toHaveText(title);
  }
  // The card still works offline: a tick is kept.
  await page.locator('input[data-step]').first().check();
  await page.reload();
  await expect(page.locator('input[data-step]').first()).toBeChecked();

  // Search from the header: the catalog, page texts, the slip tables and Pagefind (for words the
  // catalog lacks) all come from the cache.
  const input = page.locator('header [data-search-input]');
  await input.click();
  await input.fill('退房');
  await expect(page.locator('header [data-search-result]').first()).toBeVisible();
  await input.fill('房号买重了');
  await expect(page.locator('header [data-best-answer-title]')).toHaveText('房号卖重或折扣算错');
  await input.fill('报项');
  await expect(page.locator('header cp-search')).toHaveAttribute('data-search-query', '报项');
  await expect(page.locator('header [data-search-result]').first()).toBeVisible();
  // …and the search page with a query in the address.
  await page.goto('/search/?q=%E6%8B%89%E6%A8%AA%E5%B9%85');
  await expect(page.locator('main cp-search [data-search-result]').first()).toBeVisible();

  // A page that was never saved: the offline page explains, instead of the browser's error.
  await page.goto('/no-such-page/');
  await expect(page.locator('h1')).toHaveText('暂时离线');
});

/** A free TCP port on this machine, for a server of a test's own. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * A deploy of our own: a copy of the site on its own server (nginx under the nginx project,
 * the Node server otherwise), changed and rebuilt by `publish`.
 */
async function ownDeploy() {
  const dir = mkdtempSync(join(tmpdir(), 'cp-sw-update-'));
  cpSync(distDir, dir, { recursive: true });
  let origin: string;
  let stop: () => Promise<void>;
  if (test.info().project.name === 'nginx') {
    const nginx = await startNginx({ dir, port: await freePort() });
    origin = nginx.origin;
    stop = nginx.close;
  } else {
    const server = await serveStatic(dir, 0);
    origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    stop = async () => void server.close();
  }
  // The page changed is triage, precached in tier 1: the old version is on the device at once.
  const publish = () => {
    const file = join(dir, 'incident/index.html');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('<h1', '<p data-new-version>新版本</p><h1'),
    );
    execFileSync(process.execPath, ['scripts/build-sw.mjs', dir], { stdio: 'ignore' });
  };
  const close = async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { origin, publish, close };
}

test('发布新版本后，页面提示重新加载；点了之后显示新内容，之前不变', async ({ browser }) => {
  // Two service worker versions install, each precaching tier 1: on a loaded machine, over a minute.
  test.slow();
  const { origin, publish, close } = await ownDeploy();
  const context = await browser.newContext();
  // On mobile data only tier 1 is saved: the test waits for nothing else.
  await useConnection(context, { type: 'cellular' });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/incident/`);
    await installOffline(page, 'cards');
    await expect(page.locator('[data-update-notice]')).toBeHidden();

    publish();

    // The browser checks for a new sw.js on navigation; here we ask at once.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(page.locator('[data-update-notice]')).toBeVisible();
    await expect(page.locator('[data-update-notice]')).toContainText('网站有新版本');

    // Until the person chooses, pages stay as they were, and the offer stays.
    await page.reload();
    await expect(page.locator('[data-new-version]')).toHaveCount(0);
    await expect(page.locator('[data-update-notice]')).toBeVisible();

    await page.locator('[data-update-reload]').click();
    await expect(page.locator('[data-new-version]')).toHaveText('新版本');
    await expect(page.locator('[data-update-notice]')).toBeHidden();
  } finally {
    await context.close();
    await close();
  }
});

// The new version can become active without this page asking: another tab accepted it (or the
// browser activated it when no page used the old one). 重新加载 must still bring it in.
test('两个标签页都提示新版本：一个点了重新加载之后，另一个再点也显示新内容', async ({
  browser,
}) => {
  test.slow();
  const { origin, publish, close } = await ownDeploy();
  const context = await browser.newContext();
  await useConnection(context, { type: 'cellular' });
  const first = await context.newPage();
  try {
    await first.goto(`${origin}/incident/`);
    await installOffline(first, 'cards');
    const second = await context.newPage();
    await second.goto(`${origin}/incident/`);
    await expect
      .poll(() => second.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    publish();
    await first.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    for (const page of [first, second])
      await expect(page.locator('[data-update-notice]')).toBeVisible();

    await first.locator('[data-update-reload]').click();
    await expect(first.locator('[data-new-version]')).toHaveText('新版本');
    // The other tab still shows the old page, and still offers the new one…
    await expect(second.locator('[data-new-version]')).toHaveCount(0);
    await expect(second.locator('[data-update-notice]')).toBeVisible();
    // …which its button now brings in.
    await second.locator('[data-update-reload]').click();
    await expect(second.locator('[data-new-version]')).toHaveText('新版本');
    await expect(second.locator('[data-update-notice]')).toBeHidden();
  } finally {
    await context.close();
    await close();
  }
});

test('可以安装：manifest 有名称、启动地址、独立窗口和 192/512 像素的 PNG 图标', async ({
  page,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(href ?? '')).json();
  expect(manifest).toMatchObject({
    name: '客诉危机应对手册',
    start_url: '/',
    display: 'standalone',
    lang: 'zh-CN',
  });
  const sizes: string[] = [];
  for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
    const png = await (await page.request.get(icon.src)).body();
    // Width and height sit at bytes 16–23 of a PNG's header.
    const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
    expect(size, icon.src).toBe(icon.sizes);
    sizes.push(`${size} ${icon.purpose}`);
  }
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  expect(manifest.shortcuts[0].url).toBe('/incident/');
});

/** Incident tools that tier 1 saves on the first visit: triage, every card, contacts, the log. */
const incidentRoutes = () => builtRoutes().filter((route) => route.startsWith('/incident/'));

test('手机流量下首次访问不超过 600 KB（含本页），之后断网每张应急卡都能打开', async ({
  browser,
}) => {
  // The budget is in gzip: nginx of its own without Brotli (nginx project only, once).
  test.skip(test.info().project.name !== 'nginx', '预算按 gzip 传输计算，在 nginx 项目里测');
  const server = await startNginx({ dir: distDir, port: await freePort(), brotli: false });
  const context = await browser.newContext({ baseURL: server.origin });
  await useConnection(context, { type: 'cellular' });
  // The budget is the gzip bodies, as the target says; headers are reported beside it (over
  // HTTP/2 the repeated security headers of each page shrink to a few bytes).
  let bytes = 0;
  let headers = 0;
  const fetched: string[] = [];
  context.on('requestfinished', async (request) => {
    const response = await request.response();
    if (!response || response.fromServiceWorker()) return;
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize;
    headers += sizes.responseHeadersSize;
    fetched.push(new URL(request.url()).pathname);
  });
  const page = await context.newPage();
  try {
    await page.goto('/procedures/communication-channels/');
    await installOffline(page, 'cards');
    await expect(indicator(page)).toContainText('应急卡可离线');
    await expect(page.locator('[data-offline-save]')).toHaveText(
      /^下载全部内容以便离线使用（约 \d+\.\d MB）$/,
    );
    await page.waitForLoadState('networkidle');
    await expect(indicator(page)).toHaveAttribute('data-offline-download', 'idle');
    test.info().annotations.push({
      type: 'first visit',
      description: `${(bytes / 1024).toFixed(1)} KB gzip bodies + ${(headers / 1024).toFixed(1)} KB headers, ${fetched.length} requests`,
    });
    expect(bytes, `首次访问 ${fetched.length} 个请求`).toBeLessThan(600 * 1024);
    // Nothing of the library was fetched: no other content page, no page text for search.
    expect(
      fetched.filter((path) =>
        /^\/(glossary|cases|strategies|drills|training)\/|^\/pagefind\/(index|fragment)\//.test(
          path,
        ),
      ),
    ).toEqual([]);

    await context.setOffline(true);
    for (const route of incidentRoutes()) {
      const response = await page.goto(route);
      expect(response?.fromServiceWorker(), `${route} 来自 service worker`).toBe(true);
      await expect(page.locator('h1'), route).not.toHaveText('暂时离线');
    }
    // Search finds incidents from the catalog alone (Pagefind's chunks are tier 2).
    await page.goto('/incident/');
    const input = page.locator('header [data-search-input]');
    await input.click();
    await input.fill('媒体来访');
    await expect(page.locator('header cp-search a[href$="/media-inquiry/"]').first()).toBeVisible();
    // The library is not on the device: the offline page explains.
    await page.goto('/glossary/anjie-daikuan/');
    await expect(page.locator('h1')).toHaveText('暂时离线');
  } finally {
    await context.close();
    await server.close();
  }
});

test('手机流量下点“下载全部内容”：显示进度，可以取消和继续，完成后整个手册和搜索都能离线', async ({
  browser,
}) => {
  test.slow();
  const context = await browser.newContext();
  await useConnection(context, { type: 'cellular' });
  const page = await context.newPage();
  try {
    await page.goto('/incident/');
    await installOffline(page, 'cards');
    // Slow the library down a little so that 取消 lands mid-way.
    const slow = /\/(glossary|cases|procedures|drills|quiz|training|pagefind\/(index|fragment))\//;
    await context.route(slow, async (route) => {
      await new Promise((wait) => setTimeout(wait, 40));
      await route.continue();
    });
    const save = page.locator('[data-offline-save]');
    const progress = page.locator('[data-offline-progress]');
    await save.click();
    await expect(indicator(page)).toHaveAttribute('data-offline-download', 'running');
    await expect(progress).toHaveText(/^正在下载：\d+ \/ \d+ 个文件，[\d.]+ \/ [\d.]+ MB$/);
    const doneOf = async () =>
      Number(/：(\d+) \//.exec((await progress.textContent()) ?? '')?.[1] ?? 0);
    await expect.poll(doneOf).toBeGreaterThan(5);
    await page.locator('[data-offline-cancel]').click();
    await expect(indicator(page)).toHaveAttribute('data-offline-download', 'paused');
    await expect(progress).toHaveText(/已下载的部分会保留/);

    // Another page does not restart it on mobile data, and offers to go on from where it stopped.
    await page.goto('/incident/log/');
    await expect(save).toHaveText(/^继续下载全部内容（已下载 \d+ \/ \d+ 个文件）$/);
    const [kept, total] = (/(\d+) \/ (\d+)/.exec((await save.textContent()) ?? '') ?? [])
      .slice(1)
      .map(Number);
    expect(kept).toBeGreaterThan(5);
    expect(kept).toBeLessThan(total ?? 0);
    await page.waitForTimeout(500);
    await expect(indicator(page)).toHaveAttribute('data-offline-download', 'paused');

    await context.unroute(slow);
    await save.click();
    await expect(indicator(page)).toHaveAttribute('data-offline-tier', 'all', { timeout: 60_000 });
    await expect(page.locator('[data-offline-state]')).toHaveText('全部内容可离线');

    await context.setOffline(true);
    const response = await page.goto('/glossary/anjie-daikuan/');
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toHaveText('按揭贷款');
    const input = page.locator('header [data-search-input]');
    await input.click();
    await input.fill('退房');
    await expect(page.locator('header [data-search-result]').first()).toBeVisible();
  } finally {
    await context.close();
  }
});

test('还没保存到本机的页面在断网时提示；已保存的页面不提示', async ({ browser }) => {
  const context = await browser.newContext();
  await useConnection(context, { type: 'cellular', saveData: true });
  const page = await context.newPage();
  try {
    await page.goto('/incident/');
    await installOffline(page, 'cards');
    await page.goto('/glossary/anjie-daikuan/');
    await expect(indicator(page)).toHaveAttribute('data-offline-tier', 'cards');
    const drop = page.locator('[data-offline-drop]');
    await expect(drop).toBeHidden();
    await context.setOffline(true);
    await expect(drop).toBeVisible();
    await expect(drop).toContainText('这个页面还没有保存到本机');
    await context.setOffline(false);
    await expect(drop).toBeHidden();

    await page.goto('/incident/crowd-protest/');
    await expect(indicator(page)).toHaveAttribute('data-offline-tier', 'cards');
    await context.setOffline(true);
    await page.waitForTimeout(300);
    await expect(drop).toBeHidden();
  } finally {
    await context.close();
  }
});
