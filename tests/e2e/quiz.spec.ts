import { expect, test } from '@playwright/test';

test('题库练习：抽 10 题，作答后逐题给出对错、正确答案和依据', async ({ page }) => {
  await page.goto('/quiz/qs-ten-risks/');
  await page.locator('[data-quiz-start]').click();
  const asked = page.locator('[data-question]:not([hidden])');
  await expect(asked).toHaveCount(10);

  // Submitting with nothing answered asks for confirmation first.
  await page.locator('[data-quiz-submit]').click();
  await expect(page.locator('[data-quiz-warning]')).toContainText('还有');
  await page.locator('[data-quiz-submit]').click();
  await expect(page.locator('[data-quiz-result]')).toBeVisible();
  // Ordering questions count as answered in their shuffled order, so some credit may remain.
  const score = Number((await page.locator('[data-quiz-score]').textContent())?.replace(/\D/g, ''));
  expect(score).toBeLessThan(50);
  await expect(page.locator('[data-quiz-verdict]')).toContainText('未通过');
  await expect(asked.first().locator('[data-question-result]')).toBeVisible();
  await expect(asked.first().locator('[data-question-result]')).toContainText('正确答案');
});

test('排序题可以只用键盘完成：上移、下移保持焦点', async ({ page }) => {
  await page.goto('/quiz/qs-complaint-handling/');
  const order = page.locator('[data-question]:not([hidden]) [data-order-list]').first();
  // Each attempt draws 10 of 20 questions; draw again until an ordering question is among them.
  await page.locator('[data-quiz-start]').click();
  for (let tries = 0; (await order.count()) === 0 && tries < 12; tries++) {
    await page.locator('[data-quiz-submit]').click();
    await page.locator('[data-quiz-submit]').click();
    await page.locator('[data-quiz-retry]').click();
  }
  await expect(order).toBeVisible();
  const firstText = await order.locator('li').first().locator('.text').textContent();
  await order.locator('li').first().locator('[data-move="down"]').focus();
  await page.keyboard.press('Enter');
  await expect(order.locator('li').nth(1).locator('.text')).toHaveText(firstText ?? '');
  await expect(order.locator('li').nth(1).locator('[data-move="down"]')).toBeFocused();
});
