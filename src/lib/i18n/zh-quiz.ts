// Part of the interface dictionary (src/lib/i18n/zh.ts re-exports it). Client code imports
// this module directly so each page's bundle carries only the strings it shows.

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
  failed: (pass: number) => `未通过（及格线 ${pass} 分）。`,
  passedNote: '已通过。',
  unanswered: (n: number) => `还有 ${n} 题未作答，仍要提交吗？再按一次“提交答案”确认。`,
  reviewStart: '开始复习',
  reviewRetry: '再复习一轮',
  reviewDone: (right: number, total: number) =>
    `本轮答对 ${right}/${total} 题。每道题都已按答题情况重新安排复习时间。`,
} as const;
