// Part of the interface dictionary (src/lib/i18n/zh.ts re-exports it). Client code imports
// this module directly so each page's bundle carries only the strings it shows.

/** Strings of the drill interface; imported on their own by client code. */
export const drillText = {
  start: '开始演练',
  restart: '再练一次',
  continue: '继续',
  staticNote: '下面是完整剧本。开启 JavaScript 后可以逐步作答、看到反馈并计分。',
  timer: (left: string) => `剩余时间 ${left}`,
  timeUp: '时间到：演练结束，未作答的决策点不得分。',
  progress: (n: number) => `第 ${n} 个决策点`,
  nodeHeading: (n: number) => `决策点 ${n}`,
  chosen: '你的选择',
  better: '更好的做法',
  bestChoice: '最佳做法',
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
  notSaved: '这次的成绩没能保存：本地存储已满或不可用。请先不要关闭本页，腾出空间后会自动保存。',
  attempt: (date: string, percent: number, ending: string) => `${date} · ${percent} 分 · ${ending}`,
  timeout: '超时结束',
  announceFeedback: (quality: 'good' | 'partial' | 'poor', text: string) =>
    `${{ good: '好的选择。', partial: '做对了一部分，但还有更好的做法。', poor: '这不是好的选择。' }[quality]}${text}`,
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
