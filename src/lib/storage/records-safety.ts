import { recordsSafetyText } from '../i18n/zh-records-safety';
import { clockFormat } from '../incident/clock';
import type { Durability } from './durability';

// Only /training/ shows this; it lives apart from durability.ts so the pages that merely save
// progress do not download its strings and date formatting.

/** How long records may go without an export before the learner is reminded, when not persisted. */
export const exportReminderMs = 7 * 24 * 60 * 60 * 1000;

/** What the learner is told about how safe their records are on this device. */
export interface RecordsSafety {
  text: string;
  /** True when the learner should export soon: storage may be cleared and no recent export exists. */
  warn: boolean;
}

/** The line under 学习记录 on /training/: how the browser keeps the records, and the last export. */
export function recordsSafety(
  durability: Durability,
  lastExport: number | undefined,
  now: number,
  timeZone?: string,
): RecordsSafety {
  const m = recordsSafetyText;
  const kept =
    durability === 'persisted' ? m.persisted : durability === 'unknown' ? '' : m.bestEffort;
  const exported =
    lastExport === undefined
      ? m.neverExported
      : m.lastExport(clockFormat(timeZone).dateTime(lastExport));
  const stale = lastExport === undefined || now - lastExport > exportReminderMs;
  const warn = durability !== 'persisted' && durability !== 'unknown' && stale;
  return { text: [kept, exported, warn ? m.exportNow : ''].filter(Boolean).join(''), warn };
}
