import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dump, load } from 'js-yaml';
import { lintQuestionSet } from '../../src/lib/assessment/lint';
import { reviewDrillData } from '../../src/lib/cms/drill-review';
import { parseFirm } from '../../src/lib/firm/load';
import { questionSetSchema } from '../../src/schemas/question';
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

  test('页面外壳和编辑器以中文载入，只用本站的文件，没有 CSP 违规和控制台错误', async ({
    page,
  }) => {
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
    await expect(page.getByRole('button', { name: '使用本地仓库' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByText('欢迎使用')).toBeVisible();
    await expect(page.locator('[data-editor-loading]')).toHaveCount(0);
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  test('配置由 zod 定义生成：六个栏目，文件位置与内容加载器一致，引用字段按标题选择', async ({
    request,
  }) => {
    const text = await (await request.get('/admin/config.yml')).text();
    const config = load(text) as {
      collections: {
        name: string;
        folder?: string;
        files?: { file: string }[];
        fields?: { name: string; widget: string; options?: { value: string }[] }[];
      }[];
    };
    expect(config.collections.map((c) => c.name)).toEqual([
      'firm',
      'drills',
      'questions',
      'cases',
      'glossary',
      'modules',
    ]);
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
    (
      window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }
    ).showDirectoryPicker = () => navigator.storage.getDirectory();
  });
  await page.goto('/admin/');
  await page.evaluate(async (entries) => {
    const root = await navigator.storage.getDirectory();
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(entries)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1))
        dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (
        await dir.getFileHandle(parts.at(-1) ?? '', { create: true })
      ).createWritable();
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

/**
 * Sveltia draws a field only once it scrolls into view: scroll the editor until `locator` is
 * there, as a trainer would.
 */
async function reveal(page: Page, locator: Locator): Promise<Locator> {
  for (let step = 0; step < 80; step++) {
    if ((await locator.count()) > 0 && (await locator.isVisible())) {
      await locator.scrollIntoViewIfNeeded();
      return locator;
    }
    await page
      .getByRole('group', { name: /^编辑 / })
      .first()
      .hover();
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(100);
  }
  throw new Error(`编辑器里找不到 ${locator}`);
}
/** The newest field with this label (the one just added to a list). */
const field = (page: Page, label: string) =>
  page.getByRole('group', { name: `「\u2068${label}\u2069」字段` }).last();
async function fillField(page: Page, label: string, text: string) {
  await (await reveal(page, field(page, label).locator('input, textarea').first())).fill(text);
}
async function chooseIn(page: Page, label: string, option: RegExp) {
  await (await reveal(page, field(page, label).getByRole('combobox'))).click();
  await page.getByRole('option', { name: option }).first().click();
}
async function addTo(page: Page, label: string) {
  await (
    await reveal(page, page.getByRole('button', { name: `添加 \u2068${label}\u2069` }).last())
  ).click();
}

/** The trainer's clone as the editor tests open it: the firm profile, a question set, a drill. */
const clone = Object.fromEntries(
  [
    'src/config/firm.yaml',
    'src/content/questions/qs-crisis-basics.yaml',
    'src/content/drills/drill-double-sold.yaml',
  ].map((path) => [path, readFileSync(path, 'utf8')]),
);

test.describe('本地仓库里编辑（Chromium 的 File System Access）', () => {
  test('改公司全称和一个电话：写回的 firm.yaml 通过公司配置的检查', async ({ page }) => {
    test.setTimeout(90_000);
    await openLocalClone(page, clone);
    await page.getByRole('treeitem', { name: '公司配置' }).click();
    await page.getByRole('grid', { name: '文件' }).getByRole('row').first().click();
    const name = page.getByRole('textbox', { name: '公司全称' });
    await expect(name).toBeVisible({ timeout: 30_000 });
    await name.fill('东方置业营销代理有限公司');
    await page
      .getByRole('group', { name: /现场应急联系人/ })
      .getByRole('button', { name: '全部展开' })
      .click();
    const phone = page.getByRole('textbox', { name: '电话' }).first();
    await phone.fill('0755-2222 3333');
    await page.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => readClone(page, 'src/config/firm.yaml'), { timeout: 15_000 })
      .toContain('东方置业营销代理有限公司');
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
    await expect(pane.getByRole('link', { name: /在演练预览中试玩/ })).toHaveAttribute(
      'href',
      '/admin/preview/#from-editor',
    );
    const handed = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('cp:drill-preview') ?? '{}') as {
          id?: string;
          yaml?: string;
        },
    );
    expect(handed.id).toBe('drill-double-sold');
    expect(handed.yaml).toContain('end-good');
    expect(errors).toEqual([]);
  });
});

test.describe('培训师在编辑器里新增一道题和一个演练', () => {
  test('在题库里加一道单选题：写回的文件通过构建的定义和评估检查', async ({ page }) => {
    test.setTimeout(120_000);
    await openLocalClone(page, clone);
    await page.getByRole('treeitem', { name: '题库' }).click();
    await page
      .getByRole('row', { name: '题库：客户危机基础' })
      .getByRole('gridcell')
      .nth(1)
      .click();
    await page.getByRole('button', { name: '添加 \u2068题目\u2069' }).click();
    await page.getByRole('menuitem', { name: '单选题' }).click();
    await fillField(page, '编号（id）', 'crisis-21');
    await fillField(
      page,
      '题干',
      '一位客户在售楼处大声质问车位价格为什么比上周贵，旁边还有几位客户在看。当班置业顾问第一步怎么做？',
    );
    await fillField(
      page,
      '理由',
      '先认真听取，同时请客户到安静的洽谈室，把情绪和围观的人群分开，再核实价格依据。',
    );
    await chooseIn(page, '依据（手册条目）', /投诉/);
    await chooseIn(page, '主要考查的标准', /灵活性/);
    const options = [
      [
        '当场解释调价是公司统一安排，请客户理解，不要影响其他客户看房',
        '在众人面前先讲道理，客户会觉得被打发。',
        false,
      ],
      [
        '先请客户到洽谈室坐下慢慢说，认真听完，再去核实价格依据',
        '对。把客户和围观的人分开，先听再查。',
        true,
      ],
      [
        '请保安到场维持秩序，防止其他客户跟着起哄',
        '客户还没有过激行为就叫保安，等于把他当成对手。',
        false,
      ],
      [
        '告诉客户价格以当天价目表为准，上周的价格已经失效',
        '没有倾听就下结论，客户只听到了推脱。',
        false,
      ],
    ] as const;
    for (const [text, feedback, correct] of options) {
      await addTo(page, '选项');
      await fillField(page, '选项内容', text);
      await fillField(page, '选项说明', feedback);
      if (correct)
        await (await reveal(page, field(page, '正确选项').locator('button').last())).click();
    }
    await page.getByRole('button', { name: '保存' }).click();
    const path = 'src/content/questions/qs-crisis-basics.yaml';
    await expect.poll(() => readClone(page, path), { timeout: 15_000 }).toContain('crisis-21');
    const set = questionSetSchema.parse(load(await readClone(page, path)));
    expect(set.questions).toHaveLength(21);
    const added = set.questions.at(-1);
    expect(added).toMatchObject({ id: 'crisis-21', type: 'single', standard: 'flexibility' });
    expect(lintQuestionSet(path, set).problems).toEqual([]);
  });

  test('新建演练：预览区在保存前就没有问题，写回的文件通过构建的全部检查', async ({ page }) => {
    test.setTimeout(180_000);
    const { errors } = await watch(page);
    await openLocalClone(page, clone);
    await page.getByRole('treeitem', { name: '演练' }).click();
    await page.getByRole('button', { name: '创建新条目' }).click();
    // The file name (Sveltia's slug panel opens beside the form for a new entry).
    await page
      .getByRole('group', { name: /^编辑 / })
      .first()
      .waitFor();
    await page.locator('input[type=text]').last().fill('drill-parking-price');
    await fillField(page, '标题', '演练：车位价格质疑');
    await fillField(
      page,
      '简介',
      '一位客户在售楼处当众质问车位为什么涨价。你是当班置业顾问：先把客户请到安静处认真听，再核实价格依据并如实答复。',
    );
    await fillField(page, '短标题（不带“演练：”）', '车位价格质疑');
    await fillField(page, '预计用时（分钟）', '3');
    await fillField(
      page,
      '开场情景',
      '周日下午，售楼处里有七八组客户。一位刚认购了住宅的客户走到前台，大声质问车位价格为什么比上周贵了两万。',
    );
    await fillField(page, '情绪条名称', '客户情绪');
    await fillField(page, '起始值（0–100）', '60');
    await fillField(page, '第一个决策点', 'n1');
    await addTo(page, '决策点');
    await fillField(page, '决策点 id', 'n1');
    await fillField(page, '说话人', '刘先生（已认购客户）');
    await fillField(
      page,
      '对方说的话',
      '上周你们说车位十二万，今天就变十四万了？是不是看我买了房就多收我钱？',
    );
    const choices = [
      [
        '先向刘先生致歉，请他到洽谈室坐下，听完他上周听到的报价，再去核实价格。',
        'end-good',
        '-20',
        { 灵活性: '3', 及时性: '2' },
        '对。把客户从人群中请开、先听再查。',
      ],
      [
        '当场向他说明车位调价是公司统一安排、有正式通知，请他不要在前台大声说话影响其他客户。',
        'end-bad',
        '20',
        { 透明度: '1' },
        '当众讲道理、先要求客户安静，客户只会觉得被打发。',
      ],
      [
        '请他留下电话，说等销售经理有空了再回电解释。',
        'end-bad',
        '10',
        { 持续性: '1' },
        '没有说清谁负责、何时答复，情绪没有人接住。',
      ],
      [
        '先安抚刘先生，答应按上周的十二万给他，回头再向总监（营销经理）报备。',
        'end-bad',
        '-5',
        { 灵活性: '1' },
        '超出授权的承诺会带来新的纠纷，也对其他客户不公平。',
      ],
    ] as const;
    for (const [text, next, meter, scores, feedback] of choices) {
      await addTo(page, '选项');
      await fillField(page, '选项内容', text);
      await fillField(page, '下一步（决策点或结局 id）', next);
      await fillField(page, '情绪条变化（负数为缓和）', meter);
      await (
        await reveal(page, field(page, '六项标准得分（每项 0–3）').getByRole('checkbox'))
      ).click();
      for (const [standard, points] of Object.entries(scores))
        await fillField(page, standard, points);
      await fillField(page, '反馈', feedback);
      await chooseIn(page, '依据（手册条目）', /投诉/);
    }
    for (const [id, title, outcome] of [
      ['end-good', '客户愿意等核实结果', '理想结局'],
      ['end-bad', '客户在前台越说越激动', '失败结局'],
    ] as const) {
      await addTo(page, '结局');
      await fillField(page, '结局 id', id);
      await fillField(page, '结局标题', title);
      await (
        await reveal(page, field(page, '结局类型').getByRole('radio', { name: outcome }))
      ).click();
      await fillField(page, '复盘说明', '先把客户请离人群、认真听取，再核实依据，如实答复。');
    }
    // The editor's preview pane runs the build's checks on the draft before anything is saved.
    await expect(page.frameLocator('iframe').getByText('没有发现问题')).toBeVisible({
      timeout: 30_000,
    });
    await page.getByRole('button', { name: '保存' }).click();
    const path = 'src/content/drills/drill-parking-price.yaml';
    await expect
      .poll(() => readClone(page, path).catch(() => ''), { timeout: 15_000 })
      .toContain('end-good');
    const review = reviewDrillData(load(await readClone(page, path)), {
      id: 'drill-parking-price',
    });
    expect(review.findings).toEqual([]);
    expect(review.drill?.nodes[0]?.choices).toHaveLength(4);
    expect(errors).toEqual([]);
  });
});

test.describe('演练预览 /admin/preview/', () => {
  const source = readFileSync('src/content/drills/drill-double-sold.yaml', 'utf8');

  test('贴入演练：检查全部通过，用真实的播放器走到结局，分数与计分引擎一致，不保存成绩', async ({
    page,
  }) => {
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
    await expect(player.locator('.ending.current [data-ending-title]')).toHaveText(
      path.endingTitle,
    );
    await expect(player.locator('[data-drill-score]')).toHaveText(`${path.percent}%`);
    await expect(player.locator('[data-review] > li')).toHaveCount(path.choices.length);
    expect(await page.evaluate(() => localStorage.getItem('cp:attempts'))).toBeNull();
    expect(errors).toEqual([]);
  });

  test('有死路的演练：列出到不了结局的决策点和引用不存在的条目，仍可试玩', async ({ page }) => {
    const broken = load(source) as {
      nodes: { id: string; choices: { next: string; cites: string[] }[] }[];
    };
    broken.nodes.push({
      id: 'n-wait',
      speaker: '小林（置业顾问）',
      says: '经理，还要再等吗？',
      choices: [
        {
          text: '再等一会儿',
          next: 'n-wait',
          feedback: '一直等下去，事情没有进展。',
          cites: ['double-sold-unit'],
        } as never,
        {
          text: '还是再等等',
          next: 'n-wait',
          feedback: '一直等下去，事情没有进展。',
          cites: ['double-sold-unit'],
        } as never,
      ],
    } as never);
    broken.nodes[4]!.choices[0]!.next = 'n-wait';
    broken.nodes[0]!.choices[1]!.cites = ['double-sold-unti'];
    await page.goto('/admin/preview/');
    await page.getByLabel('演练 YAML').fill(dump(broken));
    await page.getByRole('button', { name: '检查并试玩' }).click();
    const findings = page.locator('[data-findings] [data-finding]');
    await expect(findings.filter({ hasText: 'nodes[0].choices[1].cites[0]' })).toContainText(
      'double-sold-unit',
    );
    await expect(page.locator('[data-finding="graph"]').first()).toContainText('n-wait');
    await expect(page.locator('[data-findings]')).toContainText('构建会因此失败');
    await expect(page.locator('[data-player] cp-drill [data-start]')).toBeVisible();
  });

  test('格式错误时指出行号，不显示播放器', async ({ page }) => {
    await page.goto('/admin/preview/');
    await page.getByLabel('演练 YAML').fill('title: 演练\nsummary: [没有闭合\n');
    await page.getByRole('button', { name: '检查并试玩' }).click();
    await expect(page.locator('[data-finding="yaml"]')).toContainText(
      /第 \d 行附近不是有效的 YAML/,
    );
    await expect(page.locator('[data-player] cp-drill')).toHaveCount(0);
  });

  test('预览的播放器与演练页面是同一份标记（同一个渲染函数）', async ({ page }) => {
    await page.goto('/drills/drill-double-sold/');
    const onSite = await page.locator('cp-drill .script').evaluate((el) => el.innerHTML);
    await page.goto('/admin/preview/');
    await page.getByRole('button', { name: '载入示例演练' }).click();
    const inPreview = await page
      .locator('[data-player] cp-drill .script')
      .evaluate((el) => el.innerHTML);
    expect(inPreview).toBe(onSite);
  });

  test('编辑器交来的演练：打开 #from-editor 时载入并检查', async ({ page }) => {
    await page.addInitScript(
      (yaml) =>
        localStorage.setItem('cp:drill-preview', JSON.stringify({ id: 'drill-double-sold', yaml })),
      source,
    );
    await page.goto('/admin/preview/#from-editor');
    await expect(page.locator('[data-from-editor]')).toBeVisible();
    await expect(page.locator('[data-findings]')).toContainText('没有发现问题');
    await expect(page.locator('[data-player] cp-drill')).toHaveAttribute(
      'data-drill',
      'drill-double-sold',
    );
  });
});
