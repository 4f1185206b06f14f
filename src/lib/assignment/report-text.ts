import { analysisText } from '../i18n/zh-analysis';
import { reportText } from '../i18n/zh-trainer';
import type { RowFlag } from './class-report';
import type { ItemFlag } from './item-stats';

/** A row flag in words, for the table and the CSV. */
export function flagText(flag: RowFlag): string {
  const t = reportText.flag;
  switch (flag.kind) {
    case 'content-version':
      return t.contentVersion(flag.version);
    case 'duplicate':
      return t.duplicate(flag.copies);
    case 'over-attempts':
      return t.overAttempts(flag.allowed, flag.received);
    case 'attempt-clash':
      return t.attemptClash(flag.attempt);
    case 'late':
      return t.late(flag.due);
    case 'overtime':
      return t.overtime(flag.minutes, flag.limit);
    case 'unscorable':
      return t.unscorable(flag.ids.length);
    case 'names-differ':
      return t.namesDiffer(flag.names);
  }
}

/** An item flag in words, for the item table and its CSV. */
export function itemFlagText(flag: ItemFlag): string {
  const t = analysisText.flag;
  switch (flag.kind) {
    case 'too-easy':
      return t.tooEasy(flag.facility);
    case 'too-hard':
      return t.tooHard(flag.facility);
    case 'negative-discrimination':
      return t.negative(flag.discrimination);
    case 'unused-distractor':
      return t.unused(flag.choices);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2025-03-08 14:05` in the given UTC offset (minutes east), the same on every machine. */
export function formatDateTime(ms: number, utcOffsetMinutes: number): string {
  const d = new Date(ms + utcOffsetMinutes * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Whole minutes between two times, rounded up (a 10-second attempt took 1 minute). */
export function minutesBetween(start: number, end: number): number {
  return Math.max(0, Math.ceil((end - start) / 60_000));
}
