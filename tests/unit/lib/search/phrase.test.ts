import { describe, expect, it } from 'vitest';
import {
  matchKey,
  phraseQuery,
  queryParts,
  rankingQuery,
  spellOut,
} from '../../../../src/lib/search/phrase';

describe('query phrases', () => {
  it('folds width, case and spaces for comparing', () => {
    expect(matchKey('  总监(营销经理)  CRM ')).toBe(matchKey('总监（营销经理） crm'));
  });

  it('splits a query where Pagefind drops characters: spaces, punctuation, symbols', () => {
    expect(queryParts('总监（营销经理）')).toEqual(['总监', '营销经理']);
    expect(queryParts('工商、城管 税务')).toEqual(['工商', '城管', '税务']);
    expect(queryParts('“”')).toEqual([]);
  });

  it('spells out Han characters one by one and keeps other words whole', () => {
    expect(spellOut('72小时内')).toBe('72 小 时 内');
    expect(spellOut('a4纸')).toBe('a4 纸');
  });

  it('quotes a phrase and leaves the ranking query unquoted', () => {
    expect(phraseQuery('群诉')).toBe('"群 诉"');
    expect(rankingQuery(['总监', '营销经理'])).toBe('总 监 营 销 经 理');
  });
});
