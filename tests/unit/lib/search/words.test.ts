import { describe, expect, it } from 'vitest';
import { searchWords } from '../../../../src/config/search-words';
import { compileLexicon, lexiconTargets } from '../../../../src/lib/search/lexicon';
import { matchKey } from '../../../../src/lib/search/phrase';
import { namePieces, siteVocabulary } from '../../../../src/lib/search/vocabulary';
import { contentCatalog } from '../../../support/search-catalog';

describe('compileLexicon', () => {
  const lexicon = compileLexicon(searchWords, [{ title: '开发商（发展商）', aliases: ['甲方'] }]);

  it('maps everyday words and abbreviations to playbook words, Latin in lower case', () => {
    expect(lexicon.expansions.get('拉横幅')?.map((t) => t.word)).toContain('群诉');
    expect(lexicon.expansions.get('kpi')?.map((t) => [t.word, t.source])).toContainEqual([
      '考核',
      'abbreviation',
    ]);
  });

  it('searches each member of a synonym group as the others', () => {
    expect(lexicon.expansions.get('售楼部')?.map((t) => t.word)).toContain('售楼处');
    expect(lexicon.expansions.get('售楼处')?.map((t) => t.word)).toContain('售楼部');
  });

  it('searches a glossary alias as its term, without the bracketed second name', () => {
    expect(lexicon.expansions.get('甲方')).toEqual([
      { word: '开发商', weight: expect.any(Number), source: 'term' },
    ]);
  });

  it('tells situation words from question words', () => {
    expect(lexicon.situationWords.has('漏水')).toBe(true);
    expect(lexicon.situationWords.has('步骤')).toBe(false);
  });
});

describe('the word lists (src/config/search-words.ts)', () => {
  it('only send searches to words that are on some page', () => {
    const { catalog } = contentCatalog();
    const absent = lexiconTargets(searchWords).filter((word) => !catalog.terms.has(matchKey(word)));
    expect(absent).toEqual([]);
  });

  it('never map 定金 and 订金 onto each other', () => {
    const lexicon = compileLexicon(searchWords);
    expect(lexicon.expansions.get('定金')?.map((t) => t.word) ?? []).not.toContain('订金');
    expect(lexicon.expansions.get('订金')?.map((t) => t.word) ?? []).not.toContain('定金');
  });

  it('do not list a word both as a stop word and as a word to search', () => {
    const stop = new Set(searchWords.stopWords);
    const both = [...Object.keys(searchWords.everyday), ...Object.keys(searchWords.topics)].filter(
      (w) => stop.has(w),
    );
    expect(both).toEqual([]);
  });
});

describe('vocabulary', () => {
  it('cuts names at punctuation and at 或/和/与/及', () => {
    expect(namePieces('介绍错误、超范围承诺、保留房号被售出')).toEqual(
      expect.arrayContaining(['超范围承诺', '保留房号被售出']),
    );
    expect(namePieces('房号卖重或折扣算错')).toEqual(
      expect.arrayContaining(['房号卖重', '折扣算错']),
    );
  });

  it('keeps general words but not those glued to a particle', () => {
    const doc = { title: '标题', aliases: [], summary: '', signals: [], actions: [], body: '' };
    const words = siteVocabulary([doc], [], () => ['墙面', '裂了', '的人', '客户', 'A4', '了']);
    expect([...words].sort()).toEqual(['a4', '墙面', '客户', '标题']);
  });
});
