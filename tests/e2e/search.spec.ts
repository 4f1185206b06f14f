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
  await expect(results.first().locator('[data-search-result-title]')).toHaveText(
    '客户集体到销售现场抱怨闹事',
  );
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

test('整句描述现场情况：先给出最可能的应急卡，三步立即行动和大按钮“打开应急卡”', async ({
  page,
}) => {
  await page.goto('/');
  const input = page.locator('header [data-search-input]');
  await input.click();
  await input.fill('业主在售楼处门口拉横幅怎么办');
  const best = page.locator('header [data-best-answer]');
  await expect(best).toBeVisible();
  await expect(best.locator('[data-best-answer-title]')).toHaveText('客户集体到销售现场抱怨闹事');
  await expect(best.locator('[data-best-answer-steps] li')).toHaveCount(3);
  await expect(best.locator('[data-best-answer-steps] li').first()).toContainText(
    '项目经理立即到场',
  );
  const card = best.locator('[data-best-answer-card]');
  await expect(card).toHaveText('打开应急卡');
  const box = await card.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
  await card.click();
  await expect(page).toHaveURL(/\/incident\/crowd-protest\/$/);
});

test('只认得部分词语时，照样给出结果，标出用到的词，并说明哪些词没找到', async ({ page }) => {
  await page.goto('/search/?q=%E5%94%AE%E6%A5%BC%E5%A4%84%E7%81%AB%E6%98%9F%E4%BA%BA');
  await expect(page.locator('main cp-search')).toHaveAttribute('data-search-state', 'ready');
  await expect(page.locator('main [data-search-partial]')).toBeVisible();
  await expect(page.locator('main [data-search-missing]')).toHaveText('“火星人”');
  await expect(page.locator('main [data-search-words] mark[data-search-word]')).toHaveText([
    '售楼处',
  ]);
  const first = page.locator('main [data-search-result]').first();
  await expect(first.locator('[data-search-result-title]')).toHaveText('售楼处');
  await expect(first.locator('[data-search-result-excerpt] mark').first()).toHaveText('售楼处');
  await expect(page.locator('main [data-best-answer]')).toBeHidden();
});

test('缩写 KPI、CRM 和打错一个字的“房号买重了”都能找到对应条目', async ({ page }) => {
  await page.goto('/search/?q=KPI');
  const titles = page.locator('main [data-search-result] [data-search-result-title]');
  await expect(titles.first()).toHaveText(/季度考核/);
  await expect(page.locator('main [data-search-words]')).toContainText('季度考核');

  await page.goto('/search/?q=CRM');
  await expect(titles.first()).toHaveText(/^客户关系管理/);

  await page.goto('/search/?q=%E6%88%BF%E5%8F%B7%E4%B9%B0%E9%87%8D%E4%BA%86');
  await expect(titles.first()).toHaveText('房号卖重或折扣算错');
  await expect(page.locator('main [data-search-note]')).toContainText('“买重”按“卖重”搜索');
  await expect(page.locator('main [data-best-answer]')).toBeVisible();
});
