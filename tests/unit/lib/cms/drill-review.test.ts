import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dump, load } from 'js-yaml';
import {
  habitLimit,
  reviewDrillData,
  reviewDrillText,
  type KnownEntry,
} from '../../../../src/lib/cms/drill-review';
import { citeLinksHtml, drillPlayerHtml } from '../../../../src/lib/drill/markup';
import { drillSchema } from '../../../../src/schemas/drill';
import { loadContent } from '../../../support/load-content';

const known: KnownEntry[] = loadContent().map(({ id, collection }) => ({ id, collection }));
const source = readFileSync('src/content/drills/drill-double-sold.yaml', 'utf8');
const drill = () => load(source) as Record<string, any>;

describe('the drill preview runs the build checks on a drill not yet committed', () => {
  it('finds nothing in a drill the site accepts, and reports its lint and habit learners', () => {
    const review = reviewDrillText(source, { id: 'drill-double-sold', known });
    expect(review.findings).toEqual([]);
    expect(review.drill?.nodes).toHaveLength(6);
    expect(review.lint).toMatchObject({ points: 6 });
    expect(review.habits?.map((h) => h.strategy)).toEqual(['first', 'longest', 'random']);
    for (const row of review.habits ?? []) expect(row.mean).toBeLessThan(habitLimit);
  });

  it('names a dead end: a node from which no ending can be reached', () => {
    const broken = drill();
    // n4's choices now all lead back into a node that only points at itself via n-online's path.
    broken.nodes.push({
      id: 'n-stuck',
      speaker: '小林',
      says: '经理，接下来怎么办？',
      choices: [
        { text: '再等等看', next: 'n-stuck2', feedback: '拖延', cites: ['double-sold-unit'] },
        { text: '先不处理', next: 'n-stuck2', feedback: '拖延', cites: ['double-sold-unit'] },
      ],
    });
    broken.nodes.push({
      id: 'n-stuck2',
      speaker: '小林',
      says: '还是没有结果。',
      choices: [
        { text: '回去再看', next: 'n-stuck', feedback: '循环', cites: ['double-sold-unit'] },
        { text: '继续等', next: 'n-stuck', feedback: '循环', cites: ['double-sold-unit'] },
      ],
    });
    broken.nodes[4].choices[0].next = 'n-stuck';
    const review = reviewDrillText(dump(broken), { id: 'drill-double-sold', known });
    const graph = review.findings
      .filter((f) => f.kind === 'graph')
      .map((f) => f.message)
      .join('\n');
    expect(graph).toMatch(/n-stuck.*循环|从节点 "n-stuck" 出发到不了任何结局/);
    expect(review.habits).toBeUndefined();
    expect(review.drill).toBeDefined();
  });

  it('names a node no choice leads to, and a choice that points nowhere', () => {
    const broken = drill();
    broken.nodes[0].choices[3].next = 'n9';
    broken.nodes.push({
      id: 'n-orphan',
      speaker: '客户',
      says: '有人吗？',
      choices: [
        { text: '在', next: 'end-good', feedback: '好', cites: ['double-sold-unit'] },
        { text: '不在', next: 'end-bad', feedback: '不好', cites: ['double-sold-unit'] },
      ],
    });
    const review = reviewDrillData(broken, { known });
    expect(review.findings).toContainEqual(
      expect.objectContaining({ kind: 'graph', field: 'nodes[0].choices[3].next' }),
    );
    broken.nodes[0].choices[3].next = 'n2';
    const again = reviewDrillData(broken, { known });
    expect(again.findings).toContainEqual(
      expect.objectContaining({
        kind: 'graph',
        field: 'nodes[6]',
        message: expect.stringContaining('走不到'),
      }),
    );
  });

  it('says in Chinese which field is missing or wrong, with the schema’s own words where it has them', () => {
    const broken = drill();
    delete broken.intro;
    broken.nodes[1].choices[0].scores = { timeliness: 5 };
    broken.nodes[2].choices[1].cites = [];
    broken.endings[0].outcome = 'great';
    const fields = Object.fromEntries(
      reviewDrillData(broken, { known }).findings.map((f) => [f.field, f.message]),
    );
    expect(fields.intro).toBe('缺少必填项 intro。');
    expect(fields['nodes[1].choices[0].scores.timeliness']).toBe('太大：不能大于 3。');
    expect(fields['nodes[2].choices[1].cites']).toBe('cites 至少引用 1 个手册条目 id');
    expect(fields['endings[0].outcome']).toBe('只能是 good、mixed、bad 之一。');
  });

  it('names a cited id the site does not have, and suggests the one meant', () => {
    const broken = drill();
    broken.nodes[0].choices[1].cites = ['double-sold-unti'];
    const review = reviewDrillData(broken, { id: 'drill-double-sold', known });
    const [finding] = review.findings.filter((f) => f.kind === 'reference');
    expect(finding).toMatchObject({ field: 'nodes[0].choices[1].cites[0]' });
    expect(finding?.message).toContain('double-sold-unit');
  });

  it('treats the drill being edited as itself, but an id another entry has as a duplicate', () => {
    expect(reviewDrillData(drill(), { id: 'drill-double-sold', known }).findings).toEqual([]);
    const clash = reviewDrillData(drill(), { id: 'case-double-sold', known }).findings;
    expect(clash).toContainEqual(
      expect.objectContaining({ kind: 'reference', message: expect.stringContaining('重复') }),
    );
  });

  it('flags a giveaway: the best choice is the longest at most decision points', () => {
    const giveaway = drill();
    for (const node of giveaway.nodes) {
      const best = node.choices.reduce((b: any, c: any) =>
        Object.values(c.scores ?? {}).reduce((s: number, v: any) => s + v, 0) >
        Object.values(b.scores ?? {}).reduce((s: number, v: any) => s + v, 0)
          ? c
          : b,
      );
      best.text = `${best.text}并且把每一步都向客户和上级讲清楚、写进记录、约好回访时间`;
    }
    const review = reviewDrillData(giveaway, { id: 'drill-double-sold', known });
    expect(review.findings).toContainEqual(
      expect.objectContaining({ kind: 'lint', field: 'nodes' }),
    );
    expect(review.habits?.find((h) => h.strategy === 'longest')?.mean).toBeGreaterThan(70);
    expect(review.findings).toContainEqual(
      expect.objectContaining({ kind: 'habit', message: expect.stringContaining('总点最长的') }),
    );
  });

  it('gives the line of a YAML mistake', () => {
    const review = reviewDrillText('title: 演练\nsummary: [没有闭合\nnodes: []\n', { known });
    expect(review.findings).toHaveLength(1);
    expect(review.findings[0]).toMatchObject({ kind: 'yaml' });
    expect(review.findings[0]?.message).toMatch(/第 \d 行附近不是有效的 YAML/);
    expect(review.drill).toBeUndefined();
  });
});

describe('the drill player markup', () => {
  const parsed = drillSchema.parse(drill());
  const cite = (id: string) =>
    id === 'double-sold-unit'
      ? { title: '一房两卖 <急>', href: '/incidents/double-sold-unit/' }
      : undefined;

  it('escapes every text it writes, and keeps the scenario JSON inside its script', () => {
    const hostile = drillSchema.parse({
      ...drill(),
      intro: 'x',
      meter: { label: '<b>情绪</b>', start: 10 },
    });
    hostile.nodes[0]!.says = '</script><script>alert(1)</script>';
    const html = drillPlayerHtml({ id: 'd', drill: hostile, cite });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>情绪');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('shows feedback, result and history when practising, only choices in an assessment, no history in a preview', () => {
    const practice = drillPlayerHtml({ id: 'd', drill: parsed, cite });
    const assessment = drillPlayerHtml({ id: 'd', drill: parsed, mode: 'assessment', cite });
    const preview = drillPlayerHtml({ id: 'd', drill: parsed, mode: 'preview', cite });
    expect(practice.match(/data-feedback=/g)).toHaveLength(24);
    expect(practice).toContain('data-attempts');
    expect(assessment).not.toContain('data-feedback=');
    expect(assessment).not.toContain('data-result');
    expect(preview).toContain('data-result');
    expect(preview).not.toContain('data-attempts');
  });

  it('links the cited pages it knows and leaves out the ids it does not', () => {
    expect(citeLinksHtml(['double-sold-unit', 'nowhere'], cite)).toBe(
      '<p class="basis">依据：<a href="/incidents/double-sold-unit/">一房两卖 &lt;急&gt;</a></p>',
    );
    expect(citeLinksHtml(['nowhere'], cite)).toBe('');
  });
});
