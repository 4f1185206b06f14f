import { expect, test } from '@playwright/test';

test('主导航的五个栏目都能打开，并标出当前栏目', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const [label, path] of [
    ['手册', '/playbook/'],
    ['培训', '/training/'],
    ['演练', '/drills/'],
    ['现场应急', '/incident/'],
    ['培训师', '/trainer/'],
  ] as const) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
});

test('深色偏好保存后，页面一开始就是深色，没有闪烁', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('cp-theme', 'dark'));
  await page.emulateMedia({ colorScheme: 'light' });
  // Read the theme before any bundled script runs: only the inline head script can have set it.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/playbook/', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(18, 20, 23)');
});

test('配色按钮在跟随系统、浅色、深色之间切换，并在刷新后保留', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/playbook/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-label', '配色：跟随系统');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-label', '配色：浅色');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-label', '配色：深色');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-label', '配色：跟随系统');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => localStorage.getItem('cp-theme'))).toBeNull();
});

test('跟随系统时，系统切换深浅色，打开着的页面随即跟着变；选定的配色不跟', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/playbook/');
  const html = page.locator('html');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(18, 20, 23)');

  // 跟随系统 → 浅色: a chosen theme holds whatever the system does.
  await page.locator('[data-theme-toggle]').click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(255, 255, 255)');
});

test('跳到正文链接是第一个可聚焦元素，并把焦点移到正文', async ({ page }) => {
  await page.goto('/incidents/media-inquiry/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('条目页有面包屑、相关条目和同栏目翻页', async ({ page }) => {
  await page.goto('/incidents/crowd-protest/');
  const crumbs = page.getByRole('navigation', { name: '面包屑导航' });
  await expect(crumbs.getByRole('link', { name: '危机类型' })).toHaveAttribute(
    'href',
    '/incidents/',
  );
  await expect(page.getByRole('heading', { name: '相关条目' })).toBeVisible();
  const pager = page.getByRole('navigation', { name: '同栏目翻页' });
  await expect(pager.locator('a[rel="prev"]')).toHaveCount(1);
  await expect(pager.locator('a[rel="next"]')).toHaveCount(1);
});

test('找不到的地址显示中文 404 页', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
});

test('打印时隐藏导航并显示链接地址', async ({ page }) => {
  await page.goto('/incidents/crowd-protest/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  const after = await page
    .locator('main article a[href^="/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/');
});

test('360 像素宽的手机上没有横向滚动', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    '/',
    '/playbook/',
    '/incidents/crowd-protest/',
    '/forms/onsite-complaint-record/',
    '/glossary/',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
