import { formatOf, text } from '../lib/storage/schema';
import { persistentList } from './persisted';

export const reportCodesFormat = formatOf(
  text({ max: 100_000, pattern: /^CP[AR]\d{1,4}\.[A-Za-z0-9_-]+$/ }),
);

/** The codes last pasted into the class report on this device, so a trainer can come back to it. */
export const $reportCodes = persistentList<string>('cp:report-codes', reportCodesFormat);

// Listen from the start, so codes another tab stores reach this page before it writes.
$reportCodes.listen(() => {});

/** The codes this page last remembered, to tell codes it removed from codes another tab added. */
let mine: readonly string[] = [];

/**
 * Remembers the codes now in the report (each once, in order); an empty list forgets them. Codes
 * another tab stored meanwhile are kept after them, unless this page had them and removed them.
 */
export function rememberReportCodes(codes: readonly string[]): boolean {
  const unique = [...new Set(codes)];
  const current = $reportCodes.get();
  const fromElsewhere = current.filter((code) => !mine.includes(code) && !unique.includes(code));
  mine = unique;
  const next = [...unique, ...fromElsewhere];
  if (next.length === current.length && next.every((code, i) => code === current[i])) return true;
  return $reportCodes.save(next);
}
