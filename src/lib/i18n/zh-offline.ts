// Part of the interface dictionary (src/lib/i18n/zh.ts re-exports it). Client code imports
// this module directly so each page's bundle carries only the strings it shows.

/** Strings of the offline indicator and the library download (src/elements/cp-offline-status.ts). */
export const offlineText = {
  label: '离线使用',
  installing: '正在保存应急卡以便离线使用……',
  cards: '应急卡可离线',
  all: '全部内容可离线',
  cardsDetail: '现场应急、各类应急卡、联系人和事件记录断网也能打开；其余内容需要联网。',
  allDetail: '整个手册、培训内容和搜索断网也能打开。',
  save: (mb: string) => `下载全部内容以便离线使用（约 ${mb} MB）`,
  resume: (done: number, total: number) => `继续下载全部内容（已下载 ${done} / ${total} 个文件）`,
  cancel: '取消下载',
  progressLabel: '离线内容下载进度',
  progress: (done: number, total: number, mbDone: string, mbTotal: string) =>
    `正在下载：${done} / ${total} 个文件，${mbDone} / ${mbTotal} MB`,
  paused: '下载已暂停，已下载的部分会保留，可以随时继续。',
  failed: '下载中断（网络不稳定或存储空间不足）。已下载的部分会保留，可以稍后继续。',
  elsewhere: '另一个标签页正在下载全部内容。',
  pageNotSaved:
    '网络已断开：这个页面还没有保存到本机，离开后要联网才能再打开。现场应急和应急卡可以离线使用。',
  openIncident: '打开现场应急',
} as const;
