import { expect, test } from '@playwright/test';

test('从首页搜索“退房”，打开结果，页面里有“退房”', async ({ page }) => {
  await page.goto('/');
  const input = page.locator('header [data-search-input]');
  await input.click();
  await input.fill('退房');
  const results = page.locator('header [data-search-result]');
  await expect(results.first()).toBeVisible();
  const title = (await results.first().locator('[data-search-result-title]').textContent()) ?? '';
  expect(title.length).toBeGreaterThan(0);
  await results.first().locator('a').click();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('main')).toContainText('退房');
});

test('内容页在打开搜索前不加载搜索代码和索引', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/incidents/crowd-protest/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.locator('header [data-search-input]').focus();
  await expect.poll(() => requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

test('按 / 或 Ctrl+K 聚焦搜索框', async ({ page }) => {
  await page.goto('/playbook/');
  const input = page.locator('header [data-search-input]');
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
});

test('/search/?q= 可以直接打开搜索结果，结果按排名给出', async ({ page }) => {
  await page.goto('/search/?q=%E6%8B%89%E6%A8%AA%E5%B9%85');
  const results = page.locator('main cp-search [data-search-result]');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('main [data-search-input]')).toHaveValue('拉横幅');
  await expect(results.first().locator('[data-search-result-title]')).toHaveText('客户集体到销售现场抱怨闹事');
});

test('用方向键在结果间移动，回车打开', async ({ page }) => {
  await page.goto('/');
  const input = page.locator('header [data-search-input]');
  await input.click();
  await input.fill('媒体');
  await expect(page.locator('header [data-search-result]').first()).toBeVisible();
  await input.press('ArrowDown');
  const first = page.locator('header [data-search-result] a').first();
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('没有结果时告诉用户可以怎么做', async ({ page }) => {
  await page.goto('/search/?q=qqqzzzxxx');
  await expect(page.locator('main [data-search-status]')).toContainText('没有找到');
  await expect(page.locator('main [data-search-result]')).toHaveCount(0);
});
