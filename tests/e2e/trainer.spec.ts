import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { encodeAssignmentCode, type Assignment } from '../../src/lib/assignment/assignment-code';
import { encodeResultCode } from '../../src/lib/assignment/result-code';
import { correctOption, drillPath } from '../support/content-answers';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const hostileName = '<img src=x onerror="window.__pwned=1">';

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

/** Page errors, console errors and CSP violations, from the first byte. */
async function watch(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP ${e.violatedDirective}`),
    );
  });
  return errors;
}

interface Settings {
  title: string;
  passMark?: string;
  timeLimit?: string;
  attempts?: string;
  questions: string[];
  drills: string[];
}

/** Fills the builder at /trainer/ and returns the assignment link it shows. */
async function buildAssignment(page: Page, settings: Settings): Promise<string> {
  await page.goto('/trainer/');
  await page.getByRole('textbox', { name: '作业标题' }).fill(settings.title);
  if (settings.passMark) await page.getByLabel('及格线（分）').fill(settings.passMark);
  if (settings.timeLimit)
    await page.getByLabel('限时（分钟，0 表示不限时）').fill(settings.timeLimit);
  if (settings.attempts)
    await page.getByLabel('允许作答次数（0 表示不限）').fill(settings.attempts);
  for (const id of settings.drills)
    await page.locator(`input[data-pick="drill"][value="${id}"]`).check();
  for (const id of settings.questions) {
    const box = page.locator(`input[data-pick="question"][value="${id}"]`);
    const group = page.locator('details[data-group]', { has: box });
    if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open)))
      await group.locator('summary').click();
    await box.check();
  }
  await page.locator('[data-builder-form] button[type="submit"]').click();
  const link = page.locator('[data-assignment-link]');
  await expect(link).toHaveText(/\/trainer\/take\/#CPA1\./);
  await expect(page.locator('[data-builder-output] cp-qr img')).toHaveAttribute(
    'src',
    /^data:image\/svg\+xml,/,
  );
  return (await link.textContent()) ?? '';
}

/** Opens the link like a trainee on another phone: a fresh context, nothing stored. */
async function openAsTrainee(browser: Browser, link: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const errors = await watch(page);
  await page.goto(link);
  return { context, page, errors };
}

async function startAs(page: Page, name: string, employeeId: string) {
  await page.getByRole('textbox', { name: '姓名', exact: true }).fill(name);
  await page.getByRole('textbox', { name: '工号', exact: true }).fill(employeeId);
  await page.locator('[data-take-start]').click();
}

/** The double-sold drill played by always taking the second-best choice. */
const doubleSold = drillPath('drill-double-sold', 'second');

/** Plays the double-sold drill along `doubleSold`, clicking choices by content index in their shown order. */
async function playDoubleSold(page: Page) {
  const part = page.locator('[data-part="drill-double-sold"]');
  await part.locator('[data-start]').click();
  for (const index of doubleSold.choices) {
    await part.locator(`.node.current button[data-choice][data-index="${index}"]`).click();
    // Assessment mode: no feedback, only the way on.
    await expect(part.locator('.node.current .feedback')).toHaveCount(0);
    await part.locator('.node.current [data-continue]').click();
  }
  await expect(part.locator('.ending.current [data-ending-title]')).toHaveText(doubleSold.endingTitle);
}

test('布置作业、学员在另一台设备完成、培训师汇总：分数由成绩码重新计算，篡改被标出，CSV 含这一行', async ({
  browser,
  page,
}) => {
  const trainerErrors = await watch(page);
  const link = await buildAssignment(page, {
    title: '第二周测验',
    passMark: '60',
    questions: ['risks-01', 'risks-02'],
    drills: ['drill-double-sold'],
  });

  const trainee = await openAsTrainee(browser, link);
  const take = trainee.page;
  await expect(take.locator('[data-take-title]')).toHaveText('第二周测验');
  await startAs(take, hostileName, 'A001');
  const asked = take.locator('[data-part="quiz"] [data-question]:not([hidden])');
  await expect(asked).toHaveCount(2);
  // Options are shown shuffled; their values are content indices.
  for (const id of ['risks-01', 'risks-02'])
    await take.locator(`[data-question="${id}"] input[value="${correctOption(id)}"]`).check();
  await take.locator('[data-quiz-submit]').click();
  // Nothing is revealed after submitting an assignment's questions.
  await expect(take.locator('[data-question-result]')).toHaveCount(0);
  await take.locator('[data-take-next]').click();
  await playDoubleSold(take);
  await take.locator('[data-take-next]').click();

  // Two right answers and the drill counted as 5 questions: (2 + 5 × drill%) ÷ 7.
  const total = Math.round(((2 + (5 * doubleSold.percent) / 100) / 7) * 100);
  const verdict = total >= 60 ? '通过' : '未通过';
  await expect(take.locator('[data-take-score]')).toHaveText(`${total} 分`);
  await expect(take.locator('[data-take-verdict]')).toHaveText(new RegExp(`^${verdict}`));
  await expect(take.locator('[data-take-who-name]')).toHaveText(hostileName);
  const code = (await take.locator('[data-result-code]').textContent()) ?? '';
  expect(code).toMatch(/^CPR1\.[A-Za-z0-9_-]+$/);
  await expect(take.locator('[data-take-result] cp-qr img')).toHaveAttribute(
    'src',
    /^data:image\/svg\+xml,/,
  );
  expect(await take.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(trainee.errors).toEqual([]);
  await trainee.context.close();

  // A tampered copy: one character in the middle changed.
  const at = Math.floor(code.length / 2);
  const tampered = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
  await page.goto('/trainer/report/');
  await page
    .locator('textarea[data-result-codes]')
    .fill(`张三 10:02\n${code}\n李四 10:05\n${tampered}`);
  await page.getByRole('button', { name: '生成汇总' }).click();
  const rows = page.locator('[data-result-row]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('td').nth(0)).toHaveText(hostileName);
  await expect(rows.first().locator('td img')).toHaveCount(0);
  await expect(rows.first().locator('td').nth(2)).toHaveText(String(total));
  await expect(rows.first().locator('td').nth(3)).toHaveText(new RegExp(`^${verdict}`));
  await expect(page.locator('[data-code-problem="checksum"]')).toContainText('校验码对不上');
  await expect(page.locator('[data-report-status]')).toContainText('读取 1 个成绩码，1 个无法读取');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-report-csv]').click(),
  ]);
  expect(download.suggestedFilename()).toBe('成绩汇总-第二周测验.csv');
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.startsWith('\ufeff作业,作业编号,姓名,工号,总分,结果')).toBe(true);
  const lines = csv.split('\r\n');
  expect(lines[1]).toContain(`第二周测验,`);
  expect(lines[1]).toContain(`,"${hostileName.replaceAll('"', '""')}",A001,${total},${verdict},60,1,1,`);
  expect(lines[1]?.endsWith(`,${code}`)).toBe(true);
  expect(lines).toHaveLength(3);

  // Importing the exported CSV brings the same row back.
  await page.getByRole('button', { name: '清空' }).click();
  await expect(rows).toHaveCount(0);
  await page
    .locator('[data-report-file]')
    .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('td').nth(2)).toHaveText(String(total));

  // The pasted codes stay on this device: coming back restores the report.
  await page.reload();
  await expect(page.locator('[data-report-status]')).toContainText(
    '已恢复这台设备上次粘贴的 1 个成绩码',
  );
  await expect(rows).toHaveCount(1);
  expect(trainerErrors).toEqual([]);
});

test('限时到了自动交卷：未答的题和决策点不得分，成绩码注明超时', async ({ browser, page }) => {
  const link = await buildAssignment(page, {
    title: '限时测验',
    timeLimit: '1',
    questions: ['risks-01'],
    drills: ['drill-double-sold'],
  });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const take = await context.newPage();
  const errors = await watch(take);
  await take.clock.install();
  await take.goto(link);
  await startAs(take, '王五', 'C003');
  await expect(take.locator('[data-take-timer]')).toHaveText('剩余时间 1:00');
  await take.locator(`[data-question="risks-01"] input[value="${correctOption('risks-01')}"]`).check();
  await take.clock.runFor(61_000);
  await expect(take.locator('[data-take-result]')).toBeVisible();
  await expect(take.locator('[data-take-timeout]')).toBeVisible();
  // The answered question counts (1 of 1 + 5 for the unstarted drill): 1 ÷ 6 = 17.
  await expect(take.locator('[data-take-score]')).toHaveText('17 分');
  const code = (await take.locator('[data-result-code]').textContent()) ?? '';

  await page.goto('/trainer/report/');
  await page.locator('textarea[data-result-codes]').fill(code);
  await expect(page.locator('[data-result-row]')).toHaveCount(1);
  await expect(page.locator('[data-result-row] td').nth(2)).toHaveText('17');
  await expect(page.locator('[data-result-row]')).toHaveAttribute('data-flags', '');
  expect(errors).toEqual([]);
  await context.close();
});

test('作答次数用完后不能再开始，交过的成绩码仍可复制', async ({ browser, page }) => {
  const link = await buildAssignment(page, {
    title: '只能做一次',
    attempts: '1',
    questions: ['crisis-01'],
    drills: [],
  });
  const { context, page: take, errors } = await openAsTrainee(browser, link);
  await startAs(take, '赵六', 'D004');
  await take.locator(`[data-question="crisis-01"] input[value="${correctOption('crisis-01')}"]`).check();
  await take.locator('[data-quiz-submit]').click();
  await take.locator('[data-take-next]').click();
  const code = await take.locator('[data-result-code]').textContent();
  await expect(take.locator('[data-take-again]')).toBeHidden();

  await take.reload();
  await expect(take.locator('[data-take-attempts]')).toHaveText(
    '你已用完 1 次作答机会。下面是你交过的成绩码，可以再次复制发给培训师。',
  );
  await expect(take.locator('[data-take-start]')).toBeHidden();
  await expect(take.locator('[data-take-previous-list] code')).toHaveText(code ?? '');
  expect(errors).toEqual([]);
  await context.close();
});

test('坏链接、来自新版本的链接和已删除的内容都给出中文说明，不白屏', async ({ page }) => {
  const errors = await watch(page);
  const link = await buildAssignment(page, {
    title: '检查链接',
    questions: ['risks-01'],
    drills: [],
  });
  const code = link.slice(link.indexOf('#') + 1);
  const cases: [string, RegExp][] = [
    ['/trainer/take/', /请用培训师发给你的作业链接/],
    [`/trainer/take/#${code.slice(0, -4)}`, /不完整|校验码对不上/],
    [`/trainer/take/#${code.replace('CPA1.', 'CPA2.')}`, /更新版本的网站（格式 2/],
    [
      `/trainer/take/#${code.slice(0, 12)}${code[12] === 'x' ? 'y' : 'x'}${code.slice(13)}`,
      /校验码对不上/,
    ],
    ['/trainer/take/#hello', /这不是作业链接/],
  ];
  for (const [url, message] of cases) {
    await page.goto('/trainer/');
    await page.goto(url);
    await expect(page.locator('[data-take-error]')).toBeVisible();
    await expect(page.locator('[data-take-error-text]')).toHaveText(message);
    await expect(page.locator('[data-take-intro]')).toBeHidden();
  }
  expect(errors).toEqual([]);
});

test('链接里的内容已不存在时列出缺少的项；另一内容版本的成绩码在汇总里被标出', async ({ page }) => {
  const errors = await watch(page);
  const assignment: Assignment = {
    title: '旧作业',
    createdAt: Date.UTC(2025, 0, 6),
    contentVersion: 'deadbeef',
    passMark: 80,
    timeLimitMinutes: 0,
    attempts: 0,
    seed: 'S1',
    orderPerTrainee: false,
    due: null,
    drillWeight: 5,
    questions: ['risks-01', 'risks-99'],
    drills: ['drill-retired'],
  };
  await page.goto(`/trainer/take/#${encodeAssignmentCode(assignment)}`);
  await expect(page.locator('[data-take-error-text]')).toHaveText(
    /2 项内容.*（risks-99、drill-retired）/,
  );

  const old = { ...assignment, questions: ['risks-01'], drills: [] };
  const code = encodeResultCode({
    assignment: old,
    contentVersion: 'deadbeef',
    name: '孙八',
    employeeId: 'F006',
    attempt: 1,
    startedAt: Date.UTC(2025, 0, 7, 2),
    finishedAt: Date.UTC(2025, 0, 7, 2, 5),
    timedOut: false,
    quizSeconds: 300,
    answers: [{ type: 'single', selected: [correctOption('risks-01')] }],
    drills: [],
  });
  await page.goto('/trainer/report/');
  await page.locator('textarea[data-result-codes]').fill(code);
  const row = page.locator('[data-result-row]');
  await expect(row).toHaveAttribute('data-flags', 'content-version');
  await expect(row).toContainText('内容版本不同（deadbeef）');
  await expect(row.locator('td').nth(2)).toHaveText('100');
  await expect(page.locator('[data-group-version]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('组卷：不选内容、不填标题时列出要改的地方；筛选按模块、危机类型和题型', async ({ page }) => {
  const errors = await watch(page);
  await page.goto('/trainer/');
  await page.locator('[data-builder-form] button[type="submit"]').click();
  const problems = page.locator('[data-builder-problem-list] li');
  await expect(problems).toHaveText([
    '请填写作业标题（最多 60 个字，不要包含换行等特殊字符）。',
    '请至少选择 1 道题或 1 个演练（最多 200 项）。',
  ]);
  await expect(page.locator('[data-builder-output]')).toBeHidden();

  await page.getByLabel('题型').selectOption('drill');
  const drillCount = readdirSync('src/content/drills').filter((f) => f.endsWith('.yaml')).length;
  await expect(page.locator('[data-item]:not([hidden])')).toHaveCount(drillCount);
  await page.getByLabel('题型').selectOption('ordering');
  await page.getByLabel('培训模块').selectOption('ten-risks');
  const visible = page.locator('[data-item]:not([hidden])');
  const count = await visible.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++)
    await expect(visible.nth(i)).toHaveAttribute('data-type', 'ordering');
  await page.getByRole('button', { name: '全选当前列表' }).click();
  await expect(page.locator('[data-builder-count]')).toHaveText(`已选 ${count} 道题、0 个演练`);
  await page.getByLabel('危机类型').selectOption('crowd-protest');
  await expect(page.locator('[data-builder-no-match]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('三个页面的各个状态都没有 axe 违规（手机宽度，浅色与深色）', async ({ browser, page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const link = await buildAssignment(page, {
    title: '无障碍检查',
    questions: ['risks-01', 'risks-03'],
    drills: ['drill-double-sold'],
  });
  const violations: string[] = [];
  const check = async (p: Page, state: string) => {
    for (const scheme of ['light', 'dark'] as const) {
      await p.emulateMedia({ colorScheme: scheme });
      violations.push(...(await axe(p)).map((v) => `${state} ${scheme}: ${v}`));
    }
  };
  await check(page, 'builder output');

  const { context, page: take } = await openAsTrainee(browser, link);
  await take.setViewportSize({ width: 360, height: 740 });
  await check(take, 'take intro');
  await startAs(take, '钱七', 'E005');
  await check(take, 'take quiz');
  await take.locator('[data-quiz-submit]').click();
  await take.locator('[data-quiz-submit]').click();
  await take.locator('[data-take-next]').click();
  await playDoubleSold(take);
  await check(take, 'take drill');
  await take.locator('[data-take-next]').click();
  await expect(take.locator('[data-take-result] cp-qr img')).toBeVisible();
  await check(take, 'take result');
  const code = (await take.locator('[data-result-code]').textContent()) ?? '';
  await context.close();

  await page.goto('/trainer/report/');
  await page.locator('textarea[data-result-codes]').fill(`${code}\nCPR1.broken`);
  await expect(page.locator('[data-result-row]')).toHaveCount(1);
  await check(page, 'report');
  expect(violations).toEqual([]);
});
