import { describe, expect, it } from 'vitest';
import { corrections, explainsSomething, shownWords } from '../../../../src/lib/search/explain';
import { evalKinds, parseEvalSet, rankOf, scoreRanks } from '../../../../src/lib/search/evaluate';
import type { QueryWord } from '../../../../src/lib/search/understand';

const words: QueryWord[] = [
  {
    text: '拉横幅',
    status: 'known',
    terms: [
      { word: '拉横幅', weight: 1, source: 'query' },
      { word: '群诉', weight: 0.75, source: 'everyday' },
    ],
  },
  {
    text: '买重',
    status: 'corrected',
    correction: '卖重',
    terms: [{ word: '卖重', weight: 0.9, source: 'slip' }],
  },
  { text: '火星人', status: 'missing', terms: [] },
];

describe('explaining a search', () => {
  it('lists the words with what else each was searched as, and whether it was found', () => {
    expect(shownWords({ words })).toEqual([
      { text: '拉横幅', found: true, also: ['群诉'] },
      { text: '买重', found: true, also: [] },
      { text: '火星人', found: false, also: [] },
    ]);
    expect(corrections({ words })).toEqual([['买重', '卖重']]);
  });

  it('explains nothing for a plain playbook term', () => {
    const plain: QueryWord[] = [
      { text: '销控', status: 'known', terms: [{ word: '销控', weight: 1, source: 'query' }] },
    ];
    expect(explainsSomething({ words: plain, dropped: [] })).toBe(false);
    expect(explainsSomething({ words, dropped: [] })).toBe(true);
  });
});

describe('the evaluation measures', () => {
  it('reads the set and names the item of a mistake', () => {
    expect(
      parseEvalSet([{ q: '漏水', expect: 'delivery-defects', kind: 'phrase', round: 1 }]),
    ).toEqual([{ q: '漏水', expect: ['delivery-defects'], kind: 'phrase', round: 1 }]);
    expect(() => parseEvalSet([{ q: '漏水', expect: 'x', kind: 'poem', round: 1 }])).toThrow(
      /item 1 \(漏水\): kind "poem"/,
    );
    expect(() =>
      parseEvalSet([
        { q: 'a', expect: 'x', kind: 'exact', round: 1 },
        { q: 'a', expect: 'y', kind: 'exact', round: 1 },
      ]),
    ).toThrow(/already/);
    expect(evalKinds).toContain('traditional');
  });

  it('scores ranks as top-1, top-3 and mean reciprocal rank', () => {
    expect(rankOf({ expect: ['b', 'c'] }, ['a', 'c', 'b'])).toBe(2);
    expect(rankOf({ expect: ['z'] }, ['a'])).toBe(0);
    expect(scoreRanks([1, 2, 4, 0])).toEqual({
      count: 4,
      top1: 0.25,
      top3: 0.5,
      mrr: (1 + 0.5 + 0.25) / 4,
    });
  });
});
