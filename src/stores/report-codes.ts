import { formatOf, text } from '../lib/storage/schema';
import { persistentList } from './persisted';

export const reportCodesFormat = formatOf(text({ max: 100_000, pattern: /^CP[AR]\d{1,4}\.[A-Za-z0-9_-]+$/ }));

/** The codes last pasted into the class report on this device, so a trainer can come back to it. */
export const $reportCodes = persistentList<string>('cp:report-codes', reportCodesFormat);

// Listen from the start, so codes another tab stores reach this page before it writes.
$reportCodes.listen(() => {});

/** The codes this page last saw stored: what another tab added since is kept, not overwritten. */
let seen: readonly string[] = $reportCodes.get();

/**
 * Remembers the codes now in the report (each once, in order); an empty list forgets them. Codes
 * another tab stored meanwhile are kept, unless this page removed them itself.
 */
export function rememberReportCodes(codes: readonly string[]): boolean {
  const unique = [...new Set(codes)];
  const removedHere = new Set(seen.filter((code) => !unique.includes(code)));
  const fromElsewhere = $reportCodes.get().filter((code) => !seen.includes(code) && !removedHere.has(code));
  const next = [...unique, ...fromElsewhere.filter((code) => !unique.includes(code))];
  seen = next;
  const current = $reportCodes.get();
  if (next.length === current.length && next.every((code, i) => code === current[i])) return true;
  return $reportCodes.save(next);
}
