import type { CollectionFormat } from '../lib/storage/versioned';
import { persistentList } from './persisted';

const codeShape = /^CP[AR]\d{1,4}\.[A-Za-z0-9_-]+$/;

export const reportCodesFormat: CollectionFormat<string> = {
  version: 1,
  parseItem: (raw) => (typeof raw === 'string' && codeShape.test(raw) ? raw : undefined),
};

/** The codes last pasted into the class report on this device, so a trainer can come back to it. */
export const $reportCodes = persistentList<string>('cp:report-codes', reportCodesFormat);

/** Remembers the codes now in the report (each once, in order); an empty list forgets them all. */
export function rememberReportCodes(codes: readonly string[]): void {
  const unique = [...new Set(codes)];
  const current = $reportCodes.get();
  if (unique.length === current.length && unique.every((code, i) => code === current[i])) return;
  $reportCodes.set(unique);
}
