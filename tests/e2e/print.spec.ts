import { expect, test } from '@playwright/test';
import { builtRoutes } from './site-files';

function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

const summaries = builtRoutes().filter((route) => /^\/incidents\/[^/]+\/summary\/$/.test(route));

test('每个危机类型都有一页纸摘要，打印在一张 A4 上', async ({ page }) => {
  expect(summaries.length).toBeGreaterThanOrEqual(12);
  for (const route of summaries) {
    await page.goto(route);
    await expect(page.locator('h1')).toContainText('一页纸摘要');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPages(pdf), route).toBe(1);
  }
});

test('表单页打印时只剩空白表单本身', async ({ page }) => {
  await page.goto('/forms/onsite-complaint-record/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sheet')).toBeVisible();
  await expect(page.locator('.sheet-title')).toBeVisible();
  for (const hidden of ['header.site-header', 'nav[aria-label="面包屑导航"]', '.entry-header', '.related']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdfPages(pdf)).toBeLessThanOrEqual(3);
});
