import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  decodeAssignmentCode,
  encodeAssignmentCode,
  type Assignment,
} from '../../src/lib/assignment/assignment-code';
import { encodeResultCode, type CodedAnswer } from '../../src/lib/assignment/result-code';
import { correctOption, drillPath, type DrillPath } from '../support/content-answers';
import { realContent, realScoringContent } from '../support/scoring-content';
import { emulateScheme } from './theme';

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

/** Plays the double-sold drill along a path, clicking choices by content index in their shown order. */
async function playDoubleSold(page: Page, path: DrillPath = doubleSold) {
  const part = page.locator('[data-part="drill-double-sold"]');
  await part.locator('[data-start]').click();
  for (const index of path.choices) {
    await part.locator(`.node.current button[data-choice][data-index="${index}"]`).click();
    // Assessment mode: no feedback, only the way on.
    await expect(part.locator('.node.current .feedback')).toHaveCount(0);
    await part.locator('.node.current [data-continue]').click();
  }
  await expect(part.locator('.ending.current [data-ending-title]')).toHaveText(path.endingTitle);
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
  // One code: the item table counts it, but discrimination stays empty and the page says why.
  const firstItem = page.locator('[data-item-stats] [data-item="risks-01"]');
  await expect(firstItem).toHaveAttribute('data-facility', '1.00');
  await expect(firstItem).toHaveAttribute('data-discrimination', '');
  await expect(page.locator('[data-few-codes]')).toContainText('只有 1 份成绩码，少于 10 份');
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
  expect(lines[1]).toContain(
    `,"${hostileName.replaceAll('"', '""')}",A001,${total},${verdict},60,1,1,`,
  );
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
  // The clock keeps running: on a busy machine the first look may come a second late.
  await expect(take.locator('[data-take-timer]')).toHaveText(/^剩余时间 (1:00|0:5\d)$/);
  await take
    .locator(`[data-question="risks-01"] input[value="${correctOption('risks-01')}"]`)
    .check();
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
  await take
    .locator(`[data-question="crisis-01"] input[value="${correctOption('crisis-01')}"]`)
    .check();
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
  // An unrecorded version is analysed on its own, and the page says so.
  await expect(page.locator('[data-version-notes] [data-version="deadbeef"]')).toHaveAttribute(
    'data-version-mode',
    'separate',
  );
  await expect(page.locator('[data-version-notes] [data-version="deadbeef"]')).toContainText(
    '这个版本没有登记',
  );
  await expect(page.locator('[data-item-stats] [data-item]')).toHaveCount(1);
  await expect(page.locator('[data-item-stats] [data-item]')).toHaveAttribute('data-facility', '');
  await expect(
    page.locator('[data-version-stats="deadbeef"] [data-version-item="risks-01"]'),
  ).toHaveAttribute('data-facility', '1.00');
  expect(errors).toEqual([]);
});

test('组卷：不选内容、不填标题时列出要改的地方；筛选按模块、危机类型和题型', async ({ page }) => {
  const errors = await watch(page);
  await page.goto('/trainer/');
  await page.locator('[data-builder-form] button[type="submit"]').click();
  const problems = page.locator('[data-builder-problem-list] li');
  await expect(problems).toHaveText([
    '请填写作业标题（最多 60 个字，不要包含换行、零宽空格等看不见的字符）。',
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
      await emulateScheme(p, scheme);
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

test('12 名学员各用一台设备完成作业，汇总页的逐题分析：答对率、区分度、选项人数、标记、演练路径、六项标准、导出与打印', async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const trainerErrors = await watch(page);
  const questions = ['risks-01', 'risks-02', 'risks-03', 'risks-09'];
  const link = await buildAssignment(page, {
    title: '第三周复盘',
    passMark: '60',
    questions,
    drills: ['drill-double-sold'],
  });
  const decoded = decodeAssignmentCode(link.slice(link.indexOf('#') + 1));
  if (!decoded.ok) throw new Error(decoded.error.message);
  const assignment = decoded.value;
  const scoring = realScoringContent();
  const correct = (id: string) => {
    const key = scoring.questions[id];
    if (!key || (key.type !== 'single' && key.type !== 'multiple')) throw new Error(id);
    return key.correct;
  };
  const rightOf = (id: string) => correct(id).flatMap((r, i) => (r ? [i] : []));
  const wrongOf = (id: string) => correct(id).flatMap((r, i) => (r ? [] : [i]));
  const best = drillPath('drill-double-sold', 'best');
  const worst = drillPath('drill-double-sold', 'worst');

  // Learners 0–5 are strong (best drill path), 6–11 weak (worst path). risks-01: all right;
  // risks-02: only 0 and 3; risks-03: only the weak (a misleading item); risks-09 (multiple):
  // all correct options for the strong, one right and one wrong for the weak.
  const picks = (n: number): Record<string, number[]> => ({
    'risks-01': [correctOption('risks-01')],
    'risks-02': n === 0 || n === 3 ? rightOf('risks-02') : [wrongOf('risks-02')[0] ?? 0],
    'risks-03': n >= 6 ? rightOf('risks-03') : [wrongOf('risks-03')[0] ?? 0],
    'risks-09':
      n < 6
        ? rightOf('risks-09')
        : [rightOf('risks-09')[0] ?? 0, wrongOf('risks-09')[0] ?? 0].sort(),
  });
  const path = (n: number) => (n < 6 ? best : worst);

  // Three trainees take it on their own phones through the real page.
  const codes: string[] = [];
  for (const n of [0, 1, 6]) {
    const trainee = await openAsTrainee(browser, link);
    const take = trainee.page;
    await startAs(take, `学员${n}`, `T${String(n).padStart(2, '0')}`);
    for (const [id, options] of Object.entries(picks(n)))
      for (const option of options)
        await take.locator(`[data-question="${id}"] input[value="${option}"]`).check();
    await take.locator('[data-quiz-submit]').click();
    await take.locator('[data-take-next]').click();
    await playDoubleSold(take, path(n));
    await take.locator('[data-take-next]').click();
    codes.push((await take.locator('[data-result-code]').textContent()) ?? '');
    expect(trainee.errors).toEqual([]);
    await trainee.context.close();
  }
  // The other nine hand in codes built the way the take page builds them.
  for (const n of [2, 3, 4, 5, 7, 8, 9, 10, 11]) {
    const p = picks(n);
    codes.push(
      encodeResultCode({
        assignment,
        contentVersion: scoring.version,
        name: `学员${n}`,
        employeeId: `T${String(n).padStart(2, '0')}`,
        attempt: 1,
        startedAt: Date.UTC(2025, 2, 9, 1) + n * 60_000,
        finishedAt: Date.UTC(2025, 2, 9, 1, 20) + n * 60_000,
        timedOut: false,
        quizSeconds: 600,
        answers: questions.map((id): CodedAnswer => ({
          type: correct(id).filter(Boolean).length > 1 ? 'multiple' : 'single',
          selected: p[id] ?? [],
        })),
        drills: [{ choices: path(n).choices, seconds: 300 }],
      }),
    );
  }
  // A code from another assignment is left out of the analysis, with a message.
  const other = encodeResultCode({
    assignment: { ...assignment, title: '别的作业', questions: ['risks-01'], drills: [] },
    contentVersion: scoring.version,
    name: '外人',
    employeeId: 'X01',
    attempt: 1,
    startedAt: Date.UTC(2025, 2, 9, 1),
    finishedAt: Date.UTC(2025, 2, 9, 1, 5),
    timedOut: false,
    quizSeconds: 60,
    answers: [{ type: 'single', selected: [correctOption('risks-01')] }],
    drills: [],
  });

  await page.goto('/trainer/report/');
  await page.locator('textarea[data-result-codes]').fill([...codes, other].join('\n'));
  await page.locator('[data-report-expected]').fill(link);
  await page.getByRole('button', { name: '生成汇总' }).click();
  await expect(page.locator('[data-result-row]')).toHaveCount(12);
  await expect(page.locator('[data-report-group]')).toHaveCount(1);
  await expect(page.locator('[data-report-others]')).toHaveText(
    /另有 1 个成绩码属于其他作业（“别的作业”），没有计入分析/,
  );

  // One row per question and per decision point of the drill.
  const drill = realContent().drills.find((d) => d.id === 'drill-double-sold');
  const nodes = drill?.nodes.map((node) => node.id) ?? [];
  const table = page.locator('[data-item-stats]');
  await expect(table.locator('[data-item]')).toHaveCount(questions.length + nodes.length);
  await expect(page.locator('[data-few-codes]')).toBeHidden();

  const row = (id: string) => table.locator(`[data-item="${id}"]`);
  const counts = (id: string) =>
    row(id)
      .locator('[data-choice-count]')
      .evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.choiceCount)));
  const bests = (id: string) =>
    row(id)
      .locator('[data-choice-count]')
      .evaluateAll((els) =>
        els.flatMap((el, i) => ('best' in (el as HTMLElement).dataset ? [i] : [])),
      );

  // risks-01: everyone right. Too easy, and its wrong options never picked.
  await expect(row('risks-01')).toHaveAttribute('data-facility', '1.00');
  await expect(row('risks-01')).toHaveAttribute('data-discrimination', '0.00');
  expect(await counts('risks-01')).toEqual(correct('risks-01').map((r) => (r ? 12 : 0)));
  expect(await bests('risks-01')).toEqual(rightOf('risks-01'));
  await expect(row('risks-01').locator('[data-item-flag="too-easy"]')).toHaveText(
    '太容易：答对率 1.00，高于 0.9',
  );
  await expect(row('risks-01').locator('[data-item-flag="unused-distractor"]')).toContainText(
    '没人选的干扰项',
  );

  // risks-02: 2 of 12 right. Too hard.
  await expect(row('risks-02')).toHaveAttribute('data-facility', '0.17');
  await expect(row('risks-02').locator('[data-item-flag="too-hard"]')).toHaveText(
    '太难：答对率 0.17，低于 0.2',
  );

  // risks-03: only the weak got it: the strong-minus-weak difference is −1.
  await expect(row('risks-03')).toHaveAttribute('data-facility', '0.50');
  await expect(row('risks-03')).toHaveAttribute('data-discrimination', '-1.00');
  await expect(row('risks-03').locator('[data-item-flag="negative-discrimination"]')).toContainText(
    '区分度为负（-1.00）：总分高的人反而更常答错',
  );

  // risks-09 (multiple): every correct option is marked; counts follow the content order.
  expect(await bests('risks-09')).toEqual(rightOf('risks-09'));
  const nine = correct('risks-09').map(
    (_, i) => [...Array(12).keys()].filter((n) => (picks(n)['risks-09'] ?? []).includes(i)).length,
  );
  expect(await counts('risks-09')).toEqual(nine);

  // The first decision point: six took the best choice, six the worst, by content index.
  const start = row(`drill-double-sold:${drill?.start}`);
  await expect(start).toHaveAttribute('data-facility', '0.50');
  const startCounts = await counts(`drill-double-sold:${drill?.start}`);
  expect(startCounts[best.choices[0] ?? -1]).toBe(6);
  expect(startCounts[worst.choices[0] ?? -1]).toBe(6);
  expect(await bests(`drill-double-sold:${drill?.start}`)).toEqual([best.choices[0]]);

  // 先看这里: the misleading question first; the wrong moves half the class made.
  await expect(page.locator('[data-review]').first()).toHaveAttribute('data-review', 'risks-03');
  // The six on the worst path all made the same moves where only they went.
  await expect(page.locator('[data-common-mistake]').first()).toHaveAttribute(
    'data-common-mistake',
    /^drill-double-sold:/,
  );
  await expect(page.locator('[data-common-mistake]').first()).toContainText('6 人（100%）选了');

  // Drill paths: the endings with counts and the most common path.
  const paths = page.locator('[data-drill-path="drill-double-sold"]');
  await expect(paths).toContainText('12 人做了这个演练');
  await expect(paths.locator(`[data-ending="${best.ending}"]`)).toHaveAttribute('data-count', '6');
  await expect(paths.locator(`[data-ending="${worst.ending}"]`)).toHaveAttribute('data-count', '6');
  await expect(paths.locator('[data-common-path]')).toHaveAttribute('data-count', '6');

  // People × standards: a number in every cell, sortable by a standard and back by person.
  const grid = page.locator('[data-standards-grid]');
  await expect(grid.locator('[data-grid-row]')).toHaveCount(12);
  await expect(grid.locator('th[aria-sort="ascending"] [data-grid-sort="person"]')).toHaveCount(1);
  const values = () =>
    grid
      .locator('[data-grid-cell="timeliness"]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.value ?? ''));
  expect((await values()).every((v) => /^\d+$/.test(v))).toBe(true);
  await grid.locator('[data-grid-sort="timeliness"]').click();
  const up = (await values()).map(Number);
  expect(up).toEqual([...up].sort((a, b) => a - b));
  await grid.locator('[data-grid-sort="timeliness"]').click();
  await expect(
    grid.locator('th[aria-sort="descending"] [data-grid-sort="timeliness"]'),
  ).toHaveCount(1);
  const down = (await values()).map(Number);
  expect(down).toEqual([...down].sort((a, b) => b - a));
  await grid.locator('[data-grid-sort="person"]').click();
  await expect(grid.locator('[data-grid-row] th').first()).toContainText('学员0');

  // The page says how content versions were read.
  await expect(page.locator('[data-version-notes] li')).toHaveAttribute(
    'data-version-mode',
    'current',
  );

  // Exports: both CSV files start with a byte-order mark so Excel and WPS read the Chinese.
  const save = async (selector: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(selector).click(),
    ]);
    return {
      name: download.suggestedFilename(),
      text: readFileSync((await download.path()) ?? '', 'utf8'),
    };
  };
  const items = await save('[data-item-csv]');
  expect(items.name).toBe('逐题分析-第三周复盘.csv');
  expect(
    items.text.startsWith('\ufeff作业,分析范围,编号,类型,题目 / 决策点,作答人数,答对率,区分度'),
  ).toBe(true);
  const itemLines = items.text.split('\r\n');
  expect(itemLines).toHaveLength(questions.length + nodes.length + 2);
  expect(itemLines.find((l) => l.includes(',risks-03,'))).toMatch(/,12,0\.50,-1\.00,50,/);
  const gridCsv = await save('[data-grid-csv]');
  expect(gridCsv.name).toBe('六项标准-第三周复盘.csv');
  expect(
    gridCsv.text.startsWith('\ufeff姓名,工号,总分,及时性,有效性,透明度,责任感,持续性,灵活性\r\n'),
  ).toBe(true);
  expect(gridCsv.text.split('\r\n')).toHaveLength(14);

  // The print view: only the report, on A4.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-report-form]')).toBeHidden();
  await expect(page.locator('[data-report-group] .actions')).toBeHidden();
  await expect(table).toBeVisible();
  await expect(grid).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.length).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });

  // axe with the data on the page, light and dark, at phone width.
  await page.setViewportSize({ width: 390, height: 844 });
  const violations: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await emulateScheme(page, scheme);
    violations.push(...(await axe(page)).map((v) => `${scheme}: ${v}`));
  }
  expect(violations).toEqual([]);
  expect(trainerErrors).toEqual([]);
});
