import { describe, expect, it } from 'vitest';
import { namesOf } from '../../../../src/lib/search/engine';
import { ids, smallSearch } from './small-site';

describe('createSearch', () => {
  it('finds a situation typed as a sentence: question words dropped, everyday words mapped', async () => {
    const { search } = smallSearch();
    const outcome = await search('业主在售楼处门口拉横幅怎么办');
    expect(outcome.dropped).toEqual(expect.arrayContaining(['在', '怎么办']));
    expect(outcome.words.find((w) => w.text === '拉横幅')?.terms.map((t) => t.word)).toEqual([
      '拉横幅',
      '群诉',
    ]);
    expect(ids(outcome)[0]).toBe('crowd');
  });

  it('shows the incident as the best answer when it is a confident match, with its first steps', async () => {
    const { search } = smallSearch();
    const outcome = await search('售楼处拉横幅');
    expect(outcome.best?.page.id).toBe('crowd');
    expect(outcome.best?.page.steps).toEqual(['项目经理到场', '认准带头人', '请进会议室']);
  });

  it('shows no best answer when the first result is not an incident', async () => {
    const { search } = smallSearch();
    const outcome = await search('群诉分几种');
    expect(ids(outcome)[0]).toBe('types');
    expect(outcome.best).toBeUndefined();
  });

  it('takes a same-sound slip for the word it was meant as, and names the page it corrects to', async () => {
    const { search } = smallSearch();
    const outcome = await search('一房两买');
    expect(outcome.words).toEqual([
      expect.objectContaining({ text: '一房两买', status: 'corrected', correction: '一房两卖' }),
    ]);
    expect(ids(outcome)[0]).toBe('double');
    expect(outcome.best?.page.id).toBe('double');
  });

  it('converts Traditional input, and loads the converter only for it', async () => {
    const { search, toSimplified } = smallSearch();
    await search('一房两卖');
    expect(toSimplified).not.toHaveBeenCalled();
    const outcome = await search('一房兩賣');
    expect(outcome.simplified).toBe('一房两卖');
    expect(ids(outcome)[0]).toBe('double');
    expect(toSimplified).toHaveBeenCalledTimes(1);
  });

  it('asks the exact search only for words the index lacks, and finds them there', async () => {
    const { search, exactAsked } = smallSearch();
    await search('渗漏');
    expect(exactAsked).toEqual([]);
    const outcome = await search('报项');
    expect(exactAsked).toEqual(['报项']);
    expect(ids(outcome)).toEqual(['report']);
    expect(outcome.words[0]?.status).toBe('exact');
  });

  it('keeps going when a word is found nowhere: results for the rest, the missing word named', async () => {
    const { search } = smallSearch();
    const outcome = await search('渗漏火星人');
    expect(ids(outcome)).toContain('leak');
    expect(outcome.missing).toEqual(['火星人']);
    expect(outcome.partial).toBe(true);
  });

  it('has no results and no partial state when no word is found', async () => {
    const { search } = smallSearch();
    const outcome = await search('火星人');
    expect(outcome.hits).toEqual([]);
    expect(outcome.partial).toBe(false);
  });

  it('spells out an abbreviation and ranks the page it names first', async () => {
    const { search } = smallSearch();
    expect(ids(await search('PM'))[0]).toBe('pm');
  });

  it('searches a glossary alias as its term too', async () => {
    const { search } = smallSearch();
    const outcome = await search('集体投诉');
    expect(outcome.words[0]?.terms.map((t) => t.word)).toContain('群诉');
  });

  it('counts hits per collection', async () => {
    const { search } = smallSearch();
    const outcome = await search('一房两卖');
    expect(outcome.counts.get('incidents')).toBe(1);
    expect(outcome.counts.get('cases')).toBe(1);
  });
});

describe('namesOf', () => {
  it('gives the query as typed and with slips corrected', () => {
    expect(
      namesOf('房号买重', [{ text: '买重', status: 'corrected', correction: '卖重', terms: [] }]),
    ).toEqual(['房号买重', '房号卖重']);
  });
});
