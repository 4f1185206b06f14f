import { describe, expect, it } from 'vitest';
import {
  bestAnswer,
  type RankedHit,
  rankPages,
  rankSettings,
} from '../../../../src/lib/search/rank';
import type { QueryAnalysis, QueryWord } from '../../../../src/lib/search/understand';
import { catalog } from './small-site';

const word = (text: string, extra: string[] = []): QueryWord => ({
  text,
  status: 'known',
  terms: [
    { word: text, weight: 1, source: 'query' },
    ...extra.map((w) => ({ word: w, weight: 0.75, source: 'everyday' as const })),
  ],
});
const analysis = (words: QueryWord[], situation = false): QueryAnalysis => ({
  words,
  dropped: [],
  situation,
});
const ids = (hits: { page: { id: string } }[]) => hits.map((h) => h.page.id);

describe('rankPages', () => {
  it('puts the page whose title or alias is the whole query first, incidents before others', () => {
    const hits = rankPages(analysis([word('漏水')]), catalog, ['漏水']);
    expect(ids(hits).slice(0, 2)).toEqual(['leak', 'shenlou']);
    expect(hits[0]?.named).toBe(true);
  });

  it('ranks pages that cover more of the query first', () => {
    const hits = rankPages(analysis([word('渗漏'), word('墙面开裂')]), catalog);
    expect(ids(hits)[0]).toBe('leak');
    expect(hits[0]?.matched).toEqual(['渗漏', '墙面开裂']);
    expect(hits.find((h) => h.page.id === 'shenlou')?.matched).toEqual(['渗漏']);
  });

  it('favours incident cards when the query describes a situation', () => {
    const score = (situation: boolean) =>
      rankPages(analysis([word('群诉')], situation), catalog).find((h) => h.page.id === 'crowd')
        ?.score ?? 0;
    const other = (situation: boolean) =>
      rankPages(analysis([word('群诉')], situation), catalog).find((h) => h.page.id === 'qunsu')
        ?.score ?? 0;
    expect(score(true) / score(false)).toBeCloseTo(rankSettings.situationBoost);
    expect(other(true)).toBeCloseTo(other(false));
  });

  it('lets a common word rank pages but not bring them in when the query has rarer words', () => {
    const everywhere = catalog.pages.length;
    const common = rankPages(analysis([word('群诉'), word('一房两卖')]), catalog);
    expect(common.length).toBeLessThan(everywhere);
    expect(ids(common)).toEqual(expect.arrayContaining(['double', 'story', 'qunsu']));
  });

  it('lists the terms that matched each page, to mark in its excerpt', () => {
    const hits = rankPages(analysis([word('拉横幅', ['群诉'])]), catalog);
    expect(hits.find((h) => h.page.id === 'qunsu')?.needles).toEqual(['群诉']);
    expect(hits.find((h) => h.page.id === 'crowd')?.needles).toEqual(['拉横幅']);
  });
});

describe('bestAnswer', () => {
  const page = (id: string) => catalog.pages.find((p) => p.id === id)!;
  const hit = (id: string, score: number, matched: string[], named = false): RankedHit => ({
    page: page(id),
    score,
    matched,
    needles: [],
    via: 'query',
    named,
  });
  const two = analysis([word('拉横幅'), word('售楼处')]);

  it('is the first incident when it leads clearly and matches most of the query', () => {
    expect(
      bestAnswer([hit('crowd', 10, ['拉横幅', '售楼处']), hit('qunsu', 5, ['拉横幅'])], two)?.page
        .id,
    ).toBe('crowd');
  });

  it('is the incident the query names, however close the next page', () => {
    expect(
      bestAnswer([hit('crowd', 10, ['拉横幅'], true), hit('qunsu', 9.9, ['拉横幅'])], two)?.page.id,
    ).toBe('crowd');
  });

  it('is nothing when the first page is not an incident, the lead is small or few words match', () => {
    expect(
      bestAnswer([hit('qunsu', 10, ['拉横幅', '售楼处']), hit('crowd', 5, ['拉横幅'])], two),
    ).toBeUndefined();
    expect(
      bestAnswer([hit('crowd', 10, ['拉横幅', '售楼处']), hit('qunsu', 9, ['拉横幅'])], two),
    ).toBeUndefined();
    const three = analysis([word('拉横幅'), word('售楼处'), word('门口')]);
    expect(
      bestAnswer([hit('crowd', 10, ['拉横幅']), hit('qunsu', 2, ['拉横幅'])], three),
    ).toBeUndefined();
  });
});
