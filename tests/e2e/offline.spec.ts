import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { distDir } from './site-files';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has precached the site, then reloads so it controls the page. */
async function installOffline(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

test('访问一次之后断网：三个深层页面和搜索照常可用', async ({ page, context }) => {
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

/** A deploy of our own: a copy of the site on its own server, changed and rebuilt by `publish`. */
async function ownDeploy() {
  const dir = mkdtempSync(join(tmpdir(), 'cp-sw-update-'));
  cpSync(distDir, dir, { recursive: true });
  const server = await serveStatic(dir, 0);
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const publish = () => {
    const file = join(dir, 'playbook/index.html');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('<h1', '<p data-new-version>新版本</p><h1'),
    );
    execFileSync(process.execPath, ['scripts/build-sw.mjs', dir], { stdio: 'ignore' });
  };
  const close = () => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { origin, publish, close };
}

test('发布新版本后，页面提示重新加载；点了之后显示新内容，之前不变', async ({ browser }) => {
  const { origin, publish, close } = await ownDeploy();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/playbook/`);
    await installOffline(page);
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
    close();
  }
});

// The new version can become active without this page asking: another tab accepted it (or the
// browser activated it when no page used the old one). 重新加载 must still bring it in.
test('两个标签页都提示新版本：一个点了重新加载之后，另一个再点也显示新内容', async ({ browser }) => {
  const { origin, publish, close } = await ownDeploy();
  const context = await browser.newContext();
  const first = await context.newPage();
  try {
    await first.goto(`${origin}/playbook/`);
    await installOffline(first);
    const second = await context.newPage();
    await second.goto(`${origin}/playbook/`);
    await expect.poll(() => second.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    publish();
    await first.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    for (const page of [first, second]) await expect(page.locator('[data-update-notice]')).toBeVisible();

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
    close();
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
