import { describe, expect, it } from 'vitest';
import {
  buildTermIndex,
  countWords,
  decodeNumbers,
  encodeNumbers,
  type SearchDocument,
  TermIndex,
  vocabularyTrie,
} from '../../../../src/lib/search/term-index';

const doc = (fields: Partial<SearchDocument>): SearchDocument => ({
  title: '',
  aliases: [],
  summary: '',
  signals: [],
  actions: [],
  body: '',
  ...fields,
});

describe('countWords', () => {
  it('counts every occurrence of every vocabulary word, overlapping words included', () => {
    const counts = countWords('核心型群诉和群诉', vocabularyTrie(['群诉', '核心型群诉', '核心']));
    expect(Object.fromEntries(counts)).toEqual({ 群诉: 2, 核心型群诉: 1, 核心: 1 });
  });

  it('folds width and case', () => {
    expect(countWords('ＣＲＭ 系统', vocabularyTrie(['crm'])).get('crm')).toBe(1);
  });
});

describe('encodeNumbers', () => {
  it('round-trips small and large numbers', () => {
    const values = [0, 1, 63, 64, 1000, 5];
    expect(decodeNumbers(encodeNumbers(values))).toEqual(values);
    expect(encodeNumbers([0, 10, 63])).toBe('0a_');
  });
});

describe('buildTermIndex', () => {
  const docs = [
    doc({ title: '渗漏', body: '渗漏 一次' }),
    doc({ title: '交付', body: '交付时发现渗漏，渗漏，再渗漏，又渗漏' }),
    doc({ title: '其他', body: '没有这个词' }),
  ];
  const index = new TermIndex(buildTermIndex(docs, ['渗漏', '交付', '不存在']), docs.length);

  it('lists exactly the pages whose text has the word', () => {
    expect(index.postings('渗漏').map((p) => p.page)).toEqual([0, 1]);
    expect(index.has('不存在')).toBe(false);
  });

  it('weighs a word in the title above many mentions in the body', () => {
    const [inTitle, inBody] = index.postings('渗漏');
    expect(inTitle?.weight).toBeGreaterThan(inBody?.weight ?? Infinity);
  });

  it('gives rare words a higher idf than common ones', () => {
    expect(index.idf(index.pagesWith('交付'))).toBeGreaterThan(index.idf(index.pagesWith('渗漏')));
  });
});
