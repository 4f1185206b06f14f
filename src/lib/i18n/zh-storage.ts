// Part of the interface dictionary (src/lib/i18n/zh.ts re-exports it). Client code imports
// this module directly so each page's bundle carries only the strings it shows.

/** Strings of the storage interface; imported on their own by client code. */
export const storageText = {
  corrupt: '这台设备上保存的记录已损坏，无法读取。原数据已另存，不会被删除；新的记录会正常保存。',
  foreign: '这台设备上保存的记录格式无法识别。原数据已另存，新的记录会正常保存。',
  newer: (n: number) =>
    `这台设备上的记录来自更新版本的网站，${n} 条暂时无法读取，已另存；其余记录照常显示。`,
  partial: (n: number) => `有 ${n} 条保存的记录无法读取，已另存；其余记录照常显示。`,
  unavailable: '浏览器禁止了本地存储（例如无痕模式），本次的成绩只在当前页面有效，关闭后不会保留。',
  full: '本地存储空间已满，这次的记录没能保存。请导出或清理旧记录后重试。',
} as const;

/** What /training/ says about how safe the records are on this device; its own export so pages
 * that only save progress do not carry it. */
export const recordsSafetyText = {
  persisted: '浏览器已同意长期保存本站的记录：空间不足时也不会自动清除。',
  bestEffort:
    '浏览器可能在空间不足或长期未访问本站时清除这些记录（iPhone 的 Safari 约 7 天不访问就可能清除）；把本站添加到主屏幕可以避免。',
  neverExported: '还没有导出过学习记录。',
  lastExport: (at: string) => `上次导出：${at}。`,
  exportNow: '建议现在导出一份保存好。',
} as const;
