import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dump, load } from 'js-yaml';
import { parseFirm } from '../../src/lib/firm/load';
import { drillPath } from '../support/content-answers';

/** Console errors, CSP violations and requests that leave the site, from the first byte. */
async function watch(page: Page) {
  const errors: string[] = [];
  const outside: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.hostname !== 'localhost') outside.push(request.url());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { errors, outside };
}

test.describe('培训内容编辑器 /admin/', () => {
  // An office browser set to English: the editor still speaks Chinese.
  test.use({ locale: 'en-US' });

  test('页面外壳和编辑器以中文载入，只用本站的文件，没有 CSP 违规和控制台错误', async ({ page }) => {
    const { errors, outside } = await watch(page);
    const response = await page.goto('/admin/');
    const html = (await response?.text()) ?? '';
    expect(html).toContain('<html lang="zh-CN">');
    const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|\*|https?:/);
    // The site-wide policy is not stacked on top (it would forbid the editor's styles).
    expect(html.match(/content-security-policy/gi)).toHaveLength(1);
    // On localhost Sveltia offers the local clone (Chromium's File System Access).
    await expect(page.getByRole('button', { name: '使用本地仓库' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('欢迎使用')).toBeVisible();
    await expect(page.locator('[data-editor-loading]')).toHaveCount(0);
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  test('配置由 zod 定义生成：六个栏目，文件位置与内容加载器一致，引用字段按标题选择', async ({ request }) => {
    const text = await (await request.get('/admin/config.yml')).text();
    const config = load(text) as { collections: { name: string; folder?: string; files?: { file: string }[]; fields?: { name: string; widget: string; options?: { value: string }[] }[] }[] };
    expect(config.collections.map((c) => c.name)).toEqual(['firm', 'drills', 'questions', 'cases', 'glossary', 'modules']);
    expect(config.collections[0]?.files?.[0]?.file).toBe('src/config/firm.yaml');
    const drills = config.collections.find((c) => c.name === 'drills');
    expect(drills?.folder).toBe('src/content/drills');
    const incident = drills?.fields?.find((f) => f.name === 'incident');
    expect(incident?.widget).toBe('select');
    expect(incident?.options?.map((o) => o.value)).toContain('double-sold-unit');
  });
});

/**
 * A local clone in the browser's origin-private file system, handed to Sveltia where Chromium
 * would show its folder picker (headless Chromium cannot show it): the same File System Access
 * handles, so the editor reads and writes these files exactly as it would a trainer's clone.
 */
async function openLocalClone(page: Page, files: Record<string, string>) {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = () =>
      navigator.storage.getDirectory();
  });
  await page.goto('/admin/');
  await page.evaluate(async (entries) => {
    const root = await navigator.storage.getDirectory();
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(entries)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
  await page.getByRole('button', { name: '使用本地仓库' }).click();
}

async function readClone(page: Page, path: string): Promise<string> {
  return page.evaluate(async (at) => {
    let dir = await navigator.storage.getDirectory();
    const parts = at.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
  }, path);
}

test.describe('本地仓库里编辑（Chromium 的 File System Access）', () => {
  const clone = {
    'src/config/firm.yaml': readFileSync('src/config/firm.yaml', 'utf8'),
    'src/content/questions/qs-crisis-basics.yaml': readFileSync('src/content/questions/qs-crisis-basics.yaml', 'utf8'),
    'src/content/drills/drill-double-sold.yaml': readFileSync('src/content/drills/drill-double-sold.yaml', 'utf8'),
  };

  test('改公司全称和一个电话：写回的 firm.yaml 通过公司配置的检查', async ({ page }) => {
    test.setTimeout(90_000);
    await openLocalClone(page, clone);
    await page.getByRole('treeitem', { name: '公司配置' }).click();
    await page.getByRole('grid', { name: '文件' }).getByRole('row').first().click();
    const name = page.getByRole('textbox', { name: '公司全称' });
    await expect(name).toBeVisible({ timeout: 30_000 });
    await name.fill('东方置业营销代理有限公司');
    await page.getByRole('group', { name: /现场应急联系人/ }).getByRole('button', { name: '全部展开' }).click();
    const phone = page.getByRole('textbox', { name: '电话' }).first();
    await phone.fill('0755-2222 3333');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => readClone(page, 'src/config/firm.yaml'), { timeout: 15_000 }).toContain('东方置业营销代理有限公司');
    const firm = parseFirm(await readClone(page, 'src/config/firm.yaml'), 'src/config/firm.yaml');
    expect(firm.name).toBe('东方置业营销代理有限公司');
    expect(firm.contacts[0]?.phone).toBe('0755-2222 3333');
    expect(firm.contacts).toHaveLength(12);
  });
  test('编辑演练时，预览区列出构建检查的结果，并能交给演练预览试玩', async ({ page }) => {
    test.setTimeout(90_000);
    const { errors } = await watch(page);
    await openLocalClone(page, clone);
    await page.getByRole('treeitem', { name: '演练' }).click();
    await page.getByRole('grid').getByRole('row').first().click();
    const pane = page.frameLocator('iframe');
    await expect(pane.getByText('没有发现问题')).toBeVisible({ timeout: 30_000 });
    await expect(pane.getByRole('link', { name: /在演练预览中试玩/ })).toHaveAttribute('href', '/admin/preview/#from-editor');
    const handed = await page.evaluate(() => JSON.parse(localStorage.getItem('cp:drill-preview') ?? '{}') as { id?: string; yaml?: string });
    expect(handed.id).toBe('drill-double-sold');
    expect(handed.yaml).toContain('end-good');
    expect(errors).toEqual([]);
  });
});

test.describe('演练预览 /admin/preview/', () => {
  const source = readFileSync('src/content/drills/drill-double-sold.yaml', 'utf8');

  test('贴入演练：检查全部通过，用真实的播放器走到结局，分数与计分引擎一致，不保存成绩', async ({ page }) => {
    const { errors } = await watch(page);
    const path = drillPath('drill-double-sold', 'best');
    await page.goto('/admin/preview/');
    await page.getByLabel('演练 YAML').fill(source);
    await page.getByRole('button', { name: '检查并试玩' }).click();
    await expect(page.locator('[data-findings]')).toContainText('没有发现问题');
    await expect(page.locator('[data-habits] li')).toHaveCount(3);
    const player = page.locator('[data-player] cp-drill');
    await expect(player).toHaveAttribute('data-mode', 'preview');
    await player.locator('[data-start]').click();
    for (const index of path.choices) {
      await player.locator(`.node.current button[data-choice][data-index="${index}"]`).click();
      await expect(player.locator('.node.current .feedback:not([hidden])')).toBeVisible();
      await player.locator('.node.current [data-continue]').click();
    }
    await expect(player.locator('.ending.current [data-ending-title]')).toHaveText(path.endingTitle);
    await expect(player.locator('[data-drill-score]')).toHaveText(`${path.percent}%`);
    await expect(player.locator('[data-review] > li')).toHaveCount(path.choices.length);
    expect(await page.evaluate(() => localStorage.getItem('cp:attempts'))).toBeNull();
    expect(errors).toEqual([]);
  });

  test('有死路的演练：列出到不了结局的决策点和引用不存在的条目，仍可试玩', async ({ page }) => {
    const broken = load(source) as { nodes: { id: string; choices: { next: string; cites: string[] }[] }[] };
    broken.nodes.push({
      id: 'n-wait',
      speaker: '小林（置业顾问）',
      says: '经理，还要再等吗？',
      choices: [
        { text: '再等一会儿', next: 'n-wait', feedback: '一直等下去，事情没有进展。', cites: ['double-sold-unit'] } as never,
        { text: '还是再等等', next: 'n-wait', feedback: '一直等下去，事情没有进展。', cites: ['double-sold-unit'] } as never,
      ],
    } as never);
    broken.nodes[4]!.choices[0]!.next = 'n-wait';
    broken.nodes[0]!.choices[1]!.cites = ['double-sold-unti'];
    await page.goto('/admin/preview/');
    await page.getByLabel('演练 YAML').fill(dump(broken));
    await page.getByRole('button', { name: '检查并试玩' }).click();
    const findings = page.locator('[data-findings] [data-finding]');
    await expect(findings.filter({ hasText: 'nodes[0].choices[1].cites[0]' })).toContainText('double-sold-unit');
    await expect(page.locator('[data-finding="graph"]').first()).toContainText('n-wait');
    await expect(page.locator('[data-findings]')).toContainText('构建会因此失败');
    await expect(page.locator('[data-player] cp-drill [data-start]')).toBeVisible();
  });

  test('格式错误时指出行号，不显示播放器', async ({ page }) => {
    await page.goto('/admin/preview/');
    await page.getByLabel('演练 YAML').fill('title: 演练\nsummary: [没有闭合\n');
    await page.getByRole('button', { name: '检查并试玩' }).click();
    await expect(page.locator('[data-finding="yaml"]')).toContainText(/第 \d 行附近不是有效的 YAML/);
    await expect(page.locator('[data-player] cp-drill')).toHaveCount(0);
  });

  test('预览的播放器与演练页面是同一份标记（同一个渲染函数）', async ({ page }) => {
    await page.goto('/drills/drill-double-sold/');
    const onSite = await page.locator('cp-drill .script').evaluate((el) => el.innerHTML);
    await page.goto('/admin/preview/');
    await page.getByRole('button', { name: '载入示例演练' }).click();
    const inPreview = await page.locator('[data-player] cp-drill .script').evaluate((el) => el.innerHTML);
    expect(inPreview).toBe(onSite);
  });

  test('编辑器交来的演练：打开 #from-editor 时载入并检查', async ({ page }) => {
    await page.addInitScript((yaml) => localStorage.setItem('cp:drill-preview', JSON.stringify({ id: 'drill-double-sold', yaml })), source);
    await page.goto('/admin/preview/#from-editor');
    await expect(page.locator('[data-from-editor]')).toBeVisible();
    await expect(page.locator('[data-findings]')).toContainText('没有发现问题');
    await expect(page.locator('[data-player] cp-drill')).toHaveAttribute('data-drill', 'drill-double-sold');
  });
});
