import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../src/lib/search/lexicon';
import { QueryContext, understandQuery } from '../../../../src/lib/search/understand';
import { catalog, words } from './small-site';

const context = new QueryContext(
  catalog,
  compileLexicon(
    words,
    catalog.pages.filter((p) => p.collection === 'glossary'),
  ),
);
const resolvers = {
  exactPages: async () => new Set<string>(),
  slips: async (text: string, known: Iterable<string>) => {
    const { Homophones, SlipDictionary } = await import('../../../../src/lib/search/fuzzy');
    return new SlipDictionary(known).candidates(text, new Homophones());
  },
};
const read = async (query: string) =>
  (await understandQuery(query, context, resolvers)).words.map((w) => [
    w.text,
    w.status,
    w.correction ?? '',
  ]);

describe('understandQuery', () => {
  it('drops question words and reads a situation as one', async () => {
    const analysis = await understandQuery('渗漏了怎么办', context, resolvers);
    expect(analysis.words.map((w) => w.text)).toEqual(['渗漏']);
    expect(analysis.dropped).toEqual(['了', '怎么办']);
    expect(analysis.situation).toBe(true);
  });

  it('does not read a question about types as a situation', async () => {
    expect((await understandQuery('群诉分几种', context, resolvers)).situation).toBe(false);
  });

  it('takes a lone wrong character for a slip inside the word next to it', async () => {
    expect(await read('售楼出拉横幅')).toEqual([
      ['售楼出', 'corrected', '售楼处'],
      ['拉横幅', 'known', ''],
    ]);
  });

  it('searches a vague word only as what it maps to', async () => {
    const [word] = (await understandQuery('出事', context, resolvers)).words;
    expect(word?.terms.map((t) => t.word)).toEqual(['书面上报']);
  });

  it('says which words it cannot find', async () => {
    expect(await read('渗漏火星人')).toEqual([
      ['渗漏', 'known', ''],
      ['火星人', 'missing', ''],
    ]);
  });
});
