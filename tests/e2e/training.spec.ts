import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { AnswerKey } from '../../src/lib/quiz/score-question';
import { drillPath } from '../support/content-answers';
import type { TrainingPlan } from '../../src/lib/training/plan';
import { emulateScheme } from './theme';

const moduleId = 'crisis-basics';
const moduleUrl = `/training/${moduleId}/`;
const checkUrl = `/training/${moduleId}/check/`;

/** Fails the test on any console error or uncaught exception. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

async function planOf(page: Page): Promise<TrainingPlan> {
  return JSON.parse(
    (await page.locator('script[data-training-plan]').first().textContent()) ?? '{}',
  ) as TrainingPlan;
}

function stepsOf(plan: TrainingPlan): number {
  return plan.modules.reduce((sum, m) => sum + m.lessons.length + 1 + m.drills.length, 0);
}

/**
 * Answers every question now shown by the quiz from the page's own answer keys. `wrong` lists
 * question ids to answer wrongly on purpose (single choice only: the first wrong option).
 */
async function answerShownQuestions(
  page: Page,
  wrong: (key: AnswerKey) => boolean = () => false,
): Promise<string[]> {
  const keys = JSON.parse(
    (await page.locator('[data-answer-keys]').textContent()) ?? '[]',
  ) as AnswerKey[];
  const byId = new Map(keys.map((k) => [k.id, k]));
  const shown = page.locator('[data-question]:not([hidden])');
  const missed: string[] = [];
  for (const item of await shown.all()) {
    const id = (await item.getAttribute('data-question')) ?? '';
    const key = byId.get(id);
    if (!key) throw new Error(`no answer key for ${id}`);
    if (key.type === 'single' && wrong(key)) {
      await item.locator(`input[value="${key.correct.indexOf(false)}"]`).check();
      missed.push(id);
      continue;
    }
    switch (key.type) {
      case 'single':
      case 'multiple':
        for (const [i, right] of key.correct.entries())
          if (right) await item.locator(`input[value="${i}"]`).check();
        break;
      case 'ordering':
        // data-item is each item's place in the right order.
        await item.locator('[data-order-list]').evaluate((list) => {
          const items = [...list.children] as HTMLElement[];
          items.sort((a, b) => Number(a.dataset.item) - Number(b.dataset.item));
          list.append(...items);
        });
        break;
      case 'categorise':
        for (const [i, category] of key.expected.entries()) {
          await item.locator(`[data-category-for="${i}"]`).selectOption(category);
        }
        break;
    }
  }
  return missed;
}

/** Takes the module's knowledge check; returns the ids answered wrongly. */
async function takeCheck(page: Page, wrong?: (key: AnswerKey) => boolean): Promise<string[]> {
  await page.goto(checkUrl);
  await page.locator('[data-quiz-start]').click();
  await expect(page.locator('[data-question]:not([hidden])')).toHaveCount(10);
  const missed = await answerShownQuestions(page, wrong);
  await page.locator('[data-quiz-submit]').click();
  await expect(page.locator('[data-record-status]')).toContainText('成绩已记入学习进度');
  return missed;
}

/** Plays a drill to an ending, always taking the first choice. */
async function finishDrill(page: Page, drill: string) {
  await page.goto(`/drills/${drill}/`);
  await page.locator('[data-start]').click();
  for (let step = 0; step < 20 && !(await page.locator('[data-result]').isVisible()); step++) {
    await page.locator('.node.current button[data-choice]').first().click();
    await page.locator('.node.current [data-continue]').click();
  }
  await expect(page.locator('[data-result]')).toBeVisible();
}

async function readAllLessons(page: Page) {
  await page.goto(moduleUrl);
  const boxes = page.locator('input[data-lesson-read]');
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) await box.check();
}

test('读完课程、通过知识检查、完成演练：模块显示已完成，首页显示总进度和下一步', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto(moduleUrl);
  const plan = await planOf(page);
  const module = plan.modules.find((m) => m.id === moduleId)!;
  const status = page.locator(`[data-module-progress="${moduleId}"] [data-module-summary]`);
  await expect(status).toContainText(`课程 0/${module.lessons.length}`);

  await readAllLessons(page);
  await expect(status).toContainText(`课程 ${module.lessons.length}/${module.lessons.length}`);
  // Marks survive a reload.
  await page.reload();
  await expect(page.locator('input[data-lesson-read]:checked')).toHaveCount(module.lessons.length);
  await expect(page.locator('a[data-module-next]')).toContainText('做知识检查');

  await takeCheck(page);
  await expect(page.locator('[data-quiz-score]')).toHaveText('100 分');
  await expect(page.locator('[data-check-status]')).toHaveText('知识检查：100 分，已通过');

  for (const drill of module.drills) await finishDrill(page, drill.id);

  await page.goto('/');
  // Lessons and drills shared with later modules count there too.
  const read = new Set(module.lessons.map((l) => l.entry));
  const drilled = new Set(module.drills.map((d) => d.id));
  const steps =
    1 +
    plan.modules.reduce(
      (sum, m) =>
        sum +
        m.lessons.filter((l) => read.has(l.entry)).length +
        m.drills.filter((d) => drilled.has(d.id)).length,
      0,
    );
  const total = stepsOf(plan);
  const percent = Math.floor((steps / total) * 100);
  const progress = page.locator('[data-progress]');
  await expect(progress).toContainText(`已完成 ${steps}/${total} 步（${percent}%）`);
  await expect(progress).toContainText(`完成模块 1/${plan.modules.length} 个`);
  await expect(progress).toHaveAttribute('data-percent', String(percent));
  const next = plan.modules[1]!;
  const cont = page.locator('a[data-continue]');
  await expect(cont).toContainText(`继续学习：${next.title}`);
  await expect(cont).toHaveAttribute('href', `${next.href}#lesson-${next.lessons[0]!.entry}`);

  await page.goto('/training/');
  await expect(page.locator('[data-module]')).toHaveCount(plan.modules.length);
  await expect(page.locator(`[data-module="${moduleId}"] [data-module-state]`)).toHaveText(
    '已完成',
  );
  await expect(page.locator(`[data-module="${next.id}"] [data-module-current]`)).toBeVisible();
  await expect(page.locator(`[data-module="${moduleId}"] [data-module-current]`)).toBeHidden();
  expect(errors).toEqual([]);
});

test('导出学习记录，清空本机存储后导入：进度、演练、复习队列都一样；再导入一次没有变化', async ({
  page,
}, info) => {
  await readAllLessons(page);
  await takeCheck(page, () => true); // every single-choice question wrong: a failed check and a review queue
  await finishDrill(page, 'drill-double-sold');

  await page.goto('/');
  // Both panels are drawn by their elements after load: wait for the drawn text, then read it.
  await expect(page.locator('[data-progress]')).toContainText(/已完成 [1-9]\d*\//);
  const before = await page.locator('[data-progress]').textContent();
  await page.goto('/review/');
  await expect(page.locator('[data-review-summary]')).toContainText(/今天有 \d+ 道题要复习/);
  const dueBefore = await page.locator('[data-review-summary]').textContent();

  await page.goto('/training/');
  const download = page.waitForEvent('download');
  await page.locator('[data-export]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^培训记录-\d{4}-\d\d-\d\d\.json$/);
  const saved = info.outputPath('export.json');
  await file.saveAs(saved);
  const exported = JSON.parse(readFileSync(saved, 'utf8'));
  expect(exported.sections.lessons.items).toHaveLength(5);
  expect(exported.sections.attempts.items).toHaveLength(1);
  expect(exported.sections.review.items.length).toBeGreaterThan(0);
  await expect(page.locator('[data-transfer-message]')).toContainText('已导出');

  await page.evaluate(() => localStorage.clear());
  await page.goto('/');
  await expect(page.locator('[data-progress]')).toContainText('已完成 0/');

  await page.goto('/training/');
  await page.locator('input[data-import]').setInputFiles(saved);
  await expect(page.locator('[data-transfer-message]')).toContainText(
    '导入完成：新增或更新了课程阅读 5 条',
  );
  await expect(page.locator('[data-transfer-message]')).toContainText('演练记录 1 条');

  await page.goto('/');
  await expect(page.locator('[data-progress]')).toHaveText(before ?? '');
  await page.goto('/review/');
  await expect(page.locator('[data-review-summary]')).toHaveText(dueBefore ?? '');
  await page.goto('/drills/');
  await expect(page.locator('[data-best-score="drill-double-sold"]')).not.toHaveText('未练习');

  await page.goto('/training/');
  await page.locator('input[data-import]').setInputFiles(saved);
  await expect(page.locator('[data-transfer-message]')).toHaveText(
    '导入完成：文件里的记录这台设备都已经有了，进度没有变化。',
  );
});

test('第一次保存进度时请求浏览器长期保存；学习记录一栏说明保存状态和上次导出时间', async ({
  page,
}) => {
  // The browser's answer is stubbed: it grants persistence when asked, and remembers it for the tab.
  await page.addInitScript(() => {
    const granted = () => sessionStorage.getItem('granted') === '1';
    Object.defineProperty(navigator, 'storage', {
      value: {
        persisted: async () => granted(),
        persist: async () => {
          sessionStorage.setItem('asked', String(Number(sessionStorage.getItem('asked') ?? 0) + 1));
          sessionStorage.setItem('granted', '1');
          return true;
        },
      },
    });
  });
  const safety = page.locator('[data-records-safety]');
  await page.goto('/training/');
  await expect(safety).toHaveText(/可能在空间不足.*还没有导出过学习记录。建议现在导出/);
  await expect(safety).toHaveClass(/warn/);
  expect(await page.evaluate(() => sessionStorage.getItem('asked'))).toBeNull();

  await readAllLessons(page);
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('asked'))).toBe('1');
  await page.goto('/training/');
  await expect(safety).toHaveText(
    '浏览器已同意长期保存本站的记录：空间不足时也不会自动清除。还没有导出过学习记录。',
  );
  await expect(safety).not.toHaveClass(/warn/);

  const download = page.waitForEvent('download');
  await page.locator('[data-export]').click();
  await download;
  await expect(safety).toContainText(/上次导出：\d{4}-\d\d-\d\d \d\d:\d\d。/);
  await page.reload();
  await expect(safety).toContainText(/上次导出：\d{4}-\d\d-\d\d \d\d:\d\d。/);
});

test('导入不会覆盖本机更新的进度', async ({ page }, info) => {
  await page.goto(moduleUrl);
  const first = page.locator('input[data-lesson-read]').first();
  await first.check();
  const download = page.waitForEvent('download');
  await page.goto('/training/');
  await page.locator('[data-export]').click();
  const saved = info.outputPath('older.json');
  await (await download).saveAs(saved);

  // Afterwards, on this device, the lesson is marked unread again: that is the newer record.
  await page.goto(moduleUrl);
  await first.uncheck();
  await page.goto('/training/');
  await page.locator('input[data-import]').setInputFiles(saved);
  await expect(page.locator('[data-transfer-message]')).toContainText(
    '1 条记录比这台设备上的旧，保留了本机较新的进度',
  );
  await page.goto(moduleUrl);
  await expect(first).not.toBeChecked();
});

test('导入坏文件：说明原因且不改动进度；部分损坏的文件保留每一条有效记录', async ({
  page,
}, info) => {
  await page.goto('/training/');
  const input = page.locator('input[data-import]');
  const message = page.locator('[data-transfer-message]');
  const write = (name: string, text: string) => {
    const path = info.outputPath(name);
    writeFileSync(path, text);
    return path;
  };

  await input.setInputFiles(
    write('broken.json', '{"kind": "kesu-weiji-shouce/training-records", "sections": {'),
  );
  await expect(message).toHaveText(/内容不是完整的 JSON/);
  await expect(message).toHaveClass(/problem/);

  await input.setInputFiles(write('other.json', JSON.stringify({ hello: 'world' })));
  await expect(message).toHaveText(/不是本站导出的学习记录/);

  await input.setInputFiles(write('empty.json', ''));
  await expect(message).toHaveText(/这个文件是空的/);

  const plan = await planOf(page);
  const [a, b] = plan.modules[0]!.lessons;
  const partial = {
    kind: 'kesu-weiji-shouce/training-records',
    version: 1,
    sections: {
      lessons: {
        v: 1,
        items: [
          { entry: a!.entry, read: true, at: 1_700_000_000_000 },
          { entry: b!.entry, read: 'yes', at: 'yesterday' },
          { entry: b!.entry, read: true, at: 1_700_000_000_001 },
        ],
      },
      checks: { v: 1, items: [{ module: moduleId, percent: 900 }] },
      review: 'not a list',
    },
  };
  await input.setInputFiles(write('partial.json', JSON.stringify(partial)));
  await expect(message).toHaveText(/导入完成：新增或更新了课程阅读 2 条。3 条记录格式不对，已跳过/);
  await expect(message).toHaveClass(/ok/);
  await page.goto(moduleUrl);
  await expect(page.locator('input[data-lesson-read]:checked')).toHaveCount(2);
});

test('知识检查答错的题进入复习队列；复习时作答后按间隔重新安排', async ({ page }) => {
  const errors = watchErrors(page);
  let asked = 0;
  const missed = await takeCheck(page, (key) => key.type === 'single' && asked++ === 0);
  expect(missed).toHaveLength(1);
  const id = missed[0]!;
  await expect(page.locator('[data-record-status]')).toContainText(
    '1 道没有全对的题已加入复习队列',
  );

  await page.goto('/review/');
  await expect(page.locator('[data-review-summary]')).toHaveText('今天有 1 道题要复习。');
  const due = page.locator(`[data-review-due-list] [data-review-item="${id}"]`);
  await expect(due).toBeVisible();
  await expect(due).toContainText('来自：知识检查：客户危机基础');
  const prompt = await page.locator(`[data-question="${id}"] legend`).textContent();
  expect(prompt).toContain((await due.locator('.prompt').textContent()) ?? 'missing');

  // Answer it right until FSRS moves it out of today (learning steps, then days).
  for (let round = 0; round < 4 && (await due.count()) > 0; round++) {
    await page.locator(round === 0 ? '[data-quiz-start]' : '[data-quiz-retry]').click();
    await expect(page.locator('[data-question]:not([hidden])')).toHaveCount(1);
    await expect(page.locator(`[data-question="${id}"]`)).toBeVisible();
    await answerShownQuestions(page);
    await page.locator('[data-quiz-submit]').click();
    await expect(page.locator('[data-quiz-verdict]')).toContainText('本轮答对 1/1 题');
  }
  await expect(due).toHaveCount(0);
  await expect(page.locator(`[data-review-later-list] [data-review-item="${id}"]`)).toContainText(
    '到期',
  );
  await expect(page.locator('[data-review-summary]')).toContainText('今天没有要复习的题');
  await expect(page.locator('[data-quiz-retry]')).toBeHidden();
  const card = await page.evaluate(
    () => JSON.parse(localStorage.getItem('cp:review') ?? '{}').items[0],
  );
  expect(card.question).toBe(id);
  expect(card.due).toBeGreaterThan(Date.now() + 12 * 3600 * 1000);
  expect(errors).toEqual([]);
});

test('复习队列为空时说明原因；题库练习答错的题同样进入复习队列', async ({ page }) => {
  await page.goto('/review/');
  await expect(page.locator('[data-review-summary]')).toContainText('复习队列是空的');
  await expect(page.locator('[data-review-quiz]')).toBeHidden();

  await page.goto('/quiz/qs-ten-risks/');
  await page.locator('[data-quiz-start]').click();
  await page.locator('[data-quiz-submit]').click();
  await page.locator('[data-quiz-submit]').click();
  await expect(page.locator('[data-record-status]')).toContainText('道没有全对的题已加入复习队列');
  await expect(page.locator('[data-record-status]')).not.toContainText('成绩已记入');
  await page.goto('/review/');
  await expect(page.locator('[data-review-due-list] li')).not.toHaveCount(0);
  await expect(page.locator('[data-review-due-list] li').first()).toContainText('来自：知识题库');
});

test('没走到最好结局的演练列在复习页，附最高分和次数；走到最好结局后不再列出', async ({ page }) => {
  const play = async (path: number[]) => {
    await page.goto('/drills/drill-double-sold/');
    await page.locator('[data-start]').click();
    for (const index of path) {
      await page.locator(`.node.current button[data-choice][data-index="${index}"]`).click();
      await page.locator('.node.current [data-continue]').click();
    }
    await expect(page.locator('[data-result]')).toBeVisible();
  };
  const worst = drillPath('drill-double-sold', 'worst');
  const second = drillPath('drill-double-sold', 'second');
  const best = drillPath('drill-double-sold', 'best');
  expect(worst.outcome).not.toBe('good');
  expect(second.outcome).not.toBe('good');
  expect(best.outcome).toBe('good');
  const replay = page.locator('cp-drill-replay');
  const item = page.locator('[data-replay-drill="drill-double-sold"]');

  await page.goto('/review/');
  await expect(page.locator('[data-review-summary]')).toContainText('复习队列是空的');
  await expect(replay).toBeHidden();

  await play(worst.choices);
  await page.goto('/review/');
  await expect(item).toContainText(`最高 ${worst.percent}% · 练过 1 次`);
  await play(second.choices);
  await page.goto('/review/');
  await expect(replay.locator('h2')).toContainText('建议重练的演练（1）');
  await expect(item).toContainText(`最高 ${Math.max(worst.percent, second.percent)}% · 练过 2 次`);
  await item.getByRole('link').click();
  await expect(page).toHaveURL(/\/drills\/drill-double-sold\/$/);

  await play(best.choices); // the good ending
  await page.goto('/review/');
  await expect(page.locator('[data-review-summary]')).toContainText('复习队列是空的');
  await expect(replay).toBeHidden();
  await expect(item).toHaveCount(0);
});

test('本地存储已满：提示学习者，勾选照常生效，页面不报错', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(moduleUrl);
  // Fill this origin's storage to the last character, as a device that is really full.
  await page.evaluate(() => {
    let size = 4 * 1024 * 1024;
    for (let i = 0; size >= 1; i++) {
      try {
        localStorage.setItem(`filler-${i}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  const first = page.locator('input[data-lesson-read]').first();
  await first.check();
  await expect(page.locator('[data-storage-notice]')).toContainText('本地存储空间已满');
  await expect(first).toBeChecked();
  await expect(page.locator('[data-module-summary]')).toContainText('课程 1/');
  expect(errors).toEqual([]);
});

test('浏览器禁用本地存储：提示学习者，本页仍可学习和导入', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto(moduleUrl);
  await expect(page.locator('[data-storage-notice]')).toContainText('浏览器不允许本站使用本地存储');
  await page.locator('input[data-lesson-read]').first().check();
  await expect(page.locator('[data-module-summary]')).toContainText('课程 1/');
  await page.goto('/training/');
  await expect(page.locator('[data-storage-notice]')).toContainText('浏览器不允许本站使用本地存储');
  await expect(page.locator('[data-progress]')).toContainText('已完成 0/');
  const plan = await planOf(page);
  const file = {
    kind: 'kesu-weiji-shouce/training-records',
    version: 1,
    sections: {
      lessons: { v: 1, items: [{ entry: plan.modules[0]!.lessons[0]!.entry, read: true, at: 1 }] },
    },
  };
  await page.locator('input[data-import]').setInputFiles({
    name: 'r.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.locator('[data-transfer-message]')).toContainText('导入的记录只在当前页面有效');
  await expect(page.locator('[data-progress]')).toContainText('已完成 1/');
  expect(errors).toEqual([]);
});

test('内容变更：已删除的课程、模块和题目的记录不计入进度，也不报错', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript((id) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const at = 1_700_000_000_000;
    localStorage.setItem(
      'cp:lessons',
      JSON.stringify({ v: 1, items: [{ entry: 'removed-lesson', read: true, at }] }),
    );
    localStorage.setItem(
      'cp:checks',
      JSON.stringify({
        v: 1,
        items: [{ module: 'removed-module', at, percent: 100, passMark: 80, asked: 10 }],
      }),
    );
    const card = {
      question: 'removed-question',
      due: at,
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 1,
      updated: at,
    };
    localStorage.setItem('cp:review', JSON.stringify({ v: 1, items: [card] }));
    localStorage.setItem('cp:attempts', JSON.stringify({ v: 1, items: [] }));
    void id;
  }, moduleId);
  await page.goto('/');
  await expect(page.locator('[data-progress]')).toContainText('已完成 0/');
  await expect(page.locator('[data-review-due]')).toHaveText('今天没有要复习的题');
  await page.goto('/review/');
  await expect(page.locator('[data-review-summary]')).toContainText('复习队列是空的');
  await page.goto(moduleUrl);
  await page.locator('input[data-lesson-read]').first().check();
  // The old records are still kept (content may come back); only the current content counts.
  const lessons = await page.evaluate(() => localStorage.getItem('cp:lessons'));
  expect(lessons).toContain('removed-lesson');
  await expect(page.locator('[data-module-summary]')).toContainText('课程 1/');
  expect(errors).toEqual([]);
});

test('结业证书：未全部通过时列出还差什么；全部通过后显示姓名（按文本）、日期和成绩', async ({
  page,
}) => {
  await page.goto('/training/certificate/');
  const plan = await planOf(page);
  await expect(page.locator('[data-certificate]')).toBeHidden();
  await expect(page.locator('[data-missing-text]')).toContainText(
    `还有 ${plan.modules.length} 个模块`,
  );
  await expect(page.locator('[data-missing-module]:visible')).toHaveCount(plan.modules.length);

  const passedAt = new Date(2025, 2, 3, 10).getTime();
  await page.evaluate(
    ({ modules, at }) => {
      const items = modules.map((m, i) => ({
        module: m,
        at: at - i * 1000,
        percent: 90 + (i % 2) * 10,
        passMark: 80,
        asked: 10,
      }));
      items.push({
        module: modules[0]!,
        at: at - 86_400_000,
        percent: 50,
        passMark: 80,
        asked: 10,
      });
      localStorage.setItem('cp:checks', JSON.stringify({ v: 1, items: items.slice(1) }));
    },
    { modules: plan.modules.map((m) => m.id), at: passedAt },
  );
  await page.reload();
  await expect(page.locator('[data-certificate]')).toBeHidden();
  await expect(page.locator('[data-missing-text]')).toContainText('还有 1 个模块');
  await expect(page.locator(`[data-missing-module="${plan.modules[0]!.id}"]`)).toContainText(
    '最好 50 分，还差 30 分及格',
  );

  await page.evaluate(
    ({ module, at }) => {
      const stored = JSON.parse(localStorage.getItem('cp:checks') ?? '{}');
      stored.items.push({ module, at, percent: 95, passMark: 80, asked: 10 });
      localStorage.setItem('cp:checks', JSON.stringify(stored));
    },
    { module: plan.modules[0]!.id, at: passedAt },
  );
  await page.reload();
  const certificate = page.locator('[data-certificate]');
  await expect(certificate).toBeVisible();
  await expect(page.locator('[data-certificate-missing]')).toBeHidden();
  await expect(
    certificate.locator(`[data-certificate-row="${plan.modules[0]!.id}"] [data-score]`),
  ).toHaveText('95 分');
  await expect(certificate.locator('[data-certificate-date]')).toHaveText('颁发日期：2025年3月3日');

  const typed = '<img src=x onerror="document.title=1">张三';
  await page.locator('input[data-name-input]').fill(typed);
  await expect(certificate.locator('[data-certificate-name]')).toHaveText(typed);
  await expect(certificate.locator('img')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-certificate-name]')).toHaveText(typed);
  await expect(page.locator('input[data-name-input]')).toHaveValue(typed);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('[data-name-form]')).toBeHidden();
  await expect(certificate).toBeVisible();
});

test('有进度、有复习题、证书可打印时，培训页面在浅色和深色下都没有 axe 违规', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/training/');
  const plan = await planOf(page);
  await page.evaluate((modules) => {
    const now = Date.now();
    const lessons = modules.flatMap((m) =>
      m.lessons.slice(0, 2).map((l) => ({ entry: l.entry, read: true, at: now })),
    );
    const checks = modules.map((m, i) => ({
      module: m.id,
      at: now - i,
      percent: i === 1 ? 40 : 90,
      passMark: 80,
      asked: 10,
    }));
    const card = (question: string, due: number) => ({
      question,
      source: 'review',
      due,
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 1,
      lapses: 1,
      state: 1,
      updated: now,
    });
    localStorage.setItem('cp:lessons', JSON.stringify({ v: 1, items: lessons }));
    localStorage.setItem('cp:checks', JSON.stringify({ v: 1, items: checks }));
    localStorage.setItem(
      'cp:review',
      JSON.stringify({
        v: 1,
        items: [card('crisis-01', now), card('crisis-02', now + 5 * 86_400_000)],
      }),
    );
    localStorage.setItem(
      'cp:learner',
      JSON.stringify({ v: 1, items: [{ name: '张三', at: now }] }),
    );
    // A drill that ended badly, so /review/ lists it for replay.
    const attempt = {
      drill: 'drill-double-sold',
      at: now,
      choices: [1, 1, 1],
      ending: 'end-bad',
      percent: 5,
      standards: {},
      seconds: 60,
    };
    localStorage.setItem('cp:attempts', JSON.stringify({ v: 1, items: [attempt] }));
  }, plan.modules);
  const pages = ['/', '/training/', moduleUrl, checkUrl, '/review/', '/training/certificate/'];
  const violations: string[] = [];
  for (const path of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      await emulateScheme(page, scheme);
      await page.goto(path);
      if (path === '/review/') {
        await expect(page.locator('[data-replay-drill="drill-double-sold"]')).toBeVisible();
        await page.locator('[data-quiz-start]').click();
      }
      if (path === '/training/') {
        await page.locator('input[data-import]').setInputFiles({
          name: 'x.json',
          mimeType: 'application/json',
          buffer: Buffer.from('nope'),
        });
        await expect(page.locator('[data-transfer-message]')).not.toBeEmpty();
      }
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .setLegacyMode(true)
        .options({ resultTypes: ['violations'] })
        .analyze();
      violations.push(
        ...result.violations.map(
          (v) => `${path} ${scheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        ),
      );
    }
  }
  expect(violations).toEqual([]);
});
