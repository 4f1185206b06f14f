import { expect, test, type Page } from '@playwright/test';

const url = '/drills/drill-double-sold/';

async function competency(page: Page, id: string) {
  return page.locator(`[data-competency="${id}"] [data-competency-value]`);
}

/** Picks the choice at `index` in the current decision point by keyboard, then continues. */
async function chooseByKeyboard(page: Page, index: number) {
  const choices = page.locator('.node.current button[data-choice]');
  await choices.nth(index).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.node.current [data-continue]')).toBeFocused();
  await page.keyboard.press('Enter');
}

test('用键盘把分支演练走到“现场平息但没有记录”，得到准确的总分和六项得分', async ({ page }) => {
  await page.goto(url);
  const drill = page.locator('[data-drill="drill-double-sold"]');
  await drill.locator('[data-start]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.node.current h3')).toBeFocused();
  for (const index of [0, 0, 2, 1]) await chooseByKeyboard(page, index);

  await expect(page.locator('.ending.current')).toContainText('现场平息，但没有留下记录');
  await expect(page.locator('[data-drill-score]')).toHaveText('56%');
  await expect(page.locator('[data-competency]')).toHaveCount(6);
  const expected = { timeliness: '80%', effectiveness: '100%', transparency: '25%', responsibility: '50%', continuity: '0%', flexibility: '75%' };
  for (const [id, value] of Object.entries(expected)) await expect(await competency(page, id)).toHaveText(value);
  // The review shows the better choice where the learner missed it.
  await expect(page.locator('[data-review] li')).toHaveCount(4);
  await expect(page.locator('[data-review]')).toContainText('更好的做法');
});

test('用鼠标走到失败结局，未涉及的标准注明“本次未涉及”，刷新后成绩仍在', async ({ page }) => {
  await page.goto(url);
  await page.locator('[data-start]').click();
  for (const index of [1, 1, 1]) {
    await page.locator('.node.current button[data-choice]').nth(index).click();
    await expect(page.locator('.node.current .feedback:not([hidden])')).toBeVisible();
    await page.locator('.node.current [data-continue]').click();
  }
  await expect(page.locator('.ending.current')).toContainText('事态升级');
  await expect(page.locator('[data-drill-score]')).toHaveText('5%');
  await expect(await competency(page, 'timeliness')).toHaveText('33%');
  await expect(await competency(page, 'continuity')).toHaveText('本次未涉及');
  await expect(page.locator('[data-attempt]')).toHaveCount(1);

  await page.reload();
  await expect(page.locator('[data-attempt]')).toHaveCount(1);
  await expect(page.locator('[data-attempt]').first()).toContainText('5 分');
  await page.goto('/drills/');
  await expect(page.locator('[data-best-score="drill-double-sold"]')).toHaveText('5%');
});

test('每个选择都会给出反馈，并由读屏软件播报', async ({ page }) => {
  await page.goto(url);
  await page.locator('[data-start]').click();
  await page.locator('.node.current button[data-choice]').first().click();
  await expect(page.locator('[data-announce]')).toContainText('好的选择');
  await expect(page.locator('.node.current button[data-choice]').first()).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.node.current button[data-choice]').nth(1)).toBeDisabled();
});

test('本地保存的记录损坏时页面照常工作，保留有效记录并提示', async ({ page }) => {
  const good = { drill: 'drill-double-sold', at: 1_760_000_000_000, choices: [0, 0, 0, 0], ending: 'end-good', percent: 100, standards: {}, seconds: 60 };
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('cp:attempts', JSON.stringify({ v: 1, items: [value, { drill: 42 }] }));
      sessionStorage.setItem('seeded', '1');
    }
  }, good);
  await page.goto(url);
  await expect(page.locator('[data-storage-notice]')).toContainText('有 1 条保存的记录无法读取');
  await expect(page.locator('[data-attempt]')).toHaveCount(1);
  await page.locator('[data-start]').click();
  await expect(page.locator('.node.current')).toBeVisible();
  const setAside = await page.evaluate(() => localStorage.getItem('cp:attempts:set-aside'));
  expect(setAside).toContain('"drill":42');
});

test('完全无法解析的记录不会让页面出错', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => localStorage.setItem('cp:attempts', '{not json'));
  await page.goto(url);
  await expect(page.locator('[data-storage-notice]')).toContainText('已损坏');
  await expect(page.locator('[data-start]')).toBeVisible();
  expect(errors).toEqual([]);
});
