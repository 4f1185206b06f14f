// Part of the interface dictionary (src/lib/i18n/zh.ts re-exports it). Client code imports
// this module directly so each page's bundle carries only the strings it shows.

/** What each stored key holds, as the storage notice names it. */
export const storedLabels: Readonly<Record<string, string>> = {
  'cp:incidents': '现场事件记录',
  'cp:contact-overrides': '本机联系人号码',
  'cp:incident-settings': '现场应急设置（提醒间隔、报告人、项目）',
  'cp:lessons': '课程阅读记录',
  'cp:checks': '知识检查成绩',
  'cp:attempts': '演练记录',
  'cp:review': '复习队列',
  'cp:learner': '证书姓名',
  'cp:last-export': '上次导出时间',
  'cp:assignment-attempts': '作业作答记录',
  'cp:report-codes': '班级报告的结果码',
};

const quoted = (labels: readonly string[]) => labels.map((l) => `「${l}」`).join('');

/** Strings of the storage notice; imported on their own by client code. */
export const storageText = {
  /** Records that could not be read and were moved aside, e.g. 「演练记录」3 条. */
  setAside: (parts: readonly string[]) =>
    `这台设备上保存的${parts.join('、')}无法读取，已原样另存在本机，没有删除；其余记录照常显示。可点“下载另存的数据”保存一份，交给培训负责人或技术人员查看。`,
  setAsidePart: (label: string, count: number) =>
    count > 0 ? `「${label}」${count} 条` : `「${label}」`,
  newer: (labels: readonly string[]) =>
    `这台设备上的${quoted(labels)}由更新版本的网站保存。为了不覆盖它，本页的改动不会保存；请重新加载页面，使用新版本。`,
  full: (labels: readonly string[]) =>
    labels.length > 0
      ? `本地存储空间已满，${quoted(labels)}的改动没能保存，暂时只保留在本页，请先不要关闭。腾出空间后（例如导出后删除旧的事件记录）会自动重新保存。`
      : '本地存储空间已满，本页的改动可能无法保存。腾出空间后（例如导出后删除旧的事件记录）会自动重新保存。',
  unavailable: (labels: readonly string[]) =>
    labels.length > 0
      ? `浏览器不允许本站使用本地存储（例如无痕模式或隐私设置），${quoted(labels)}的改动只在本页有效，关闭后不会保留。`
      : '浏览器不允许本站使用本地存储（例如无痕模式或隐私设置），本页的改动只在本页有效，关闭后不会保留。',
  saved: (labels: readonly string[]) => `之前没能保存的${quoted(labels)}现在已保存。`,
  exportSetAside: '下载另存的数据',
  exported: (name: string) => `已下载 ${name}。`,
  /** A field typed here whose stored value another tab changed meanwhile. */
  changedElsewhere: (value: string) =>
    `另一个窗口刚把这里改成了“${value || '（空）'}”。继续输入会以这里的内容为准；要用那边的，请按“改用另一个窗口的内容”。`,
  useOther: '改用另一个窗口的内容',
} as const;
