// Part of the interface dictionary (src/lib/i18n/zh.ts re-exports it): the words of the trainers'
// editor at /admin/ (field labels, hints, collection names) and of the drill preview beside it.

import { standardsText } from './zh-drill';

/**
 * Field labels, looked up by the field's path with list levels left out: the longest matching
 * tail wins, so `endings.title` (结局标题) beats `title` (标题), and `choices.meter` beats `meter`.
 */
export const cmsFieldLabels: Record<string, string> = {
  title: '标题',
  shortTitle: '短标题（不带“演练：”）',
  summary: '简介',
  tags: '标签',
  aliases: '其他叫法',
  related: '相关条目',
  body: '正文',
  // cases
  source: '来源',
  fictional: '示例案例（编写的案例）',
  situation: '情况',
  actions: '处理经过',
  outcome: '结果',
  lesson: '启示',
  illustrates: '说明的规程、事件或策略',
  // drills
  incident: '对应的危机类型',
  minutes: '预计用时（分钟）',
  timeLimit: '时间限制（秒）',
  intro: '开场情景',
  meter: '情绪条',
  'meter.label': '情绪条名称',
  'meter.start': '起始值（0–100）',
  start: '第一个决策点',
  nodes: '决策点',
  id: '编号（id）',
  'nodes.id': '决策点 id',
  speaker: '说话人',
  says: '对方说的话',
  scene: '现场描写',
  choices: '选项',
  text: '选项内容',
  next: '下一步（决策点或结局 id）',
  'choices.meter': '情绪条变化（负数为缓和）',
  scores: '六项标准得分（每项 0–3）',
  feedback: '反馈',
  cites: '依据（手册条目）',
  branches: '按情绪条分支',
  meterAtLeast: '情绪条至少为',
  meterAtMost: '情绪条至多为',
  'branches.next': '分支去向',
  endings: '结局',
  'endings.id': '结局 id',
  'endings.title': '结局标题',
  'endings.outcome': '结局类型',
  debrief: '复盘说明',
  ...standardsText,
  // glossary
  pinyin: '拼音',
  definition: '释义',
  // modules
  order: '顺序',
  objectives: '学习目标',
  lessons: '课程',
  entry: '手册条目',
  'lessons.intro': '导语',
  passMark: '及格分（%）',
  drills: '演练',
  // question sets
  modules: '所属培训模块',
  incidents: '相关危机类型',
  questions: '题目',
  'questions.id': '题目 id',
  prompt: '题干',
  explanation: '理由',
  standard: '主要考查的标准',
  options: '选项',
  'options.text': '选项内容',
  correct: '正确选项',
  'options.feedback': '选项说明',
  items: '排序项（按正确顺序）',
  'categorise.items': '归类项',
  'items.text': '内容',
  category: '所属类别',
  categories: '类别',
  // firm profile
  name: '公司全称',
  shortName: '简称（页面顶部）',
  warrantyThreshold: '保修授权金额（元）',
  reportDeadlineHours: '书面报告时限（小时）',
  roles: '本公司对各角色的叫法',
  contacts: '现场应急联系人',
  'contacts.id': '联系人 id',
  'contacts.label': '角色或单位',
  note: '说明',
  phone: '电话',
  reminderMinutes: '提醒通报进展的间隔（分钟）',
  reminderChoices: '可选的提醒间隔（分钟）',
  reportForms: '书面报告可用的表单',
};

/** Labels of a list's items where they differ from the list's own (shown on the 添加 button). */
export const cmsItemLabels: Record<string, string> = {
  nodes: '决策点',
  choices: '选项',
  branches: '分支',
  endings: '结局',
  lessons: '课程',
  questions: '题目',
  options: '选项',
  items: '项',
  contacts: '联系人',
};

/** Column labels of key–value fields. */
export const cmsKeyValueLabels: Record<string, [key: string, value: string]> = {
  roles: ['角色 id', '本公司的叫法'],
};

/** Help shown under a field, by the same path rule as the labels. */
export const cmsFieldHints: Record<string, string> = {
  related: '从已有条目中按标题选择，可选多条。',
  aliases: '员工口头会说的叫法，搜索会匹配它们。',
  fictional: '为培训编写的案例选“是”，页面会标明“示例案例”。',
  illustrates: '至少 1 个。',
  incident: '这个演练训练哪一类危机。',
  start: '写 nodes 里第一个决策点的 id，例如 n1。',
  'nodes.id': '小写字母、数字和连字符，例如 n1、calm-down；同一演练里不能重复。',
  choices: '写 4 个：一个最好，一个拿部分分，两个说得通但不对；长短相当。',
  next: '写另一个决策点或结局的 id。',
  scores: '只填这个选项体现的标准，每项 0～3 分；不好的选项留空。',
  feedback: '说清这个做法哪里合理、代价是什么、更好的做法为什么更好。',
  cites: '至少 1 个手册条目 id（事件、规程、策略、案例、表单、术语或法规）。',
  branches: '选完后按情绪条的新数值改变去向，第一个符合的生效。',
  'endings.cites': '可以不写。',
  pinyin: '小写、不带声调，例如 rengoushu。',
  lessons: '按阅读顺序排列。',
  drills: '这个模块包含的演练。',
  modules: '哪些培训模块的知识检查从这个题库抽题。',
  correct: '单选题恰好一个正确选项；多选题至少一个正确、至少一个错误。',
  items: '按正确顺序书写，页面会打乱。',
  'categorise.items': '每一项写内容，并选它属于哪个类别。',
  'meter.start': '0 为平静，100 为失控。',
  categories: '先列出类别，再在每一项里选它属于哪一类。',
  roles: '左边是角色 id（例如 director），右边是本公司的叫法；不写的角色沿用手册的叫法。',
  phone: '只写数字、空格、+、-、括号或“转”（分机），例如 0755-8888 8888 转 201；留空表示还没填。',
  'contacts.id': '不要改：危机类型的“联系谁”按 id 引用。',
  reportDeadlineHours: '手册的要求是当日书面上报。',
  reportForms: 'src/content/forms 里的表单 id，第一个为默认。',
  timeLimit: '需要时间压力时才写，至少 30 秒。',
};

/** Labels of enum values shown in select fields. */
export const cmsOptionLabels: Record<string, Record<string, string>> = {
  outcome: { good: '理想结局', mixed: '一般结局', bad: '失败结局' },
  standard: standardsText,
  type: { single: '单选题', multiple: '多选题', ordering: '排序题', categorise: '归类题' },
};

/** The editor's collections as the trainer sees them. */
export const cmsCollectionText = {
  firm: {
    label: '公司配置',
    description: '公司名称、各角色的叫法、电话、保修授权金额和书面报告时限。',
  },
  firmFile: '公司配置（src/config/firm.yaml）',
  drills: {
    label: '演练',
    singular: '演练',
    description: '分支情景演练。写法见 AUTHORING.md；保存前可在“演练预览”里试玩并查看检查结果。',
  },
  questions: { label: '题库', singular: '题库', description: '知识检查题，每个文件一个题库。' },
  cases: {
    label: '案例',
    singular: '案例',
    description: '情况、处理经过、结果和启示；编写的案例标为示例案例。',
  },
  glossary: { label: '术语', singular: '术语', description: '术语表中的一个词条。' },
  modules: { label: '培训模块', singular: '培训模块', description: '新员工培训路径上的一步。' },
  slugHint:
    '文件名就是条目 id：小写英文字母、数字和连字符，全站唯一，例如 drill-media-inquiry。保存后不要再改。',
  slugError: 'id 只能用小写英文字母、数字和连字符，例如 drill-media-inquiry',
  patternError: (example: string) => `格式不对，例如 ${example}`,
  idExample: 'double-sold-unit',
};

/** The page shell of /admin/ (before the editor's own interface has loaded). */
export const cmsShellText = {
  title: '培训内容编辑器',
  loading: '正在载入编辑器……',
  noscript: '编辑器需要开启 JavaScript。请使用最新版的 Chrome 或 Edge 浏览器。',
  previewLink: '演练预览：不提交也能试玩和检查',
};

/** The editor's preview pane for a drill being edited. */
export const editorPaneText = {
  title: '构建检查',
  play: '在演练预览中试玩（新标签页）',
  note: '引用只能从已有条目中选择，所以这里不再检查引用；保存后构建会再检查一遍。',
};

/** The drill preview at /admin/preview/. */
export const drillPreviewText = {
  title: '演练预览',
  summary:
    '把正在编写的演练（YAML）贴到这里，或打开本地文件，就能用真实的播放器试玩，并看到构建时会做的全部检查。不需要构建，也不会提交任何内容。',
  sourceLabel: '演练 YAML',
  fileLabel: '打开本地的演练文件（.yaml）',
  fromEditor: '已载入编辑器中正在编辑的演练。',
  check: '检查并试玩',
  example: '载入示例演练',
  findings: '检查结果',
  noFindings: '没有发现问题：这个演练可以提交。',
  findingCount: (n: number) => `发现 ${n} 处问题，构建会因此失败：`,
  lintStats: (points: number, bestFirst: number, bestLongest: number) =>
    `共 ${points} 个决策点：最好的选项在文件中排第一的 ${bestFirst} 个，是最长选项的 ${bestLongest} 个（页面会打乱选项顺序）。`,
  habits: '凭习惯答题的学员（各 20 次）',
  habitRow: (name: string, mean: number, max: number) => `${name}：平均 ${mean}%，最高 ${max}%`,
  habitTooHigh: '超过上限：只凭答题习惯就能得高分。',
  habitLimit: '上限：平均不超过 40%，单个演练低于 70%。',
  player: '试玩',
  playerUnavailable: '修正上面的格式问题后才能试玩。',
  kinds: {
    yaml: 'YAML 格式',
    schema: '字段',
    reference: '引用',
    graph: '剧情结构',
    lint: '评估检查',
    habit: '习惯答题',
  },
  yamlError: (line: number, message: string) =>
    `第 ${line} 行附近不是有效的 YAML：${message}。修正：检查缩进和冒号。`,
  notAnObject: '内容不是一个演练：最外层应当是 title、summary、nodes 等字段。',
  missing: (field: string) => `缺少必填项 ${field}。`,
  wrongType: (expected: string) => `类型不对：这里应当是${expected}。`,
  tooShort: (min: number) => `太短：至少 ${min} 个字。`,
  tooFew: (min: number) => `太少：至少 ${min} 项。`,
  tooSmall: (min: number) => `太小：不能小于 ${min}。`,
  tooBig: (max: number) => `太大：不能大于 ${max}。`,
  notAllowed: (values: string) => `只能是 ${values} 之一。`,
  unknownKeys: (keys: string) => `未知的字段 ${keys}：检查拼写，或删除它。`,
  types: {
    string: '文字',
    number: '数字',
    integer: '整数',
    boolean: '是或否',
    array: '列表',
    object: '一组字段',
  } as Record<string, string>,
  field: (file: string, field: string) => `${file} ${field}`,
};
