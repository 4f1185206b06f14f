import { describe, expect, it } from 'vitest';
import { excerptHtml, findMatches, joinMarks } from '../../../../src/lib/search/excerpt';

describe('excerptHtml', () => {
  it('marks whole phrases, longest first, without overlaps', () => {
    expect(excerptHtml('业主群诉升级为群体投诉', ['群诉', '业主群诉'])).toBe(
      '<mark>业主群诉</mark>升级为群体投诉',
    );
  });

  it('centres a window on the first match and marks ends that were cut', () => {
    const text = `${'甲'.repeat(30)}渗漏${'乙'.repeat(30)}`;
    expect(excerptHtml(text, ['渗漏'], { length: 10, lead: 4 })).toBe(
      '…甲甲甲甲<mark>渗漏</mark>乙乙乙乙…',
    );
  });

  it('prefers a match after the title over the title itself', () => {
    const text = '术语. 渗漏. 屋面渗水。渗漏常在雨季出现。';
    expect(excerptHtml(text, ['渗漏'], { title: '渗漏', length: 12, lead: 2 })).toBe(
      '…渗水。<mark>渗漏</mark>常在雨季出现。',
    );
  });

  it('escapes the page text', () => {
    expect(excerptHtml('a<b>&"群诉"', ['群诉'])).toBe(
      'a&lt;b&gt;&amp;&quot;<mark>群诉</mark>&quot;',
    );
  });

  it('matches Latin letters in any case', () => {
    expect(findMatches('按 CRM 规程', ['crm'])).toEqual([{ start: 2, end: 5 }]);
  });

  it('gives nothing when the text has none of the needles', () => {
    expect(excerptHtml('客户很满意', ['群诉'])).toBeUndefined();
  });
});

describe('joinMarks', () => {
  it("joins Pagefind's per-character marks into one", () => {
    expect(joinMarks('成<mark>群</mark><mark>诉</mark>了')).toBe('成<mark>群诉</mark>了');
  });
});
