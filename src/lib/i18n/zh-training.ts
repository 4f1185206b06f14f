// Strings of the training path (培训、复习、证书、学习记录) for client code. They live apart from
// zh.ts so that pages without training (drills, search) do not download them: the bundler keeps a
// module's used strings in one shared chunk. zh.ts re-exports them; the `zh` object refers to them.

/** Strings of the training path's progress; imported on their own by client code. */
export const trainingText = {
  progressLabel: '培训总进度',
  progress: (done: number, total: number, percent: number) =>
    `已完成 ${done}/${total} 步（${percent}%）`,
  modulesDone: (done: number, total: number) => `完成模块 ${done}/${total} 个`,
  continue: '继续学习',
  continueTo: (step: string) => `继续学习：${step}`,
  allDone: '全部模块已完成：查看结业证书',
  stepLesson: (module: string, lesson: string) => `${module} · 读《${lesson}》`,
  stepCheck: (module: string) => `${module} · 做知识检查`,
  stepDrill: (module: string, drill: string) => `${module} · 演练《${drill}》`,
  state: { todo: '未开始', doing: '进行中', done: '已完成' },
  current: '当前',
  lessonsRead: (read: number, total: number) => `课程 ${read}/${total}`,
  checkNone: '知识检查：未参加',
  checkPassed: (best: number) => `知识检查：${best} 分，已通过`,
  checkFailed: (best: number, pass: number) =>
    `知识检查：最好 ${best} 分，未通过（${pass} 分及格）`,
  drillsDone: (done: number, total: number) => `演练 ${done}/${total}`,
  noDrills: '本模块没有演练',
  drillDone: (best: number) => `已完成 · 最好 ${best}%`,
  drillTried: (best: number) => `未完成（超时）· 最好 ${best}%`,
  drillTodo: '未完成',
  readToggle: '读完了',
  moduleDone: '本模块已完成。',
  nextModule: (title: string) => `下一个模块：${title}`,
  reviewDue: (n: number) => `今天有 ${n} 道题要复习`,
  reviewNone: '今天没有要复习的题',
  certificateReady: '所有知识检查都已通过：可以打印结业证书',
  certificateMissing: (n: number) => `还差 ${n} 个模块的知识检查没有通过`,
  checkSaved: (percent: number, passed: boolean) =>
    `成绩已记入学习进度：${percent} 分，${passed ? '通过' : '未通过'}。`,
  checkNotSaved: (percent: number, passed: boolean) =>
    `成绩 ${percent} 分（${passed ? '通过' : '未通过'}）没能保存：本地存储已满或不可用。请先不要关闭本页，腾出空间后会自动保存。`,
  queued: (n: number) =>
    n > 0 ? `${n} 道没有全对的题已加入复习队列。` : '全部答对，没有新的复习题。',
  queueNotSaved: (n: number) =>
    `${n} 道没有全对的题没能加入复习队列：本地存储已满或不可用。请先不要关闭本页，腾出空间后会自动保存。`,
  goReview: '去复习',
  queueFailed: '复习队列暂时无法更新：请刷新页面后再试。',
} as const;

/** Strings of the review queue page; imported on their own by client code. */
export const reviewText = {
  empty: '复习队列是空的。知识检查或题库练习中答错（或只答对一部分）的题会自动加入这里。',
  noneDue: (date: string) => `今天没有要复习的题。下一道题 ${date} 到期。`,
  due: (n: number) => `今天有 ${n} 道题要复习。`,
  dueAt: (date: string) => `${date} 到期`,
  lapses: (n: number) => `答错 ${n} 次`,
  fromCheck: (title: string) => `来自：${title}`,
  replayDetail: (best: number, plays: number) => `最高 ${best}% · 练过 ${plays} 次`,
  roundNotSaved:
    '本轮的复习安排没能保存：本地存储已满或不可用。请先不要关闭本页，腾出空间后会自动保存。',
} as const;

/** Strings of exporting and importing progress; imported on their own by client code. */
export const transferText = {
  exported: (file: string) =>
    `已导出：${file}。在另一台设备上打开“新人培训路径”，用“导入学习记录”选择这个文件。`,
  exportFailed: '导出失败：浏览器没有生成下载文件。请换用系统浏览器后重试。',
  reading: '正在读取文件…',
  empty: '这个文件是空的，里面没有学习记录。请选择导出的 .json 文件。',
  tooLarge: '这个文件太大（超过 5 MB），不是本站导出的学习记录。请选择导出的 .json 文件。',
  notJson: '无法读取这个文件：内容不是完整的 JSON，可能下载不完整或被改动过。请重新导出后再导入。',
  notOurs: '这个文件不是本站导出的学习记录。请选择在“学习记录”里导出的 .json 文件。',
  unreadable: '浏览器无法打开这个文件。请重新选择。',
  sections: {
    lessons: '课程阅读',
    checks: '知识检查成绩',
    attempts: '演练记录',
    review: '复习题',
    learner: '证书姓名',
  },
  count: (label: string, n: number) => `${label} ${n} 条`,
  imported: (parts: string) => `导入完成：新增或更新了${parts}。`,
  nothingNew: '导入完成：文件里的记录这台设备都已经有了，进度没有变化。',
  nothingValid: '这个文件里没有能读取的学习记录，这台设备的进度没有改动。',
  olderKept: (n: number) => `${n} 条记录比这台设备上的旧，保留了本机较新的进度。`,
  skipped: (n: number) => `${n} 条记录格式不对，已跳过；其余能读取的记录都已导入。`,
  newer: '这个文件来自更新版本的网站，能读取的部分已导入。',
  notSaved: '注意：这台设备的本地存储已满或被禁用，导入的记录只在当前页面有效，离开后不会保留。',
} as const;

/** Strings of the certificate page; imported on their own by client code. */
export const certificateText = {
  missing: (n: number) =>
    `还不能打印证书：还有 ${n} 个模块的知识检查没有通过。通过后这里会生成证书。`,
  missingItem: (best: number | undefined, pass: number) =>
    best === undefined
      ? `还没有参加（${pass} 分及格）`
      : `最好 ${best} 分，还差 ${pass - best} 分及格`,
  namePlaceholder: '（请在上方填写姓名）',
  nameSaved: '姓名已保存在这台设备上。',
  nameNotSaved: '姓名没能保存：本地存储已满或不可用。证书上照常显示，腾出空间后会自动保存。',
  score: (n: number) => `${n} 分`,
  date: (date: string) => `颁发日期：${date}`,
  average: (n: number) => `平均成绩：${n} 分`,
} as const;
