// A small site for the search tests: a few pages of each kind, word lists to match, and the
// engine over them with the exact search and the converter recorded.
import { vi } from 'vitest';
import { buildCatalogData } from '../../../../src/lib/search/build-catalog';
import { type CatalogPage, catalogOf } from '../../../../src/lib/search/catalog';
import { createSearch } from '../../../../src/lib/search/engine';
import type { SearchWords } from '../../../../src/lib/search/lexicon';
import type { SearchDocument } from '../../../../src/lib/search/term-index';

interface SmallPage
  extends Omit<CatalogPage, 'steps' | 'url'>, Partial<Omit<SearchDocument, 'title' | 'aliases'>> {
  url?: string;
}

const pages: SmallPage[] = [
  {
    id: 'crowd',
    collection: 'incidents',
    title: '客户集体到售楼处闹事',
    aliases: ['闹事', '拉横幅'],
    summary: '多名客户到售楼处投诉。',
    signals: ['业主群约好时间'],
    actions: ['项目经理到场', '认准带头人', '请进会议室', '当日书面上报'],
    body: '群诉很少突然爆发。售楼处门口聚集。',
  },
  {
    id: 'double',
    collection: 'incidents',
    title: '房号卖重或折扣算错',
    aliases: ['一房两卖', '撞房'],
    summary: '同一套房被两位客户认购。',
    actions: ['冻结房号', '分开两组客户', '核对单据'],
    body: '房号管理单和认购书。',
  },
  {
    id: 'leak',
    collection: 'incidents',
    title: '交付期质量问题（渗漏等）',
    aliases: ['漏水', '墙面开裂'],
    summary: '入伙后渗漏。',
    actions: ['登记报修', '上门验看', '派单维修'],
    body: '渗漏和开裂由项目部工程师验看。',
  },
  {
    id: 'qunsu',
    collection: 'glossary',
    title: '群诉',
    aliases: ['集体投诉'],
    body: '多名客户联合投诉。',
  },
  {
    id: 'shenlou',
    collection: 'glossary',
    title: '渗漏',
    aliases: ['漏水', '渗水'],
    body: '屋面渗水。',
  },
  {
    id: 'pm',
    collection: 'glossary',
    title: '项目经理',
    aliases: ['案场经理'],
    body: '现场负责人。',
  },
  {
    id: 'types',
    collection: 'strategies',
    title: '群诉的成因与类型识别',
    aliases: ['群诉类型'],
    body: '群诉分为核心型、团队型和散沙型。',
  },
  {
    id: 'report',
    collection: 'procedures',
    title: '事件书面上报',
    aliases: ['书面上报'],
    body: '当日书面上报总监。报项写清楚。',
  },
  {
    id: 'story',
    collection: 'cases',
    title: '示例：开盘日一房两卖',
    aliases: [],
    body: '开盘日两位客户拿着同一房号。',
  },
];

export const words: SearchWords = {
  stopWords: ['怎么办', '了', '的', '在', '我们'],
  vagueWords: ['出事'],
  everyday: { 拉横幅: ['群诉'], 堵门: ['群诉', '闹事'], 出事: ['书面上报'], 卖重: ['一房两卖'] },
  topics: { 几种: ['类型'] },
  abbreviations: { pm: ['项目经理'] },
  synonyms: [['售楼处', '售楼部']],
  situationMarkers: ['怎么办', '了'],
  knowledgeMarkers: ['类型', '几种'],
};

const entries = pages.map((p) => ({
  page: {
    id: p.id,
    url: p.url ?? `/${p.collection}/${p.id}/`,
    collection: p.collection,
    title: p.title,
    aliases: p.aliases,
    steps: (p.actions ?? []).slice(0, 3),
  },
  document: {
    title: p.title,
    aliases: p.aliases,
    summary: p.summary ?? '',
    signals: p.signals ?? [],
    actions: p.actions ?? [],
    body: [
      p.title,
      p.aliases.join('、'),
      p.summary ?? '',
      ...(p.signals ?? []),
      ...(p.actions ?? []),
      p.body ?? '',
    ].join('。'),
  },
}));

const { pages: sorted, terms } = buildCatalogData(entries, words);
export const catalog = catalogOf(sorted, terms);
const texts = new Map(entries.map((e) => [e.page.id, e.document.body]));

/** The engine over the small site, with its exact searches and conversions recorded. */
export function smallSearch() {
  const exactAsked: string[] = [];
  const toSimplified = vi.fn(async (text: string) =>
    text.replace('兩', '两').replace('賣', '卖').replace('處', '处'),
  );
  const search = createSearch({
    catalog,
    words,
    toSimplified,
    exactSearch: async (text) => {
      exactAsked.push(text);
      return new Set([...texts].filter(([, body]) => body.includes(text)).map(([id]) => id));
    },
    loadFuzzy: () => import('../../../../src/lib/search/fuzzy'),
  });
  return { search, exactAsked, toSimplified };
}

export const ids = (outcome: { hits: { page: { id: string } }[] }) =>
  outcome.hits.map((h) => h.page.id);
