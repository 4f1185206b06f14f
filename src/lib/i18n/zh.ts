import type { CollectionName } from '../content/collections';
import { builderText, codeText, reportText, takeText } from './zh-trainer';

// The trainer pages' sections live in their own module so their words stay out of the chunk
// every drill and quiz page loads; they are part of this dictionary all the same.
export { builderText, codeText, reportText, takeText };

/** Strings of the search interface; imported on their own by client code. */
export const searchText = {
  label: '搜索手册',
  placeholder: '搜索：一房两卖、闹事、漏水…',
  submit: '搜索',
  shortcut: '按 / 或 Ctrl+K 搜索',
  loading: '正在加载搜索…',
  typeToSearch: '输入关键词开始搜索，例如：退房、记者、拉横幅。',
  noResults: (q: string) => `没有找到与“${q}”相关的内容。试试更短的词、同义词（如“闹事”“群诉”），或浏览手册目录。`,
  count: (n: number, q: string) => `“${q}”共找到 ${n} 条结果`,
  viewAll: (n: number) => `查看全部 ${n} 条结果`,
  showMore: '显示更多结果',
  unavailable: '搜索暂时不可用：索引没有加载成功。请检查网络后重试，或直接浏览手册目录。',
  devOnly: '开发模式没有搜索索引：先运行 npm run build，再用 npm run preview 查看。',
  pageTitle: '搜索',
  pageIntro: '在整本手册中搜索事件、规程、策略、案例、表单、术语和演练。',
  results: '搜索结果',
} as const;

/** Strings of the drill interface; imported on their own by client code. */
export const drillText = {
  start: '开始演练',
  restart: '再练一次',
  continue: '继续',
  staticNote: '下面是完整剧本。开启 JavaScript 后可以逐步作答、看到反馈并计分。',
  timer: (left: string) => `剩余时间 ${left}`,
  timeUp: '时间到：演练结束，未作答的决策点不得分。',
  progress: (n: number) => `第 ${n} 个决策点`,
  chosen: '你的选择',
  better: '更好的做法',
  why: '理由',
  basis: '依据',
  ending: '结局',
  result: '本次成绩',
  total: '总分',
  competencies: '六项标准得分',
  notAtStake: '本次未涉及',
  review: '复盘：每一步的选择',
  history: '历次成绩',
  historyEmpty: '还没有在这台设备上完成过这个演练。',
  attempt: (date: string, percent: number, ending: string) => `${date} · ${percent} 分 · ${ending}`,
  timeout: '超时结束',
  announceFeedback: (good: boolean, text: string) => `${good ? '好的选择。' : '这不是最好的选择。'}${text}`,
  choiceRecorded: '已记录你的选择。按“继续”进入下一步。',
  best: '最高分',
  notTried: '未练习',
  minutes: (n: number) => `约 ${n} 分钟`,
  typeBranching: '分支情景',
  outcome: { good: '理想结局', mixed: '一般结局', bad: '失败结局' },
} as const;

/** Strings of the standards interface; imported on their own by client code. */
export const standardsText = {
  timeliness: '及时性',
  effectiveness: '有效性',
  transparency: '透明度',
  responsibility: '责任感',
  continuity: '持续性',
  flexibility: '灵活性',
} as const;

/** Strings of the storage interface; imported on their own by client code. */
export const storageText = {
  corrupt: '这台设备上保存的记录已损坏，无法读取。原数据已另存，不会被删除；新的记录会正常保存。',
  foreign: '这台设备上保存的记录格式无法识别。原数据已另存，新的记录会正常保存。',
  newer: (n: number) => `这台设备上的记录来自更新版本的网站，${n} 条暂时无法读取，已另存；其余记录照常显示。`,
  partial: (n: number) => `有 ${n} 条保存的记录无法读取，已另存；其余记录照常显示。`,
  unavailable: '浏览器禁止了本地存储（例如无痕模式），本次的成绩只在当前页面有效，关闭后不会保留。',
  full: '本地存储空间已满，这次的记录没能保存。请导出或清理旧记录后重试。',
} as const;

/** Strings of the knowledge-check player. */
export const quizText = {
  start: '开始知识检查',
  retry: '重新检查',
  submit: '提交答案',
  staticNote: '知识检查需要开启 JavaScript。',
  drawn: (n: number, pass: number) => `本次随机抽取 ${n} 题，${pass} 分及格。`,
  moveUp: (item: string) => `上移：${item}`,
  moveDown: (item: string) => `下移：${item}`,
  choose: '请选择',
  orderHint: '用“上移”“下移”把步骤排成正确顺序。',
  categoriseHint: '为每一项选择所属类别。',
  multipleHint: '可多选。',
  right: '答对了',
  partly: (percent: number) => `部分正确（${percent}%）`,
  wrong: '答错了',
  correctAnswer: '正确答案',
  basis: '依据',
  result: '检查结果',
  score: (percent: number) => `${percent} 分`,
  passed: '通过',
  failed: (pass: number) => `未通过（及格线 ${pass} 分）。答错的题已加入复习队列。`,
  passedNote: '已通过。答错的题已加入复习队列。',
  unanswered: (n: number) => `还有 ${n} 题未作答，仍要提交吗？再按一次“提交答案”确认。`,
} as const;

/** Every Chinese string of the interface. Content text lives in src/content, not here. */
export const zh = {
  siteName: '客诉危机应对手册',
  siteTagline: '房地产销售与客服人员的客户危机知识库与训练',
  skipToContent: '跳到正文',
  nav: {
    label: '主导航',
    playbook: '手册',
    training: '培训',
    drills: '演练',
    incident: '现场应急',
    trainer: '培训师',
  },
  breadcrumbs: '面包屑导航',
  home: '首页',
  theme: {
    label: '切换配色',
    system: '配色：跟随系统',
    light: '配色：浅色',
    dark: '配色：深色',
  },
  search: searchText,
  entry: {
    aliases: '又称',
    related: '相关条目',
    terms: '本页术语',
    previous: '上一篇',
    next: '下一篇',
    pager: '同栏目翻页',
    fictional: '示例案例',
    fictionalNote: '本案例为培训编写的示例，人物与情节均为虚构。',
    source: '出处',
    print: '打印本页',
  },
  incident: {
    stage: '阶段',
    signals: '预警信号',
    actions: '立即行动',
    donts: '不要做的事',
    owners: '谁负责',
    reporting: '向谁书面上报、多快',
    reportTo: '上报对象',
    reportWithin: '时限',
    call: '需要联系',
    followUp: '事后跟进',
    prevention: '如何预防',
    overview: '概述',
    procedures: '相关规程',
    cases: '相关案例',
    forms: '使用表单',
    drills: '相关演练',
    printSummary: '一页纸摘要（可打印）',
    jump: '本页快速跳转',
    summaryCrumb: '一页纸摘要',
    summaryTitle: (title: string) => `${title}：一页纸摘要`,
    summaryNote: '打印后贴在前台或放在应急包里。完整内容见手册页面。',
    fullPage: '查看完整页面',
  },
  caseStudy: {
    situation: '情况',
    actions: '处理经过',
    outcome: '结果',
    lesson: '启示',
    illustrates: '对应规则',
  },
  strategy: {
    signs: '如何识别',
    dos: '应该做',
    donts: '不要做',
  },
  form: {
    whenToUse: '何时使用',
    notes: '填写与保管要求',
    printHint: '用 A4 纸打印后手写填写。',
  },
  procedure: { steps: '步骤' },
  glossary: {
    title: '术语表',
    intro: '按拼音首字母排列。点开术语可以看到完整解释和使用它的页面。',
    usedOn: '出现在这些页面',
    index: '字母索引',
  },
  playbook: {
    title: '手册',
    toc: '手册目录',
    intro: '按类别浏览全部内容：先看危机类型，遇事时按规程处理，用案例和表单落地。',
    entries: (n: number) => `${n} 条`,
  },
  homePage: {
    lead: '遇到现场危机，先看“现场应急”；平时按“培训”路径学习，用“演练”检验。',
    incidentCta: '现场应急：现在就要处理',
    trainingCta: '培训：新人学习路径',
    incidents: '常见危机类型',
    allPlaybook: '浏览全部手册内容 →',
  },
  training: {
    title: '新人培训路径',
    intro: '按顺序学习以下模块：读课程、做知识检查、完成演练。',
    objectives: '学习目标',
    lessons: '课程',
    passMark: (n: number) => `知识检查及格线：${n}%`,
    drills: '本模块演练',
  },
  drills: {
    title: '情景演练',
    intro: '把自己放进真实的现场：愤怒的客户、围在售楼处的人群、门口的记者。每个选择都按六项标准计分。',
    stats: (minutes: number, nodes: number, endings: number) =>
      `约 ${minutes} 分钟 · ${nodes} 个决策点 · ${endings} 种结局`,
    incident: '对应事件',
    scene: '情景',
    script: '剧本',
    node: (n: number) => `决策点 ${n}`,
  },
  drill: drillText,
  quiz: {
    count: (n: number) => `共 ${n} 题。先自己作答，再展开看答案和理由。`,
    types: { single: '单选', multiple: '多选', ordering: '排序', categorise: '归类' },
    orderingItems: (n: number) => `把 ${n} 个步骤按正确顺序排列。`,
    categories: '分类',
    showAnswer: '查看答案与理由',
    answer: '答案',
  },
  standards: standardsText,
  storage: storageText,
  triage: {
    title: '现场应急：发生了什么？',
    intro: '选中事件类型，直接看“立即行动”。涉及人身安全，先拨 110 / 120。',
  },
  trainer: {
    title: '培训师工具：布置作业',
    take: takeText,
    report: reportText,
    builder: builderText,
  },
  placeholder: {
    comingSoon: '这个栏目正在建设中。',
    meanwhile: '在此之前，可以先在手册中查阅：',
  },
  notFound: {
    title: '找不到这个页面',
    body: '链接可能已经失效，或者地址输入有误。可以用上面的搜索框查找，或回到手册目录。',
    back: '回到手册目录',
  },
  footer: {
    note: '本手册内容仅供内部培训与现场参考；涉及人身安全时，先报警、先救人。',
  },
} as const;

/** Singular type label, shown on results and cards. */
export const typeLabel: Record<CollectionName, string> = {
  incidents: '事件',
  procedures: '规程',
  strategies: '策略',
  cases: '案例',
  forms: '表单',
  glossary: '术语',
  modules: '模块',
  drills: '演练',
  questions: '题库',
};

/** Section title of each collection's list page. */
export const sectionTitle: Record<CollectionName, string> = {
  incidents: '危机类型',
  procedures: '规程与流程',
  strategies: '群诉策略',
  cases: '案例',
  forms: '表单模板',
  glossary: '术语表',
  modules: '培训模块',
  drills: '演练',
  questions: '知识题库',
};
