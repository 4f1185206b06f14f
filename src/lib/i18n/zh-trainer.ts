/**
 * Chinese strings of the trainer pages (assignment builder, taking an assignment, class report,
 * code errors): a part of the dictionary in zh.ts, kept in its own module so client bundles of
 * other pages do not carry them. Client code imports a named section from here.
 */

/** Strings about assignment links and result codes (their errors); imported on their own. */
export const codeText = {
  kind: { assignment: '作业链接', result: '成绩码' },
  errors: {
    empty: (what: string) => `没有找到${what}。请粘贴完整的${what}。`,
    notACode: (what: string) => `这不是${what}：内容的开头不对。请检查是否复制了别的文字。`,
    wrongKind: (what: string, found: string) => `这是${found}，不是${what}。请换成${what}。`,
    newerVersion: (what: string, version: number, current: number) =>
      `这个${what}来自更新版本的网站（格式 ${version}，本页只认识格式 ${current}）。请刷新页面后重试；仍然不行，请联系培训师。`,
    olderVersion: (what: string, version: number) =>
      `这个${what}的格式 ${version} 已停止使用。请向培训师索取新的${what}。`,
    malformed: (what: string) =>
      `这个${what}不完整或含有无效字符，可能是复制时少了或多了字符。请重新复制完整的${what}。`,
    checksum: (what: string) =>
      `这个${what}的校验码对不上：内容在复制、转发或手工修改时被改动过，不能使用。请重新复制原始的${what}。`,
    invalid: (what: string) =>
      `这个${what}通过了校验，但里面的设置超出允许范围，可能是用改过的工具生成的，不能使用。`,
  },
} as const;

/** Strings of the assignment builder (/trainer/); imported on their own by client code. */
export const builderText = {
  title: '布置作业',
  intro:
    '选好演练和题目、填写设置，生成作业链接和二维码发给学员。学员完成后会得到一个成绩码，交回后在“成绩汇总”里统一计分。整个过程不经过服务器。',
  reportLink: '打开成绩汇总',
  staticNote: '组卷需要开启 JavaScript。下面列出了可选的全部演练和题目。',
  pick: '1. 选择内容',
  filters: '筛选',
  module: '培训模块',
  incident: '危机类型',
  type: '题型',
  any: '全部',
  typeDrill: '分支情景演练',
  selectVisible: '全选当前列表',
  clearVisible: '取消当前列表',
  showing: (shown: number, total: number) => `显示 ${shown} / ${total} 项`,
  selected: (questions: number, drills: number) => `已选 ${questions} 道题、${drills} 个演练`,
  drills: '演练',
  questions: '题目',
  noMatch: '没有符合筛选条件的内容。换一个模块、危机类型或题型试试。',
  settings: '2. 作业设置',
  titleLabel: '作业标题',
  titlePlaceholder: '例如：3 月新人第二周测验',
  passMark: '及格线（分）',
  timeLimit: '限时（分钟，0 表示不限时）',
  attempts: '允许作答次数（0 表示不限）',
  seed: '题序种子',
  seedHint: '相同的种子得到相同的题目顺序。',
  newSeed: '换一个',
  perTrainee: '每位学员的题目顺序不同（按工号打乱）',
  due: '截止日期（可选）',
  drillWeight: '每个演练计作几道题',
  drillWeightHint: '总分 = 每道题 1 份、每个演练按这里的份数加权后的平均分。',
  generate: '3. 生成作业链接',
  stale: '设置已改动，请重新生成作业链接。',
  problemsTitle: '还不能生成，请先修改：',
  problems: {
    title: '请填写作业标题（最多 60 个字，不要包含换行、零宽空格等看不见的字符）。',
    passMark: '及格线请填 1 到 100 之间的整数。',
    timeLimitMinutes: '限时请填 0 到 480 之间的整数（分钟）。',
    attempts: '允许次数请填 0 到 20 之间的整数。',
    seed: '题序种子最多 32 个字符，不要包含换行、零宽空格等看不见的字符。',
    due: '截止日期无效，或早于今天。',
    drillWeight: '演练权重请填 1 到 20 之间的整数。',
    items: '请至少选择 1 道题或 1 个演练（最多 200 项）。',
  },
  output: '作业链接',
  linkLabel: '把这个链接发给学员：',
  copy: '复制链接',
  copied: '已复制',
  copyFailed: '无法自动复制，请长按或选中链接手动复制。',
  open: '在新标签页预览',
  qrAlt: (title: string) => `作业“${title}”的二维码`,
  qrFailed: '二维码没能生成，请直接复制上面的链接。',
  print: '打印讲义',
  summary: (questions: number, drills: number) =>
    [questions ? `${questions} 道题` : '', drills ? `${drills} 个情景演练` : '']
      .filter(Boolean)
      .join('、'),
  handoutTitle: '作业讲义',
  handoutSteps: [
    '用手机扫描二维码，或在浏览器中打开下面的链接。',
    '填写姓名和工号，点“开始作业”。',
    '完成后把页面上的成绩码复制发给培训师（微信即可），或让培训师扫描成绩码的二维码。',
  ],
  noLimit: '不限',
  limitMinutes: (n: number) => `${n} 分钟`,
  attemptsText: (n: number) => (n === 0 ? '不限次数' : `${n} 次`),
  noDue: '无',
  facts: {
    items: '内容',
    passMark: '及格线',
    timeLimit: '限时',
    attempts: '作答次数',
    due: '截止日期',
  },
  passMarkText: (n: number) => `${n} 分`,
} as const;

/** Strings of the page that takes an assignment (/trainer/take/); imported on their own. */
export const takeText = {
  pageTitle: '完成作业',
  staticNote: '完成作业需要开启 JavaScript。请换用手机自带浏览器或微信打开作业链接。',
  noCode: '这个页面用来完成培训师布置的作业。请用培训师发给你的作业链接或二维码打开。',
  errorTitle: '无法打开这份作业',
  missing: (ids: readonly string[]) =>
    `这份作业里有 ${ids.length} 项内容在当前网站上已经不存在（${ids.join('、')}），无法作答。请联系培训师重新生成作业链接。`,
  errorHelp: '培训师可以在“培训师工具”页面重新生成链接。',
  trainerLink: '培训师工具',
  versionNote:
    '这份作业生成之后，网站上的题目或演练有过更新。你仍可以作答，分数按当前内容计算；如有疑问请告诉培训师。',
  settings: '作业说明',
  overdue: (due: string) =>
    `已过截止日期（${due}）。仍可作答，但成绩码会注明交卷时间，培训师会看到逾期。`,
  name: '姓名',
  employeeId: '工号',
  nameHint: '请填写真实姓名和工号，培训师按它们登记成绩。',
  start: '开始作业',
  startNote: '开始后即计为一次作答；限时从按下按钮时开始计算，中途离开页面会丢失本次作答。',
  fieldError: {
    name: '请填写姓名（最多 40 个字，不要包含零宽空格等看不见的字符）。',
    employeeId: '请填写工号（最多 32 个字符，不要包含零宽空格等看不见的字符）。',
  },
  attemptsLeft: (left: number | null, used: number) =>
    left === null
      ? used
        ? `不限次数，你已在这台设备上开始过 ${used} 次。`
        : '不限次数。'
      : `你还可以作答 ${left} 次。`,
  noAttemptsLeft: (allowed: number) =>
    `你已用完 ${allowed} 次作答机会。下面是你交过的成绩码，可以再次复制发给培训师。`,
  previous: '你在这台设备上的作答记录',
  previousItem: (attempt: number, date: string, name: string) =>
    `第 ${attempt} 次 · ${date} · ${name}`,
  unfinished: '（未交卷）',
  copyPrevious: '复制这个成绩码',
  progress: (part: number, total: number) => `第 ${part} 部分，共 ${total} 部分`,
  timer: (left: string) => `剩余时间 ${left}`,
  timeWarning: (minutes: number) => `还剩 ${minutes} 分钟。`,
  quizPart: '知识题',
  quizIntro: '逐题作答，全部完成后按“提交答案”。提交后不能修改。',
  drillPart: (shortTitle: string) => `情景演练：${shortTitle}`,
  drillIntro: '按“开始演练”进入情景，每一步选定后不能更改。',
  next: '下一部分',
  finish: '交卷，生成成绩码',
  partDone: '这一部分已完成。',
  drillTimeUp: '这个演练的时间到了，未作答的决策点不得分。',
  resultTitle: '作业已完成',
  timeUp: '限时已到，系统已自动交卷：未作答的题目和决策点不得分。',
  score: (percent: number) => `${percent} 分`,
  passed: '通过',
  failed: (pass: number) => `未通过（及格线 ${pass} 分）`,
  standards: '六项标准得分',
  notAtStake: '未涉及',
  codeTitle: '成绩码',
  codeHint:
    '把下面整段成绩码复制发给培训师（微信即可），或请培训师扫描二维码。成绩码里有你的姓名、工号和作答，培训师会重新计分。',
  copy: '复制成绩码',
  copied: '已复制',
  copyFailed: '无法自动复制：请长按成绩码，选择“全选”后复制。',
  qrAlt: '成绩码的二维码',
  qrFailed: '二维码没能生成，请直接复制上面的成绩码。',
  localNote: '成绩码只保存在这台设备上，不会自动上传。关闭页面前请确认已经发出。',
  again: (left: number | null) => (left === null ? '再做一次' : `再做一次（还剩 ${left} 次）`),
  practice: '想看答案和解析？到“演练”和培训模块的题库里练习。',
} as const;

/** Strings of the class report (/trainer/report/); imported on their own by client code. */
export const reportText = {
  title: '班级成绩汇总',
  intro:
    '把学员交回的成绩码粘贴到下面（每行一个，也可以直接粘贴整段微信聊天记录），或导入文件。本页会从每个成绩码里的原始作答重新计分。',
  provesTitle: '成绩码能证明什么',
  proves:
    '成绩码能证明：某一份作业（看作业编号）收到了哪些作答、按学员设备的时钟在什么时间作答、在哪个内容版本上完成。成绩码里只有原始作答，不含分数；学员页面上显示的分数也不作数，分数一律在本页按当前题库和演练重新计算。',
  cannotTitle: '成绩码不能证明什么',
  cannot:
    '成绩码不能证明是谁作答的：姓名和工号由学员自己填写，也可能是别人代答；时间来自学员设备的时钟，可以被改；校验码只能发现复制出错和随手改动，懂格式的人可以重新生成。需要确认身份时，请现场监考或当面核对。',
  local:
    '所有计算都在这台设备的浏览器里完成，成绩码和名单不会上传到任何地方。粘贴过的成绩码会记在这台设备上，下次打开本页自动恢复；点“清空”即删除。',
  restored: (n: number) => `已恢复这台设备上次粘贴的 ${n} 个成绩码。`,
  codesLabel: '成绩码',
  codesHint: '每行一个；混在聊天记录里的成绩码也能识别。',
  importFile: '导入文件（.txt 或 .csv，可多选）',
  expectedLabel: '只核对这份作业（可选，粘贴作业链接）',
  expectedHint: '填写后，只分析这份作业的成绩码；属于其他作业的不计入，页面会说明有几个。',
  build: '生成汇总',
  clear: '清空',
  staticNote: '汇总需要开启 JavaScript。',
  empty: '还没有粘贴成绩码。',
  noCodes: '粘贴的文字里没有找到成绩码：成绩码以 CPR 开头。',
  summary: (read: number, unreadable: number, duplicates: number) =>
    `读取 ${read} 个成绩码` +
    (unreadable ? `，${unreadable} 个无法读取` : '') +
    (duplicates ? `，${duplicates} 个重复` : '') +
    '。',
  imported: (files: number, codes: number) => `已从 ${files} 个文件导入 ${codes} 个成绩码。`,
  importFailed: (name: string) => `文件“${name}”无法读取。请确认它是文本或 CSV 文件。`,
  expectedInvalid: (message: string) => `作业链接无法识别，已忽略：${message}`,
  unreadableTitle: '无法读取的成绩码',
  unreadableHint: '这些成绩码没有计入汇总。请让学员重新复制发送。',
  group: (title: string) => `作业：${title}`,
  groupMeta: (id: string, questions: number, drills: number, pass: number) =>
    `作业编号 ${id} · ${questions} 道题、${drills} 个演练 · 及格线 ${pass} 分`,
  editAssignment: '在组卷页打开这份作业',
  assignmentVersion:
    '这份作业生成时的内容版本与本页不同：部分题目或演练可能已修改，请留意“内容版本不同”的标记。',
  passCount: (passed: number, failed: number, average: number | null) =>
    `通过 ${passed} 人，未通过 ${failed} 人` + (average === null ? '' : `，平均 ${average} 分`),
  classTable: '学员成绩',
  name: '姓名',
  employeeId: '工号',
  score: '总分',
  result: '结果',
  passed: '通过',
  failed: '未通过',
  attempts: '次数',
  finished: '交卷时间',
  duration: '用时',
  flags: '标记',
  noFlags: '—',
  minutes: (n: number) => `${n} 分钟`,
  standardsTitle: '六项标准平均得分',
  standardsNone: '这份作业的题目和演练没有涉及这项标准。',
  standardBar: (label: string, value: number | null, count: number) =>
    value === null ? `${label}：未涉及` : `${label}：平均 ${value} 分（${count} 人）`,
  missingItem: (id: string) => `（当前内容中已没有 ${id}）`,
  exportCsv: '导出 CSV（Excel 可直接打开）',
  csvName: (title: string) => `成绩汇总-${title}.csv`,
  flag: {
    contentVersion: (version: string) => `内容版本不同（${version}）：已按本页内容重新计分`,
    duplicate: (copies: number) => `同一成绩码粘贴了 ${copies} 次，只算一次`,
    overAttempts: (allowed: number, received: number) =>
      `交了 ${received} 次，超过允许的 ${allowed} 次：只统计前 ${allowed} 次`,
    attemptClash: (attempt: number) =>
      `有不同的成绩码都标为第 ${attempt} 次（可能换了设备，或成绩码被改过）`,
    late: (due: string) => `逾期提交（截止 ${due}）`,
    overtime: (minutes: number, limit: number) => `用时 ${minutes} 分钟，超过限时 ${limit} 分钟`,
    unscorable: (count: number) => `${count} 项作答与当前内容对不上，按引擎规则计分（通常为 0）`,
    namesDiffer: (names: readonly string[]) => `同一工号用过不同姓名：${names.join('、')}`,
  },
  csv: {
    assignment: '作业',
    assignmentId: '作业编号',
    name: '姓名',
    employeeId: '工号',
    score: '总分',
    result: '结果',
    passMark: '及格线',
    attempts: '提交次数',
    counted: '计分的是第几次',
    started: '开始时间',
    finished: '交卷时间',
    minutes: '用时（分钟）',
    contentVersion: '内容版本',
    flags: '标记',
    code: '成绩码',
  },
} as const;
