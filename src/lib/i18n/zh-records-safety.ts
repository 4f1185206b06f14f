// Part of the interface dictionary (src/lib/i18n/zh.ts re-exports it). Only /training/ shows
// these, so they live apart from the storage notice's strings that every saving page carries.

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
