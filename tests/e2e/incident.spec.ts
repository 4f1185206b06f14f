import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Ticks are stamped with the device's clock: fix it, and the zone, so the times are known.
test.use({ timezoneId: 'Asia/Shanghai' });
const nine = new Date('2025-03-01T09:00:00+08:00');

const card = '/incident/crowd-protest/';
const steps = (page: Page) => page.locator('input[type=checkbox][data-step]');

/** Stops the page's clock at 09:00; only fastForward moves it on. */
async function freezeAtNine(page: Page) {
  await page.clock.install({ time: nine.getTime() - 60_000 });
  await page.clock.pauseAt(nine);
}
const stepText = async (page: Page, i: number) =>
  (
    (await steps(page)
      .nth(i)
      .locator('xpath=ancestor::label')
      .locator('[data-step-text]')
      .textContent()) ?? ''
  ).trim();

/** Keeps tel: links from leaving the page; the card's own click handler still runs first. */
async function stayOnTelLinks(page: Page) {
  await page.evaluate(() =>
    document.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a[href^="tel:"]')) event.preventDefault();
    }),
  );
}

test('/incident/ 为每一类事件给出一个大按钮，链接到它的卡片', async ({ page }) => {
  const ids = readdirSync('src/content/incidents').map((file) => file.replace(/\.mdx$/, ''));
  await page.goto('/incident/');
  const tiles = page.locator('.tiles a');
  await expect(tiles).toHaveCount(ids.length);
  const hrefs = await tiles.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(ids.map((id) => `/incident/${id}/`).sort());
  await page.setViewportSize({ width: 360, height: 740 });
  const box = await tiles.first().boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(56);
  expect(box?.width).toBeGreaterThan(300);
});

test('卡片、手册页和一页纸摘要都给出“可以这样说”：现场照着说的原话', async ({ page }) => {
  const said = readFileSync('src/content/incidents/media-inquiry.mdx', 'utf8')
    .split('\nsay:\n')[1]
    ?.split(/\n(?! {2}- )/)[0]
    ?.split('\n')
    .map((line) => line.replace(/^ {2}- /, '').trim());
  expect(said?.length).toBeGreaterThanOrEqual(2);
  const quoted = (said ?? []).map((line) => `“${line}”`);

  await page.goto('/incident/media-inquiry/');
  await expect(page.locator('#say h2')).toHaveText('可以这样说');
  await expect(page.locator('#say li')).toHaveText(quoted);
  await page.goto('/incidents/media-inquiry/');
  await page.locator('nav.jump').getByRole('link', { name: '可以这样说' }).click();
  await expect(page).toHaveURL(/#say$/);
  await expect(page.locator('#say li')).toHaveText(quoted);
  await page.goto('/incidents/media-inquiry/summary/');
  await expect(page.locator('.summary-sheet li', { hasText: quoted[0] })).toHaveCount(1);
});

test('不确定是哪类：两个问题走到“客户集体闹事”的卡片，可以退回重选', async ({ page }) => {
  await page.goto('/incident/');
  await page.getByRole('link', { name: /不确定是哪类/ }).click();
  const first = page.locator('#q-what');
  await expect(first).toBeVisible();
  await expect(page.locator('#q-people')).toBeHidden();
  await first.getByRole('link', { name: /吵闹、起冲突/ }).click();
  await expect(page.locator('#q-people')).toBeVisible();
  await expect(first).toBeHidden();
  await page.locator('#q-people').getByRole('link', { name: '← 重新选择' }).click();
  await expect(first).toBeVisible();
  await first.getByRole('link', { name: /吵闹、起冲突/ }).click();
  await page
    .locator('#q-people')
    .getByRole('link', { name: /多名客户结伴/ })
    .click();
  await expect(page).toHaveURL(/\/incident\/crowd-protest\/$/);
  await expect(page.locator('h1')).toHaveText('客户集体到销售现场抱怨闹事');
});

test('打开卡片、勾选两步，刷新后两步仍是勾选的，时间也还在', async ({ page }) => {
  await freezeAtNine(page);
  await page.goto('/incident/');
  await page.locator('.tiles a[href="/incident/crowd-protest/"]').click();
  await expect(page.locator('[data-idle]')).toBeVisible();
  await steps(page).nth(0).check();
  await page.clock.fastForward('03:00');
  await steps(page).nth(2).check();
  await expect(page.locator('[data-running]')).toBeVisible();

  await page.reload();
  await expect(steps(page).nth(0)).toBeChecked();
  await expect(steps(page).nth(2)).toBeChecked();
  await expect(steps(page).nth(1)).not.toBeChecked();
  await expect(steps(page).nth(0).locator('xpath=ancestor::label')).toContainText('09:00 完成');
  await expect(steps(page).nth(2).locator('xpath=ancestor::label')).toContainText('09:03 完成');
  // Each step's text sits in the label of its checkbox.
  await expect(page.getByLabel(await stepText(page, 2))).toBeChecked();

  await steps(page).nth(2).uncheck();
  await page.reload();
  await expect(steps(page).nth(2)).not.toBeChecked();
  await expect(steps(page).nth(0)).toBeChecked();
});

test('脚本还没加载完时就勾选和记录：加载后都记进事件，刷新后还在', async ({ page }) => {
  await freezeAtNine(page);
  // Hold every script back, as a slow connection would, until the person has ticked and typed.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Module scripts hold back DOMContentLoaded: wait for the markup only.
  await page.goto(card, { waitUntil: 'commit' });
  await page.locator('[data-notes]').waitFor();
  expect(await page.evaluate(() => customElements.get('cp-incident-card'))).toBeUndefined();
  await steps(page).nth(1).check();
  await page.locator('[data-notes]').fill('带头人三人，拉横幅');
  // The script arrives two minutes later: the tick keeps the time it was made.
  await page.clock.fastForward('02:00');
  release();
  await page.waitForFunction(() => customElements.get('cp-incident-card') !== undefined);
  await expect(page.locator('[data-running]')).toBeVisible();
  await expect(steps(page).nth(1)).toBeChecked();
  await expect(steps(page).nth(1).locator('xpath=ancestor::label')).toContainText('09:00 完成');
  await expect(page.locator('[data-opened-at]')).toHaveText('开始于 09:00');
  await expect(page.locator('[data-elapsed]')).toHaveText('02:00');

  await page.unrouteAll();
  await page.reload();
  await expect(steps(page).nth(1)).toBeChecked();
  await expect(steps(page).nth(0)).not.toBeChecked();
  await expect(page.locator('[data-notes]')).toHaveValue('带头人三人，拉横幅');
});

test('生成书面报告：勾选的步骤带着时间，还有现场记录、拨打记录和联系人', async ({ page }) => {
  await freezeAtNine(page);
  await page.goto(card);
  await stayOnTelLinks(page);
  const first = await stepText(page, 0);
  const third = await stepText(page, 2);
  await steps(page).nth(0).check();
  await page.clock.fastForward('07:00');
  await steps(page).nth(2).check();
  await page.locator('[data-notes]').fill('09:05 约二十名客户到售楼处，拉横幅\n带头人要求退房');
  await page.locator('[data-contact="police"] [data-contact-tel]').click();

  await page.locator('[data-report]').click();
  const report = page.locator('[data-report-text]');
  await expect(report).toBeVisible();
  const text = (await report.textContent()) ?? '';
  expect(text).toMatch(/^危机事件书面报告（首报）/);
  expect(text).toContain(`09:00 ${first}`);
  expect(text).toContain(`09:07 ${third}`);
  expect(text).toContain('发现时间：2025-03-01 09:00');
  expect(text).toContain('  09:05 约二十名客户到售楼处，拉横幅\n  带头人要求退房');
  expect(text).toContain('09:07 致电公安报警 110');
  expect(text).toContain('尚未勾选的立即行动：');
  expect(text).toContain('公安报警：110');
  expect(text).not.toContain(`09:00 ${await stepText(page, 1)}`);

  // The report follows later ticks without pressing the button again.
  await steps(page).nth(1).check();
  await expect(report).toContainText(`09:07 ${await stepText(page, 1)}`);

  // The other form, and the file.
  await page.getByRole('radio', { name: '现场投诉记录表' }).check();
  await expect(report).toContainText(/^现场投诉记录表/);
  await expect(report).toContainText('发生时间：09:00');
  const download = page.waitForEvent('download');
  await page.locator('[data-report-download]').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(
    '20250301-0900-现场投诉记录表-客户集体到销售现场抱怨闹事.txt',
  );
  const saved = readFileSync(await file.path(), 'utf8');
  expect(saved).toContain(`09:07 ${third}`);
});

test('复制报告文本：剪贴板里就是报告全文', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(card);
  await steps(page).nth(0).check();
  await page.locator('[data-report]').click();
  await page.locator('[data-report-copy]').click();
  await expect(page.locator('[data-report-status]')).toHaveText('已复制，可以粘贴到微信或邮件。');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('[data-report-text]').textContent());
});

test('时钟从开始处理算起，每 N 分钟提醒向上级通报，点“已通报上级”后重新计时', async ({ page }) => {
  await freezeAtNine(page);
  await page.goto(card);
  await page.locator('[data-reminder-minutes]').selectOption('5');
  await page.locator('[data-start]').click();
  await expect(steps(page).first()).toBeFocused();
  await expect(page.locator('[data-next-update]')).toHaveText(
    '下次向上级通报：09:05（还有 5 分钟）',
  );
  await page.clock.fastForward('04:59');
  await expect(page.locator('[data-elapsed]')).toHaveText('04:59');
  await expect(page.locator('[data-reminder]')).toBeHidden();
  await page.clock.fastForward('00:02');
  await expect(page.locator('[data-reminder]')).toBeVisible();
  await expect(page.locator('[data-reminder-text]')).toContainText('已 5 分钟没有向上级通报进展');
  await expect(page).toHaveTitle(/^⏰/);
  await page.locator('[data-updated]').click();
  await expect(page.locator('[data-reminder]')).toBeHidden();
  await expect(page.locator('[data-announce]')).toHaveText(
    '已记下 09:05 向上级通报；提醒重新计时。',
  );
  await expect(page.locator('[data-status]')).toBeFocused();
  await expect(page.locator('[data-next-update]')).toHaveText(
    '下次向上级通报：09:10（还有 5 分钟）',
  );
  await expect(page).not.toHaveTitle(/^⏰/);
  // The interval is kept on the device.
  await page.reload();
  await expect(page.locator('[data-reminder-minutes]')).toHaveValue('5');
});

test('本机号码覆盖公司号码，刷新后仍在，拨打时间写进报告；可以恢复', async ({ page }) => {
  await page.goto(card);
  const director = page.locator('[data-contact="director"]');
  await expect(director.locator('[data-contact-missing]')).toHaveText('未填写号码');
  await director.getByRole('button', { name: '改号码' }).click();
  await director.getByLabel('电话').fill('abc');
  await director.getByRole('button', { name: '保存' }).click();
  await expect(director.locator('[data-contact-error]')).toBeVisible();
  await director.getByLabel('电话').fill('138 0013 8000');
  await director.getByLabel('姓名（可不填）').fill('李总');
  await director.getByRole('button', { name: '保存' }).click();
  await expect(director.locator('[data-contact-tel]')).toHaveAttribute('href', 'tel:13800138000');
  await expect(director).toContainText('李总');
  await expect(director.locator('[data-contact-local]')).toBeVisible();

  await page.reload();
  await stayOnTelLinks(page);
  await director.locator('[data-contact-tel]').click();
  await page.locator('[data-report]').click();
  await expect(page.locator('[data-report-text]')).toContainText(
    '致电总监（营销经理）（李总） 138 0013 8000',
  );
  await expect(page.locator('[data-report-text]')).toContainText(
    /已通知的各方：总监（营销经理）（李总）（\d\d:\d\d）/,
  );

  await director.getByRole('button', { name: '改号码' }).click();
  await director.getByRole('button', { name: '恢复公司号码' }).click();
  await expect(director.locator('[data-contact-missing]')).toBeVisible();
  await expect(director.locator('[data-contact-local]')).toBeHidden();
});

test('结束事件后可重新打开；本机事件记录列出它，可导出', async ({ page }) => {
  await page.goto('/incident/media-inquiry/');
  await steps(page).nth(0).check();
  await page.locator('[data-close]').click();
  await expect(page.locator('[data-closed-text]')).toContainText('结束');
  await expect(steps(page).nth(0)).toBeDisabled();
  await expect(page).toHaveURL(/\?incident=media-inquiry-/);
  await page.reload();
  await expect(page.locator('[data-closed]')).toBeVisible();
  await expect(steps(page).nth(0)).toBeChecked();

  // A new incident of the same type, then the log.
  await page.locator('[data-start-new]').click();
  await expect(steps(page).nth(0)).not.toBeChecked();
  await page.goto('/incident/');
  await expect(page.locator('cp-open-incidents')).toContainText('媒体来访与报道');
  await page.goto('/incident/log/');
  const items = page.locator('[data-incident]');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('处理中');
  await expect(items.nth(1)).toContainText('已结束');
  await expect(items.nth(1)).toContainText('立即行动完成 1/7 步');

  // Only one open incident per type: reopening the old one waits until the new one is closed.
  await items.nth(1).getByRole('button', { name: '重新打开' }).click();
  await expect(page.locator('[data-log-status]')).toContainText('先结束它');

  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出全部记录（JSON）' }).click();
  const exported = JSON.parse(readFileSync(await (await json).path(), 'utf8'));
  expect(exported.v).toBe(1);
  expect(exported.items).toHaveLength(2);

  await items.nth(1).getByRole('button', { name: '删除' }).click();
  await items.nth(1).getByRole('button', { name: '确定删除' }).click();
  await expect(items).toHaveCount(1);
  await items.nth(0).getByRole('link').click();
  await page.locator('[data-close]').click();
  await page.goto('/incident/log/');
  await items.nth(0).getByRole('button', { name: '重新打开' }).click();
  await expect(items.nth(0)).toContainText('处理中');
});

test('本地保存的事件记录部分损坏时，保留有效记录并说明', async ({ page }) => {
  const good = {
    id: 'crowd-protest-1',
    type: 'crowd-protest',
    title: '客户集体到销售现场抱怨闹事',
    steps: ['x'],
    call: ['director'],
    reportTo: ['总监（营销经理）'],
    reportWithin: '当日',
    openedAt: nine.getTime(),
    ticks: [],
    calls: [],
    updates: [],
    notes: '之前的记录',
  };
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(
        'cp:incidents',
        JSON.stringify({ v: 1, items: [value, { id: 'broken' }] }),
      );
      sessionStorage.setItem('seeded', '1');
    }
  }, good);
  await page.goto(card);
  await expect(page.locator('[data-storage-notice]')).toContainText('「现场事件记录」1 条无法读取');
  await expect(page.locator('[data-notes]')).toHaveValue('之前的记录');
  await expect(page.locator('[data-running]')).toBeVisible();
});
