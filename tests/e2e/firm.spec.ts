import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../scripts/serve-static.mjs';

// Another firm's profile (tests/fixtures/firm/firm.yaml): its name, titles, threshold, deadline
// and numbers must appear where they belong, and the default firm's must not.
const out = join('.fixture-builds', 'firm');
let server: Server;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  // A fresh build every time: the output and the caches the config keeps beside it.
  for (const dir of [out, `${out}-cache`, `${out}-vite`])
    rmSync(dir, { recursive: true, force: true });
  execFileSync('npm', ['run', 'build'], {
    env: { ...process.env, PLAYBOOK_FIRM: 'tests/fixtures/firm/firm.yaml', PLAYBOOK_OUT_DIR: out },
    stdio: 'ignore',
  });
  server = await serveStatic(out, 0);
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server?.close();
});

test('页头是这家公司的简称，职务用它自己的叫法，默认公司的名称和叫法都不出现', async ({ page }) => {
  await page.goto(`${origin}/incidents/crowd-protest/`);
  await expect(page.locator('[data-firm-name]')).toHaveText('蓝湾置业');
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).toContain('营销总监');
  expect(text).toContain('案场经理');
  expect(text).not.toContain('总监（营销经理）');
  expect(text).not.toContain('示例地产');
  await expect(page.locator('[data-firm-deadline]')).toHaveText(
    '本公司书面报告时限：事发后 6 小时内',
  );
  // Printed pages carry the firm's full name in the margin, beside 内部资料.
  const styles = (await page.locator('head style').allTextContents()).join('\n');
  expect(styles).toContain('@bottom-left{content:"蓝湾置业服务有限公司"');
});

test('保修授权金额用这家公司的门槛：事件页和三层客服结构图', async ({ page }) => {
  await page.goto(`${origin}/incidents/delivery-defects/`);
  await expect(page.locator('[data-firm-threshold]')).toContainText('8,000 元');
  await page.goto(`${origin}/procedures/three-tier-service/`);
  const diagram = (await page.locator('figure').first().textContent()) ?? '';
  expect(diagram).toContain('8,000 元');
  expect(diagram).not.toContain('5,000 元');
});

test('应急卡片打给这家公司的号码，书面报告用它的全称和时限', async ({ page }) => {
  await page.goto(`${origin}/incident/crowd-protest/`);
  const call = page.locator('a[href="tel:02155550101"]').first();
  await expect(call).toBeVisible();
  await expect(call).toHaveAttribute('aria-label', '拨打 案场经理 021-5555 0101');
  await page.locator('input[data-step]').first().check();
  await page.locator('[data-report]').click();
  const report = page.locator('[data-report-text]');
  await expect(report).toContainText('蓝湾置业服务有限公司');
  await expect(report).toContainText('书面报告时限：事发后 6 小时内');
  await expect(report).not.toContainText('示例房地产营销代理有限公司');
});
