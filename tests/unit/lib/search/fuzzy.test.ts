import { describe, expect, it } from 'vitest';
import { Homophones, SlipDictionary } from '../../../../src/lib/search/fuzzy';
import { homophoneTable } from '../../../../src/lib/search/homophone-source';
import { homophoneTable as committed } from '../../../../src/lib/search/homophones-table';

const sound = new Homophones();

describe('Homophones', () => {
  it('knows characters that share a reading, including a second reading', () => {
    expect(sound.sameSound('买', '卖')).toBe(true);
    expect(sound.sameSound('重', '虫')).toBe(true);
    expect(sound.sameSound('买', '房')).toBe(false);
  });

  it('is the table pinyin-pro gives today (else run scripts/generate-homophones.mjs)', () => {
    expect(committed).toBe(homophoneTable());
  });
});

describe('SlipDictionary', () => {
  const dictionary = new SlipDictionary([
    '卖重',
    '售楼处',
    '交付',
    '渗漏',
    '一房两卖',
    '严重',
    '客户会',
  ]);
  const words = (text: string) =>
    dictionary.candidates(text, sound).map((c) => `${c.word}:${c.kind}`);

  it('takes a same-sound slip for the known word, whole words included', () => {
    expect(words('买重')).toEqual(['卖重:homophone']);
    expect(words('教父')).toEqual(['交付:homophone']);
    expect(words('一房两买')).toEqual(['一房两卖:homophone']);
  });

  it('allows one other change in a longer word: wrong, missing, extra or swapped character', () => {
    expect(words('售楼出')).toContain('售楼处:homophone');
    expect(words('售搂处')).toContain('售楼处:homophone');
    expect(words('售处楼')).toContain('售楼处:edit');
    expect(words('售楼处处')).toContain('售楼处:edit');
  });

  it('does not guess for a two-character word that differs in sound', () => {
    expect(words('客户')).toEqual([]);
    expect(words('渗水')).toEqual([]);
  });
});
