import { describe, expect, it } from 'vitest';
import { expandQuery, expansionWeight, maxExpansions, synonymGroups } from '../../../../src/lib/search/synonyms';

const texts = (query: string, options = {}) => expandQuery(query, options).map((e) => e.text);

describe('expandQuery', () => {
  it('searches the query first, then the other members of its synonym group', () => {
    expect(texts('闹事')).toEqual(['闹事', '群诉', '维权']);
    expect(texts('漏水')).toEqual(['漏水', '渗漏', '渗水']);
  });

  it('swaps a member inside a longer query', () => {
    expect(texts('业主闹事怎么办')).toEqual(['业主闹事怎么办', '业主群诉怎么办', '业主维权怎么办']);
  });

  it('replaces the longest member, not a shorter one inside it', () => {
    expect(texts('卖重房号')).toEqual(['卖重房号', '一房两卖', '房号卖重', '撞房']);
  });

  it('adds the glossary term whose alias the query is', () => {
    const glossary = [{ title: '群诉', aliases: ['集体投诉', '业主维权'] }];
    const expansions = expandQuery('集体投诉', { glossary, groups: [] });
    expect(expansions).toEqual([
      { text: '集体投诉', weight: 1, source: 'query' },
      { text: '群诉', weight: expansionWeight.term, source: 'term' },
    ]);
  });

  it('searches the Simplified form at full weight, with its own synonyms', () => {
    const expansions = expandQuery('記者', { simplified: '记者' });
    expect(expansions.slice(0, 2)).toEqual([
      { text: '記者', weight: 1, source: 'query' },
      { text: '记者', weight: 1, source: 'simplified' },
    ]);
    expect(expansions.map((e) => e.text)).toContain('媒体');
  });

  it('leaves a word with no synonyms alone and never repeats a text', () => {
    expect(texts('销控')).toEqual(['销控']);
    expect(texts('一房两卖', { simplified: '一房两卖' })).toEqual(['一房两卖', '房号卖重', '卖重房号', '撞房']);
  });

  it('stops at the expansion limit', () => {
    const group = Array.from({ length: 20 }, (_, i) => `词${i}`);
    expect(expandQuery('词0', { groups: [group] })).toHaveLength(maxExpansions);
  });

  it('keeps every word in one synonym group only', () => {
    const words = synonymGroups.flat();
    expect(new Set(words).size).toBe(words.length);
  });
});
