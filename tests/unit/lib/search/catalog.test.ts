import { describe, expect, it } from 'vitest';
import { catalogPage, parseCatalog, serializeCatalog } from '../../../../src/lib/search/catalog';

const Z = '\u200B';

describe('catalogPage', () => {
  it('reads title, collection and aliases from the indexed metadata, without separators', () => {
    const page = catalogPage('zh-cn_1', {
      url: '/incidents/crowd-protest/',
      meta: { title: `${Z}客${Z}户`, collection: 'incidents', aliases: `闹${Z}事、拉${Z}横${Z}幅` },
    });
    expect(page).toEqual({ id: 'zh-cn_1', url: '/incidents/crowd-protest/', collection: 'incidents', title: '客户', aliases: ['闹事', '拉横幅'] });
  });

  it('explains which page lacks metadata and where it comes from', () => {
    const message = catalogPage('zh-cn_2', { url: '/about/', meta: { title: '关于' } });
    expect(message).toMatch(/\/about\/.*collection.*EntryLayout/);
  });
});

describe('catalog file', () => {
  it('round-trips through JSON', () => {
    const pages = [{ id: 'b', url: '/b/', collection: 'glossary', title: '群诉', aliases: ['集体投诉'] }];
    const parsed = parseCatalog(JSON.parse(serializeCatalog(pages)));
    expect([...parsed.values()]).toEqual(pages);
  });

  it('refuses another version or a malformed page', () => {
    expect(() => parseCatalog({ version: 99, pages: [] })).toThrow(/version 99/);
    expect(() => parseCatalog({ version: 1, pages: [['a', '/a/', 'cases', 7, []]] })).toThrow(/malformed/);
  });
});
