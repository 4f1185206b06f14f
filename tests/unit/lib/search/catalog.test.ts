import { describe, expect, it } from 'vitest';
import {
  catalogEntry,
  entryIdOfUrl,
  parseCatalog,
  serializeCatalog,
} from '../../../../src/lib/search/catalog';
import { buildTermIndex } from '../../../../src/lib/search/term-index';

const Z = '\u200B';

describe('catalogEntry', () => {
  it('reads title, aliases, summary, signals and actions from the indexed metadata, without separators', () => {
    const entry = catalogEntry('zh-cn_1', {
      url: '/incidents/crowd-protest/',
      content: `事${Z}件. 客${Z}户`,
      meta: {
        title: `${Z}客${Z}户`,
        collection: 'incidents',
        aliases: `闹${Z}事、拉${Z}横${Z}幅`,
        summary: '多名客户结伴来',
        signals1: '业主群约好时间',
        actions1: '项目经理到场',
        actions2: '认准带头人',
        actions3: '请进会议室',
        actions4: '劝其他人离开',
      },
    });
    expect(entry).toEqual({
      page: {
        id: 'zh-cn_1',
        url: '/incidents/crowd-protest/',
        collection: 'incidents',
        title: '客户',
        aliases: ['闹事', '拉横幅'],
        steps: ['项目经理到场', '认准带头人', '请进会议室'],
      },
      document: {
        title: '客户',
        aliases: ['闹事', '拉横幅'],
        summary: '多名客户结伴来',
        signals: ['业主群约好时间'],
        actions: ['项目经理到场', '认准带头人', '请进会议室', '劝其他人离开'],
        body: '事件. 客户',
      },
    });
  });

  it('explains which page lacks metadata and where it comes from', () => {
    const message = catalogEntry('zh-cn_2', {
      url: '/about/',
      content: '',
      meta: { title: '关于' },
    });
    expect(message).toMatch(/\/about\/.*collection.*EntryLayout/);
  });
});

describe('catalog file', () => {
  const pages = [
    {
      id: 'b',
      url: '/glossary/qunsu/',
      collection: 'glossary',
      title: '群诉',
      aliases: ['集体投诉'],
      steps: [],
    },
  ];
  const terms = buildTermIndex(
    [{ title: '群诉', aliases: ['集体投诉'], summary: '', signals: [], actions: [], body: '群诉' }],
    ['群诉', '集体投诉'],
  );

  it('round-trips pages and term index through JSON', () => {
    const parsed = parseCatalog(JSON.parse(serializeCatalog(pages, terms)));
    expect(parsed.pages).toEqual(pages);
    expect(parsed.byId.get('b')?.title).toBe('群诉');
    expect(parsed.terms.postings('群诉').map((p) => p.page)).toEqual([0]);
  });

  it('refuses another version, a malformed page or a malformed index', () => {
    expect(() => parseCatalog({ version: 1, pages: [] })).toThrow(/version 1/);
    expect(() =>
      parseCatalog({ version: 2, pages: [['a', '/a/', 'cases', 7, [], []]], terms }),
    ).toThrow(/malformed/);
    expect(() => parseCatalog({ version: 2, pages: [], terms: { words: '' } })).toThrow(
      /term index/,
    );
  });
});

describe('entryIdOfUrl', () => {
  it('takes the last path segment', () => {
    expect(entryIdOfUrl('/incidents/crowd-protest/')).toBe('crowd-protest');
  });
});
