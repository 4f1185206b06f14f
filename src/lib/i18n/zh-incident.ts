// Part of the interface dictionary (src/lib/i18n/zh.ts re-exports it). Client code imports
// this module directly so each page's bundle carries only the strings it shows.

/** Strings of the incident card (/incident/<id>/); imported on their own by client code. */
export const incidentCardText = {
  status: '处理状态',
  idle: '还没有开始计时。勾选第一步或按“开始处理”即开始；勾选、通话和记录只保存在这台设备上。',
  start: '开始处理',
  elapsed: '已处理',
  openedAt: (time: string) => `开始于 ${time}`,
  reminderLabel: '提醒向上级通报',
  reminderOff: '不提醒',
  reminderEvery: (n: number) => `每 ${n} 分钟`,
  nextUpdate: (time: string, minutes: number) => `下次向上级通报：${time}（还有 ${minutes} 分钟）`,
  updateDue: (minutes: number, to: string) =>
    `已 ${minutes} 分钟没有向上级通报进展：请打电话给${to}，说明现在的情况。`,
  updated: '已通报上级',
  updateRecorded: (time: string) => `已记下 ${time} 向上级通报；提醒重新计时。`,
  dueTitle: '⏰ 该向上级通报了',
  close: '结束事件',
  closed: (time: string) => `事件已于 ${time} 结束，可以生成终报。`,
  reopen: '重新打开',
  startNew: '开始新的事件',
  reopenBlocked: '同类事件已有一件正在处理：先结束它，再重新打开这一件。',
  tickedAt: (time: string) => `${time} 完成`,
  noScript: '开启 JavaScript 后，每一步勾选都会记下时间并保存在这台设备上。',
  notesLabel: '按时间顺序写下事实和双方原话',
  insertTime: '插入当前时间',
  notesSaved: '已保存在本机',
  notesNotSaved:
    '没能保存：本地存储已满或不可用。备注仍在本页，请先不要关闭；腾出空间后会自动保存。',
  notesMerged: '另一个窗口也修改了备注，已合并到这里。',
  notesUpdated: '另一个窗口更新了备注，这里已显示最新内容。',
  notesBothKept: '另一个窗口同时修改了备注的同一处，两边的内容都已保留，请核对。',
  collapse: '收起',
  expand: '展开',
} as const;

/** Strings of the contact list with per-device numbers; imported on their own by client code. */
export const contactListText = {
  noPhone: '未填写号码',
  edit: '改号码',
  editFor: (role: string) => `修改“${role}”在本机的号码`,
  phone: '电话',
  name: '姓名（可不填）',
  save: '保存',
  reset: '恢复公司号码',
  cancel: '取消',
  local: '本机号码',
  call: (role: string, phone: string) => `拨打 ${role} ${phone}`,
  saved: '已保存在本机。',
  notSaved: '没能保存：本地存储已满或不可用。号码只在本页有效，腾出空间后会自动保存。',
  changedElsewhere: (phone: string, name: string) =>
    `这个联系人刚在另一个窗口改成了 ${phone || '公司号码'}${name ? `（${name}）` : ''}。再按一次“保存”会用这里填写的替换它。`,
  invalid: '请填写能拨打的号码：数字，可带区号、+86 或“转”分机。',
} as const;

/** Strings of the written report; imported on their own by client code. */
export const incidentReportText = {
  generate: '生成书面报告',
  form: '报告格式',
  kindLabel: '报告类别',
  kinds: { first: '首报', followUp: '续报', final: '终报' },
  reporter: '报告人',
  project: '项目名称',
  deviceNote: '报告人和项目名称保存在本机，下次自动填好。',
  settingsNotSaved:
    '报告人和项目名称没能保存：本地存储已满或不可用。本页照常使用，腾出空间后会自动保存。',
  copy: '复制文本',
  copied: '已复制，可以粘贴到微信或邮件。',
  copyFailed: '没能自动复制：文字已选中，请长按或按 Ctrl+C 复制。',
  print: '打印（A4）',
  download: '下载文件',
  downloaded: (name: string) => `已下载：${name}`,
  noIncident: '还没有这次事件的记录：先按“开始处理”或勾选已完成的步骤，再生成报告。',
  generated: '报告已生成，见下方文字。',
  toFill: '（待填写）',
  toFillOptions: (options: readonly string[]) => `（待填写：${options.join('／')}）`,
  toSign: '（待签名）',
  opened: '开始处理（打开现场应急卡片）',
  closed: '结束处理',
  called: (who: string, phone: string) => `致电${who}${phone ? ` ${phone}` : ''}`,
  updated: '向上级通报进展',
  pendingSteps: '尚未勾选的立即行动：',
  ongoing: '处理中',
  calmed: '已平息',
  byPhone: '电话',
  contactsAppendix: '附：本事件联系人',
  noPhone: '未填写号码',
  reportTo: '书面上报',
  deadline: (hours: number, due: string) =>
    `书面报告时限：事发后 ${hours} 小时内，即 ${due} 前提交`,
  footer: (time: string) =>
    `（本报告由《客诉危机应对手册》现场应急卡片根据本机记录于 ${time} 生成；发送前请核对，并补全待填写的内容。）`,
} as const;

/** Strings of the local incident log; imported on their own by client code. */
export const incidentLogText = {
  empty: '这台设备上还没有事件记录。遇到情况时，在“现场应急”选择事件类型即可开始。',
  open: '处理中',
  closed: '已结束',
  span: (opened: string, closed: string | undefined) =>
    closed ? `${opened} 至 ${closed}` : `${opened} 开始`,
  progress: (done: number, all: number) => `立即行动完成 ${done}/${all} 步`,
  elapsed: (minutes: number) =>
    minutes < 60
      ? `已处理 ${minutes} 分钟`
      : `已处理 ${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟`,
  view: '查看',
  reopen: '重新打开',
  reopenBlocked: '同类事件已有一件正在处理：先结束它，再重新打开这一件。',
  report: '下载书面报告',
  remove: '删除',
  confirmRemove: '确定删除这条记录？删除后无法恢复。',
  confirm: '确定删除',
  cancel: '取消',
  removed: '记录已删除。',
  exportJson: '导出全部记录（JSON）',
  exportText: '导出全部报告（文本）',
  exported: (name: string) => `已导出：${name}`,
  nothingToExport: '没有可以导出的记录。',
} as const;
