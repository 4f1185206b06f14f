import { describe, expect, it, vi } from 'vitest';
import { createSearch, fallbackWords, viewHit } from '../../../../src/lib/search/engine';
import { catalogOf, type FakePage, fakePagefind } from './fake-pagefind';

const pages: FakePage[] = [
  {
    id: 'p1',
    url: '/incidents/double-sold-unit/',
    collection: 'incidents',
    title: '房号卖重或折扣算错',
    aliases: ['一房两卖', '撞房'],
    text: '事件. 房号卖重或折扣算错. 又称：一房两卖、撞房. 先冻结房号，再报总监（营销经理）。',
  },
  {
    id: 'p2',
    url: '/glossary/fanghao/',
    collection: 'glossary',
    title: '房号',
    aliases: ['房源编号'],
    text: '术语. 房号. 房号出错会引发一房两卖。',
  },
  {
    id: 'p3',
    url: '/cases/case-leak/',
    collection: 'cases',
    title: '交付季的渗漏报修',
    aliases: [],
    text: '案例. 交付季的渗漏报修. 顶楼漏水，项目当天上门。投诉处理要快。',
  },
  {
    id: 'p4',
    url: '/glossary/shenlou/',
    collection: 'glossary',
    title: '渗漏',
    aliases: ['漏水'],
    text: '术语. 渗漏. 又称：漏水. 屋面渗水。',
  },
  {
    id: 'p5',
    url: '/procedures/report/',
    collection: 'procedures',
    title: '书面上报',
    aliases: [],
    text: '规程. 书面上报. 任何事件都报总监（营销经理）和销售管理部。流程见下。',
  },
];

function setup() {
  const pagefind = fakePagefind(pages);
  const toSimplified = vi.fn(async (text: string) => text.replace('兩', '两').replace('賣', '卖').replace('漏', '漏'));
  const search = createSearch({ pagefind, catalog: catalogOf(pages), toSimplified });
  return { pagefind, toSimplified, search };
}
const ids = (outcome: { hits: { id: string }[] }) => outcome.hits.map((h) => h.id);

describe('createSearch', () => {
  it("finds an incident's alias with the incident first, and every page that contains it", async () => {
    const { search } = setup();
    expect(ids(await search('一房两卖'))).toEqual(['p1', 'p2']);
  });

  it('converts Traditional input and finds what the Simplified form finds', async () => {
    const { search, toSimplified } = setup();
    const outcome = await search('一房兩賣');
    expect(outcome.simplified).toBe('一房两卖');
    expect(ids(outcome)).toEqual(['p1', 'p2']);
    expect(toSimplified).toHaveBeenCalledTimes(1);
  });

  it('does not load the converter for Simplified input', async () => {
    const { search, toSimplified } = setup();
    await search('渗漏');
    expect(toSimplified).not.toHaveBeenCalled();
  });

  it('searches synonyms and the glossary term of an alias, ranking the term page first', async () => {
    const { search } = setup();
    const outcome = await search('漏水');
    expect(outcome.expansions.map((e) => e.text)).toEqual(['漏水', '渗漏', '渗水']);
    // p4 is titled 渗漏 and has the alias 漏水; p3 contains 漏水 and 渗漏 in its text.
    expect(ids(outcome)).toEqual(['p4', 'p3']);
  });

  it('asks for each part of a query with punctuation as its own phrase', async () => {
    const { search, pagefind } = setup();
    const outcome = await search('总监（营销经理）');
    expect(ids(outcome).sort()).toEqual(['p1', 'p5']);
    expect(pagefind.asked).toEqual(expect.arrayContaining(['"总 监"', '"营 销 经 理"', '总 监 营 销 经 理']));
  });

  it('never returns pages that only have the characters scattered', async () => {
    const { search } = setup();
    // p3 has 项, 目 … but not 报项 together; nothing contains the phrase.
    const outcome = await search('报项');
    expect(outcome.hits).toEqual([]);
    expect(outcome.partialWords).toBeUndefined();
  });

  it('falls back to the words of a sentence when the whole matches nothing', async () => {
    const { search } = setup();
    const outcome = await search('投诉处理流程是什么');
    expect(outcome.partialWords).toEqual(['投诉', '处理']);
    expect(ids(outcome)).toEqual(['p3']);
  });

  it('counts hits per collection', async () => {
    const { search } = setup();
    expect(Object.fromEntries((await search('一房两卖')).counts)).toEqual({ incidents: 1, glossary: 1 });
  });

  it('asks Pagefind once per distinct query string', async () => {
    const { search, pagefind } = setup();
    await search('渗漏');
    const asked = pagefind.asked.length;
    await search('渗漏');
    expect(pagefind.asked.length).toBe(asked);
  });
});

describe('fallbackWords', () => {
  it('keeps words of two or more characters and drops question words', () => {
    expect(fallbackWords('退房怎么办', () => ['退房', '怎么办'])).toEqual(['退房']);
    expect(fallbackWords('A4 的 纸', () => ['A4', '的', '纸'])).toEqual(['a4']);
  });
});

describe('viewHit', () => {
  it('shows the catalog title and type and an excerpt with the match marked', async () => {
    const { search } = setup();
    const [first] = (await search('撞房')).hits;
    const view = await viewHit(first!);
    expect(view).toMatchObject({ url: '/incidents/double-sold-unit/', title: '房号卖重或折扣算错', collection: 'incidents' });
    expect(view.excerpt).toContain('<mark>撞房</mark>');
  });
});
