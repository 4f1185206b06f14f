import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../support/load-content';
import { toSimplified } from '../../../../src/lib/search/simplified';
import { hasTraditional } from '../../../../src/lib/search/traditional';
import { traditionalBitmap } from '../../../../src/lib/search/traditional-chars';
import { encodeBitmap, traditionalOnlyChars } from '../../../../src/lib/search/traditional-table';

describe('hasTraditional', () => {
  it('spots a Traditional character anywhere in the text', () => {
    expect(hasTraditional('一房兩賣')).toBe(true);
    expect(hasTraditional('客戶')).toBe(true);
    expect(hasTraditional('記者來了')).toBe(true);
  });

  it('says no for Simplified text, Latin and digits', () => {
    expect(hasTraditional('一房两卖')).toBe(false);
    expect(hasTraditional('A4 纸 72小时')).toBe(false);
  });

  it('finds no Traditional character in any of the playbook text', () => {
    const flagged = loadContent()
      .flatMap((entry) => [JSON.stringify(entry.data), entry.body])
      .filter((text) => hasTraditional(text));
    expect(flagged).toEqual([]);
  });

  it('uses a bitmap that matches the installed opencc-js (else run scripts/generate-traditional-chars.mjs)', () => {
    expect(traditionalBitmap).toBe(encodeBitmap(traditionalOnlyChars()));
  });
});

describe('toSimplified', () => {
  it('converts Traditional queries with OpenCC phrases and characters', async () => {
    expect(await toSimplified('一房兩賣')).toBe('一房两卖');
    expect(await toSimplified('記者')).toBe('记者');
    expect(await toSimplified('客戶資料洩露')).toBe('客户资料泄露');
  });

  it('leaves Simplified text as it is', async () => {
    expect(await toSimplified('群诉')).toBe('群诉');
  });
});
