import { describe, expect, it } from 'vitest';
import { groupByInitial } from '../../../src/lib/content/glossary-index';
import { findTerms } from '../../../src/lib/content/terms';
import { normaliseQuery, queryFromSearchParams } from '../../../src/lib/search/query';

describe('findTerms', () => {
  const terms = [
    { id: 'fanghao', names: ['房号'] },
    { id: 'fanghao-guanlidan', names: ['房号管理单'] },
    { id: 'dingjin', names: ['定金'] },
    { id: 'kaifashang', names: ['开发商（发展商）', '开发商'] },
  ];

  it('lists the terms a text uses in order of first use, by title or alias', () => {
    expect(findTerms('先收定金，再请开发商确认房号管理单。', terms)).toEqual([
      'dingjin',
      'kaifashang',
      'fanghao',
      'fanghao-guanlidan',
    ]);
  });

  it('finds nothing in a text that uses no term', () => {
    expect(findTerms('客户情绪平稳。', terms)).toEqual([]);
  });
});

describe('groupByInitial', () => {
  it('groups by the first pinyin letter, A to Z, sorted inside', () => {
    const groups = groupByInitial(['rengoushu', 'dingjin', 'ruhuo', 'baoxiu', '9x'], (p) => p);
    expect(groups).toEqual([
      { initial: 'B', items: ['baoxiu'] },
      { initial: 'D', items: ['dingjin'] },
      { initial: 'R', items: ['rengoushu', 'ruhuo'] },
      { initial: '#', items: ['9x'] },
    ]);
  });
});

describe('search query helpers', () => {
  it('folds white space', () => {
    expect(normaliseQuery('  退房 \n 换房 ')).toBe('退房 换房');
  });

  it('reads q from a search string and ignores the rest', () => {
    expect(queryFromSearchParams('?q=%E9%80%80%E6%88%BF&x=1')).toBe('退房');
    expect(queryFromSearchParams('?x=1')).toBe('');
  });
});
