import { storageText as m, storedLabels } from '../i18n/zh-storage';
import type { StorageNotice } from './versioned';

const label = (key: string) => storedLabels[key] ?? key;

/** Labels of the keys with this problem, each once; the device-wide notice ('') names none. */
function labelsOf(
  notices: readonly StorageNotice[],
  problem: StorageNotice['problem'],
): string[] | undefined {
  const found = notices.filter((n) => n.problem === problem);
  if (found.length === 0) return undefined;
  return [...new Set(found.filter((n) => n.key !== '').map((n) => label(n.key)))];
}

/** Whether some stored values were set aside, so the notice offers to download them. */
export function hasSetAside(notices: readonly StorageNotice[]): boolean {
  return notices.some(
    (n) => n.problem === 'corrupt' || n.problem === 'foreign' || n.problem === 'partial',
  );
}

/**
 * What to tell the person about their stored data, or '' when all is well: one sentence per kind
 * of problem, naming the records concerned, so five stores that could not save say it once.
 */
export function noticeText(notices: readonly StorageNotice[]): string {
  const sentences: string[] = [];
  const setAside = notices
    .filter((n) => n.problem === 'corrupt' || n.problem === 'foreign' || n.problem === 'partial')
    .map((n) => m.setAsidePart(label(n.key), n.problem === 'partial' ? n.count : 0));
  if (setAside.length > 0) sentences.push(m.setAside(setAside));
  const newer = labelsOf(notices, 'newer');
  if (newer) sentences.push(m.newer(newer));
  const full = labelsOf(notices, 'full');
  if (full) sentences.push(m.full(full));
  const unavailable = labelsOf(notices, 'unavailable');
  if (unavailable) sentences.push(m.unavailable(unavailable));
  const saved = labelsOf(notices, 'saved');
  if (saved && saved.length > 0) sentences.push(m.saved(saved));
  return sentences.join(' ');
}
