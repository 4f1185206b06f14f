import { expect, test } from '@playwright/test';
import { builtRoutes } from './site-files';

function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

const summaries = builtRoutes().filter((route) => /^\/incidents\/[^/]+\/summary\/$/.test(route));

test('每个危机类型都有一页纸摘要', () => {
  expect(summaries.length).toBeGreaterThanOrEqual(17);
});

// One test per summary: each prints on its own, so a slow machine never runs them all against one timeout.
for (const route of summaries) {
  test(`一页纸摘要打印在一张 A4 上：${route}`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator('h1')).toContainText('一页纸摘要');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPages(pdf), route).toBe(1);
  });
}

test('表单页打印时只剩空白表单本身', async ({ page }) => {
  await page.goto('/forms/onsite-complaint-record/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sheet')).toBeVisible();
  await expect(page.locator('.sheet-title')).toBeVisible();
  for (const hidden of [
    'header.site-header',
    'nav[aria-label="面包屑导航"]',
    '.entry-header',
    '.related',
  ]) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdfPages(pdf)).toBeLessThanOrEqual(3);
});

/** The text of every @page rule the page's stylesheets hold, named or not, inside @media too. */
async function pageRules(
  page: import('@playwright/test').Page,
): Promise<{ name: string; text: string }[]> {
  return page.evaluate(() => {
    const found: { name: string; text: string }[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSPageRule)
          found.push({ name: rule.selectorText, text: rule.cssText });
        else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
    return found;
  });
}

test('打印时每页页边标注“内部资料”，客户签字留存的表单除外', async ({ page }) => {
  await page.goto(summaries[0] ?? '/');
  const rules = await pageRules(page);
  expect(rules.some((r) => r.name === '' && r.text.includes('内部资料'))).toBe(true);
  expect(rules.some((r) => r.name === 'customer' && /content:\s*none/.test(r.text))).toBe(true);

  await page.emulateMedia({ media: 'print' });
  const pageName = () =>
    page.evaluate(() => getComputedStyle(document.body).getPropertyValue('page'));
  expect(await pageName()).not.toBe('customer');
  await page.goto('/forms/onsite-complaint-record/');
  expect(await pageName()).not.toBe('customer');
  await page.goto('/forms/purchase-notice-confirmation/');
  expect(await pageName()).toBe('customer');
});
