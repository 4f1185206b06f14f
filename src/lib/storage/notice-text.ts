import { storageText } from '../i18n/zh-storage';
import type { StorageNotice } from './versioned';

/** What to tell the learner about their stored data, or '' when all is well. */
export function noticeText(notices: readonly StorageNotice[]): string {
  const m = storageText;
  return notices
    .map((n) => {
      switch (n.problem) {
        case 'corrupt':
          return m.corrupt;
        case 'foreign':
          return m.foreign;
        case 'newer':
          return m.newer(n.count);
        case 'partial':
          return m.partial(n.count);
        case 'unavailable':
          return m.unavailable;
        case 'full':
          return m.full;
      }
    })
    .join(' ');
}
