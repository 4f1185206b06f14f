import { storageText } from '../i18n/zh-storage';
import { clockFormat } from '../incident/clock';

/** Whether the browser keeps this site's storage when space runs low or the site goes unvisited. */
export type Durability = 'unknown' | 'persisted' | 'best-effort' | 'unsupported';

/** The part of the browser's StorageManager (navigator.storage) this needs; tests pass their own. */
export interface PersistenceApi {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

/** How long records may go without an export before the learner is reminded, when not persisted. */
export const exportReminderMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Reads whether storage is persistent and, when `ask` is set and it is not, asks for it.
 * Browsers decide silently (Chromium, Safari) or ask the person (Firefox); this never throws.
 */
export async function storageDurability(
  api: PersistenceApi | undefined,
  ask: boolean,
): Promise<Durability> {
  if (!api?.persisted) return 'unsupported';
  try {
    if (await api.persisted()) return 'persisted';
    if (ask && api.persist && (await api.persist())) return 'persisted';
    return 'best-effort';
  } catch {
    return 'unsupported';
  }
}

/** A stored export time, or undefined for anything that is not a plausible past timestamp. */
export function parseExportTime(raw: string | undefined, now: number): number | undefined {
  if (!raw || !/^\d{1,15}$/.test(raw)) return undefined;
  const at = Number(raw);
  // A time from the future (a changed clock, a hand edit) is not trusted as a recent export.
  return at > 0 && at <= now + 60_000 ? at : undefined;
}

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
  const m = storageText.safety;
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
