import { describe, expect, it } from 'vitest';
import { htmlForIndex, joinHan, splitHan } from '../../../../src/lib/search/index-text';

const Z = '\u200B';

describe('splitHan', () => {
  it('separates every pair of adjacent Han characters and nothing else', () => {
    expect(splitHan('销控表 A4 纸')).toBe(`销${Z}控${Z}表 A4 纸`);
  });

  it('is undone by joinHan', () => {
    expect(joinHan(splitHan('群诉，渗漏'))).toBe('群诉，渗漏');
  });
});

describe('htmlForIndex', () => {
  it('splits text but leaves tags and attribute values alone', () => {
    const html = '<span data-pagefind-filter="type:事件" title="a > b">事件</span>';
    expect(htmlForIndex(html)).toBe(
      `<span data-pagefind-filter="type:事件" title="a > b">事${Z}件</span>`,
    );
  });

  it('splits across inline tags, so text in neighbouring elements does not fuse', () => {
    expect(htmlForIndex('<a>闹事</a><span>事件</span>')).toBe(
      `<a>闹${Z}事</a><span>${Z}事${Z}件</span>`,
    );
  });

  it('does not split where the neighbouring text is not Han', () => {
    expect(htmlForIndex('<b>渗漏</b> <i>A4</i>')).toBe(`<b>渗${Z}漏</b> <i>A4</i>`);
  });

  it('leaves scripts, styles and comments byte for byte', () => {
    const html =
      '<script type="application/json">{"t":"群诉"}</script><style>p::after{content:"渗漏"}</style><!-- 注释 --><p>群诉</p>';
    expect(htmlForIndex(html)).toBe(
      `<script type="application/json">{"t":"群诉"}</script><style>p::after{content:"渗漏"}</style><!-- 注释 --><p>群${Z}诉</p>`,
    );
  });
});
