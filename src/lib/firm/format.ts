/** An amount in yuan as staff read it: 5,000 元. */
export function yuan(amount: number): string {
  return `${amount.toLocaleString('zh-CN')} 元`;
}

/** Whether a text speaks of the warranty authorisation threshold, so a page should show the firm's. */
export function mentionsWarrantyThreshold(texts: readonly string[]): boolean {
  return texts.some((text) => text.includes('保修授权金额') || text.includes('授权金额'));
}
