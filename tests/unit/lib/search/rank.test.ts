import { describe, expect, it } from 'vitest';
import type { CatalogPage } from '../../../../src/lib/search/catalog';
import { countByCollection, fieldMatch, type ExpansionHits, rankPartial, rankResults } from '../../../../src/lib/search/rank';
import type { Expansion } from '../../../../src/lib/search/synonyms';

const page = (id: string, collection: string, title: string, aliases: string[] = []): CatalogPage => ({
  id,
  url: `/${collection}/${id}/`,
  collection,
  title,
  aliases,
});
const catalog = new Map(
  [
    page('crowd', 'incidents', '客户集体到销售现场抱怨闹事', ['闹事', '群诉']),
    page('qunsu', 'glossary', '群诉', ['集体投诉']),
    page('core', 'strategies', '核心型群诉'),
    page('case', 'cases', '示例：老业主围了售楼处'),
    page('other', 'cases', '同样的问题，不同的态度'),
  ].map((p) => [p.id, p]),
);
const query = (text: string, weight = 1): Expansion => ({ text, weight, source: weight === 1 ? 'query' : 'synonym' });
const found = (expansion: Expansion, exact: string[], scores: Record<string, number> = {}): ExpansionHits => ({
  expansion,
  exact: new Set(exact),
  scores: new Map(Object.entries(scores)),
});
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('fieldMatch', () => {
  it('scores an equal title or alias above one that only contains the query', () => {
    const equal = fieldMatch(page('a', 'glossary', '群诉'), '群诉');
    const contains = fieldMatch(page('b', 'strategies', '核心型群诉'), '群诉');
    expect(equal?.equal).toBe(true);
    expect(contains?.equal).toBe(false);
    expect(equal!.score).toBeGreaterThan(contains!.score);
  });

  it('compares in folded form: full-width brackets match half-width ones', () => {
    expect(fieldMatch(page('a', 'glossary', '营销总监', ['总监（营销经理）']), '总监(营销经理)')?.kind).toBe('alias');
  });
});

describe('rankResults', () => {
  it("puts an incident first for its alias, above a glossary term with that exact title", () => {
    const hits = rankResults([found(query('群诉'), ['qunsu', 'core', 'crowd', 'case'], { qunsu: 9, core: 8, case: 7, crowd: 1 })], catalog);
    expect(ids(hits)).toEqual(['crowd', 'qunsu', 'core', 'case']);
    expect(hits.map((h) => h.match)).toEqual(['alias', 'title', 'title', 'body']);
  });

  it('ranks body matches by Pagefind score and never includes pages without the phrase', () => {
    const hits = rankResults([found(query('保修'), ['case', 'other'], { other: 5, case: 2, crowd: 9 })], catalog);
    expect(ids(hits)).toEqual(['other', 'case']);
  });

  it('includes a page whose title matches even if the phrase search missed it', () => {
    expect(ids(rankResults([found(query('核心型群诉'), [])], catalog))).toEqual(['core']);
  });

  it('ranks matches of a synonym below matches of the query, merging pages found by both', () => {
    const hits = rankResults(
      [found(query('维权'), ['case'], { case: 3 }), found(query('群诉', 0.7), ['qunsu', 'case'], { qunsu: 5, case: 1 })],
      catalog,
    );
    // Titles and aliases holding the synonym beat a body match of the query.
    expect(ids(hits)).toEqual(['crowd', 'qunsu', 'core', 'case']);
    expect(hits[0]?.expansion.text).toBe('群诉');
    expect(hits[3]?.expansion.text).toBe('维权');
    const alone = rankResults([found(query('维权'), ['case'], { case: 3 })], catalog);
    expect(hits[3]!.score).toBeGreaterThan(alone[0]!.score);
  });

  it('orders equal scores by page address, so results are stable', () => {
    expect(ids(rankResults([found(query('雨季'), ['other', 'case'])], catalog))).toEqual(['case', 'other']);
  });
});

describe('rankPartial', () => {
  it('keeps only the pages that contain the most words', () => {
    const words = [
      { word: '投诉', exact: new Set(['case', 'other']), scores: new Map([['case', 1], ['other', 2]]) },
      { word: '流程', exact: new Set(['case']), scores: new Map([['case', 1]]) },
    ];
    const hits = rankPartial(words, query('投诉流程'), catalog);
    expect(ids(hits)).toEqual(['case']);
    expect(hits[0]?.match).toBe('partial');
  });

  it('returns nothing when no word matches', () => {
    expect(rankPartial([{ word: '火星', exact: new Set(), scores: new Map() }], query('火星人'), catalog)).toEqual([]);
  });
});

describe('countByCollection', () => {
  it('counts hits per collection for the type filters', () => {
    const hits = rankResults([found(query('群诉'), ['qunsu', 'core', 'crowd', 'case'])], catalog);
    expect(Object.fromEntries(countByCollection(hits, catalog))).toEqual({ incidents: 1, glossary: 1, strategies: 1, cases: 1 });
  });
});

describe('rankResults and partial title matches', () => {
  it('ranks a page titled exactly as the query above an incident whose title only contains it', () => {
    const pages = new Map(
      [page('dingjin', 'glossary', '定金'), page('deposit', 'incidents', '认购书未复核即收定金')].map((p) => [p.id, p]),
    );
    const hits = rankResults([found(query('定金'), ['dingjin', 'deposit'], { deposit: 9, dingjin: 1 })], pages);
    expect(ids(hits)).toEqual(['dingjin', 'deposit']);
  });
});

describe('rankResults and the page a query names', () => {
  it('puts the page whose alias is the query above an incident found through a synonym', () => {
    const pages = new Map(
      [page('shenlou', 'glossary', '渗漏', ['渗水']), page('defects', 'incidents', '交付期质量问题', ['漏水', '渗漏'])].map((p) => [p.id, p]),
    );
    const hits = rankResults(
      [found(query('渗水'), ['shenlou'], { shenlou: 1 }), found(query('渗漏', 0.7), ['shenlou', 'defects'], { defects: 9, shenlou: 1 })],
      pages,
    );
    expect(ids(hits)).toEqual(['shenlou', 'defects']);
  });
});
