import { describe, expect, it } from 'vitest';
import { segmentHan, tokenize } from '../../../../src/lib/search/segment';

const words = new Set(['售楼处', '售楼', '门口', '拉横幅', '房号', 'kpi']);
const stops = new Set(['在', '了', '怎么办', '的']);
const dictionary = {
  isWord: (w: string) => words.has(w),
  isStop: (w: string) => stops.has(w),
  maxLength: 3,
};

describe('segmentHan', () => {
  it('cuts a sentence into the fewest known words, preferring the longer one', () => {
    expect(segmentHan('售楼处门口拉横幅', dictionary).map((p) => p.text)).toEqual([
      '售楼处',
      '门口',
      '拉横幅',
    ]);
  });

  it('marks stop words and unknown characters', () => {
    expect(segmentHan('房号买了', dictionary)).toEqual([
      { text: '房号', kind: 'word' },
      { text: '买', kind: 'unknown' },
      { text: '了', kind: 'stop' },
    ]);
  });
});

describe('tokenize', () => {
  it('joins neighbouring unknown characters and keeps Latin words whole', () => {
    const tokens = tokenize('房号买重了 项目经理kpi', dictionary);
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['房号', 'word'],
      ['买重', 'unknown'],
      ['了', 'stop'],
      ['项目经理', 'unknown'],
      ['kpi', 'latin'],
    ]);
    expect(tokens.map((t) => t.run)).toEqual([0, 0, 0, 1, 1]);
  });
});
