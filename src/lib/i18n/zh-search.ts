// Part of the interface dictionary (src/lib/i18n/zh.ts re-exports it). Client code imports
// this module directly so each page's bundle carries only the strings it shows.

/** Strings of the search interface; imported on their own by client code. */
export const searchText = {
  label: '搜索手册',
  placeholder: '搜索：一房两卖、闹事、漏水…',
  submit: '搜索',
  shortcut: '按 / 或 Ctrl+K 搜索',
  loading: '正在加载搜索…',
  typeToSearch:
    '直接写眼前发生了什么：“业主在门口拉横幅”“房子漏水”“记者来了”，整句、口头说法、繁体、打错一个字都可以。',
  noResults: (q: string) =>
    `没有找到与“${q}”相关的内容。试试更短的词、同义词（如“闹事”“群诉”），或浏览手册目录。`,
  count: (n: number, q: string) => `“${q}”共找到 ${n} 条结果`,
  viewAll: (n: number) => `查看全部 ${n} 条结果`,
  showMore: '显示更多结果',
  unavailable: '搜索暂时不可用：索引没有加载成功。请点“重试”，或直接浏览手册目录。',
  offline: '现在处于离线状态，搜索索引还没有下载到这台设备。联网后点“重试”，或先从手册目录查找。',
  retry: '重试',
  browse: '浏览手册目录',
  suggestLabel: '试试：',
  suggestions: ['一房两卖', '闹事', '漏水', '记者', '退房'],
  filtersLabel: '按类型筛选',
  allTypes: '全部',
  countIn: (n: number, q: string, type: string) => `“${q}”在「${type}」中有 ${n} 条结果`,
  noneInType: (q: string, type: string, total: number) =>
    `“${q}”在「${type}」中没有结果；全部类型中共有 ${total} 条。`,
  showAllTypes: '查看全部类型',
  simplifiedAs: (q: string) => `已按简体“${q}”搜索。`,
  correctedAs: (typed: string, meant: string) => `“${typed}”按“${meant}”搜索。`,
  searchedWords: '按这些词找：',
  /** Between a word and the playbook words it was also searched as: 拉横幅（群诉、闹事）. */
  alsoAs: (words: string) => `（${words}）`,
  missingLead: '没有找到：',
  partialTail: '。下面的结果只包含其余的词。',
  bestAnswerLabel: '最可能是这种情况',
  /** The best-answer heading until a search fills it in (hidden until then); one per search box. */
  bestAnswerPending: { header: '最可能的情况', page: '搜索结果：最可能的情况' },
  bestAnswerSteps: '立即行动：',
  openCard: '打开应急卡',
  openEntry: '查看完整条目',
  devOnly: '开发模式没有搜索索引：先运行 npm run build，再用 npm run preview 查看。',
  pageTitle: '搜索',
  pageIntro: '在整本手册中搜索事件、规程、策略、案例、表单、术语和演练。',
  results: '搜索结果',
} as const;
