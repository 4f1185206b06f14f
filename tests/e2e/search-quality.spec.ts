import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { indexedPages, pagesContaining } from './search-index';
import { emulateScheme } from './theme';

const pageSearch = (page: Page) => page.locator('main cp-search');
const results = (page: Page) => page.locator('main [data-search-result]');
const titles = (page: Page) =>
  results(page).locator('[data-search-result-title]').allTextContents();

/** Opens /search/ with a query (and filter) and waits until results or a message are shown. */
async function searchPage(page: Page, query: string, type?: string) {
  const params = new URLSearchParams({ q: query, ...(type ? { type } : {}) });
  await page.goto(`/search/?${params}`);
  await expect(pageSearch(page)).toHaveAttribute('data-search-state', /^(ready|empty|error)$/);
}

/** Every result URL, pressing 显示更多 until all are shown. */
async function allResultUrls(page: Page): Promise<string[]> {
  const more = page.locator('main [data-search-more]');
  while (await more.isVisible()) {
    const before = await results(page).count();
    await more.click();
    await expect.poll(() => results(page).count()).toBeGreaterThan(before);
  }
  return (
    await results(page)
      .locator('a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  ).sort();
}

test('别名“一房两卖”：事件页排第一，每条结果都有类型、标题和高亮摘要', async ({ page }) => {
  await searchPage(page, '一房两卖');
  const first = results(page).first();
  await expect(first.locator('[data-search-result-title]')).toHaveText('房号卖重或折扣算错');
  await expect(first.locator('[data-search-result-type]')).toHaveText('事件');
  await expect(first.locator('[data-search-result-excerpt] mark').first()).toHaveText('一房两卖');
  for (const item of await results(page).all()) {
    await expect(item.locator('[data-search-result-type]')).not.toBeEmpty();
    await expect(item.locator('[data-search-result-title]')).not.toBeEmpty();
    await expect(item.locator('[data-search-result-excerpt] mark').first()).toBeVisible();
  }
});

test('顶部搜索框输入别名“撞房”，第一条就是对应的事件页', async ({ page }) => {
  await page.goto('/glossary/fanghao/');
  const input = page.locator('header [data-search-input]');
  await input.click();
  await input.pressSequentially('撞房', { delay: 40 });
  await expect(page.locator('header cp-search')).toHaveAttribute('data-search-query', '撞房');
  await expect(page.locator('header [data-search-result-title]').first()).toHaveText(
    '房号卖重或折扣算错',
  );
});

test('每个含“销控”“带头人”的页面都能搜到，不多也不少', async ({ page }) => {
  for (const term of ['销控', '带头人']) {
    const expected = pagesContaining(term);
    expect(expected.length).toBeGreaterThan(3);
    await searchPage(page, term);
    expect(await allResultUrls(page)).toEqual(expected);
  }
});

test('繁体“一房兩賣”与简体找到同样的结果，只在需要时加载繁简转换', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await searchPage(page, '一房两卖');
  const simplified = await titles(page);
  expect(requested.some((path) => /TSCharacters/.test(path))).toBe(false);

  await searchPage(page, '一房兩賣');
  await expect(page.locator('main [data-search-input]')).toHaveValue('一房兩賣');
  await expect(page.locator('main [data-search-note]')).toContainText('已按简体“一房两卖”搜索');
  expect(await titles(page)).toEqual(simplified);
  expect(requested.some((path) => /TSCharacters/.test(path))).toBe(true);
});

test('按类型筛选：只显示该类型，地址里带上筛选，刷新后仍然有效', async ({ page }) => {
  await searchPage(page, '群诉');
  const all = await results(page).count();
  await page.getByRole('radio', { name: /^术语/ }).check();
  await expect(page).toHaveURL(/type=glossary/);
  // The address changes at once; the list is redrawn once the excerpts are in.
  await expect(page.locator('main [data-search-status]')).toContainText('在「术语」中有');
  const glossary = await results(page).locator('[data-search-result-type]').allTextContents();
  expect(glossary.length).toBeGreaterThan(0);
  expect(glossary.length).toBeLessThan(all);
  expect(new Set(glossary)).toEqual(new Set(['术语']));
  await expect(page.locator('main [data-search-status]')).toContainText(
    `在「术语」中有 ${glossary.length} 条结果`,
  );

  await page.reload();
  await expect(pageSearch(page)).toHaveAttribute('data-search-state', 'ready');
  await expect(page.getByRole('radio', { name: /^术语/ })).toBeChecked();
  expect(await results(page).locator('[data-search-result-type]').allTextContents()).toEqual(
    glossary,
  );
});

test('网络慢时切换筛选：新结果到之前，旧列表标为正在更新，到了之后换成新列表', async ({ page }) => {
  await searchPage(page, '群诉');
  // Drills rank below the first page of results, so their excerpts are not loaded yet. Hold back
  // the page fragments the filtered list needs, as a slow connection would.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/fragment/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('radio', { name: /^演练/ }).check();
  const list = page.locator('main [data-search-results]');
  await expect(list).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.locator('main [data-search-status]')).toContainText('在「演练」中有');
  await expect(list).not.toHaveAttribute('aria-busy', /.*/);
  expect(
    new Set(await results(page).locator('[data-search-result-type]').allTextContents()),
  ).toEqual(new Set(['演练']));
});

test('筛选下没有结果时说明全部类型里有多少，并能一键回到全部', async ({ page }) => {
  await searchPage(page, '销控', 'strategies');
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('main [data-search-status]')).toContainText('在「策略」中没有结果');
  await page.locator('main [data-search-all-types]').click();
  await expect(page.getByRole('radio', { name: /^全部/ })).toBeChecked();
  await expect(results(page).first()).toBeVisible();
  await expect(page).not.toHaveURL(/type=/);
});

test('没有结果时说明可以怎么做，并给出可点的例子', async ({ page }) => {
  await searchPage(page, '火星人');
  await expect(pageSearch(page)).toHaveAttribute('data-search-state', 'empty');
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('main [data-search-status]')).toContainText(
    '没有找到与“火星人”相关的内容',
  );
  await page.locator('main [data-search-suggestion="漏水"]').click();
  await expect(page.locator('main [data-search-input]')).toHaveValue('漏水');
  await expect(results(page).first()).toBeVisible();
});

test('两个字的查询只找整词，不把分散的单字当作结果', async ({ page }) => {
  // “报项”的两个字分散出现在很多页面里，整词只出现在少数页面。
  const scattered = indexedPages().filter((p) => p.text.includes('报') && p.text.includes('项'));
  const whole = pagesContaining('报项');
  expect(scattered.length).toBeGreaterThan(whole.length + 10);
  await searchPage(page, '报项');
  expect(await allResultUrls(page)).toEqual(whole);
});

test('索引加载失败时说明原因，恢复后点“重试”就能搜索', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await searchPage(page, '闹事');
  await expect(pageSearch(page)).toHaveAttribute('data-search-state', 'error');
  await expect(page.locator('main [data-search-status]')).toContainText('搜索暂时不可用');
  await page.unroute('**/pagefind/**');
  await page.locator('main [data-search-retry]').click();
  await expect(pageSearch(page)).toHaveAttribute('data-search-state', 'ready');
  await expect(results(page).first().locator('[data-search-result-title]')).toHaveText(
    '客户集体到销售现场抱怨闹事',
  );
});

test('在搜索页按回车不重新加载页面，结果和地址随输入更新', async ({ page }) => {
  await searchPage(page, '记者');
  const input = page.locator('main [data-search-input]');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await input.fill('退房');
  await input.press('Enter');
  await expect(pageSearch(page)).toHaveAttribute('data-search-query', '退房');
  await expect(page).toHaveURL(/q=%E9%80%80%E6%88%BF/);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await input.press('ArrowDown');
  await expect(results(page).first().locator('a')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1).locator('a')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
});

test('结果、最佳答案卡、部分匹配、筛选、无结果和出错状态在 360 宽的浅色与深色下都没有 axe 违规和控制台错误', async ({
  page,
}) => {
  // Twelve axe runs (six states, two themes): about 15 s on a quiet machine, more on a busy one.
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 360, height: 740 });
  const violations = async () =>
    (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .setLegacyMode(true)
        .options({ resultTypes: ['violations'] })
        .analyze()
    ).violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  const states: [string, () => Promise<void>][] = [
    ['results', () => searchPage(page, '闹事', 'incidents')],
    ['no result', () => searchPage(page, '火星人')],
    ['best answer', () => searchPage(page, '业主在售楼处门口拉横幅怎么办')],
    ['partial', () => searchPage(page, '售楼处火星人')],
    [
      'header',
      async () => {
        await page.goto('/incidents/crowd-protest/');
        await page.locator('header [data-search-input]').fill('漏水');
        await expect(page.locator('header cp-search')).toHaveAttribute('data-search-query', '漏水');
      },
    ],
    [
      'error',
      async () => {
        await page.route('**/pagefind/**', (route) => route.abort());
        await searchPage(page, '闹事');
        await expect(pageSearch(page)).toHaveAttribute('data-search-state', 'error');
      },
    ],
  ];
  for (const [name, open] of states) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await emulateScheme(page, colorScheme);
      await open();
      expect.soft(await violations(), `${name}, ${colorScheme}`).toEqual([]);
    }
    // The error state is made by failing the index requests, which Chromium logs.
    if (name !== 'error') expect(errors, name).toEqual([]);
  }
});
