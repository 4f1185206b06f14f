import { decodeEnvelope, type CollectionFormat } from '../storage/versioned';
import { recordSections, type RecordSection, type TrainingRecords } from './merge';
import type { PracticeAttempt } from './records';

// The file a learner exports on one device and imports on another. Each section is the same
// versioned envelope that localStorage holds, so reading a file validates and migrates it with
// the code that reads storage, and every valid record is kept even when others are not.

/** Marks a file as ours. */
export const exportKind = 'kesu-weiji-shouce/training-records';
/** Version of the file's outer shape; each section carries its own version. */
export const exportVersion = 1;
/** Files larger than this are refused before reading (a real export is a few dozen KB). */
export const maxImportBytes = 5 * 1024 * 1024;

/** How each section is stored: the formats of the stores. */
export type TransferFormats<A extends PracticeAttempt> = {
  [S in RecordSection]: CollectionFormat<TrainingRecords<A>[S][number]>;
};

/** The text of an export file. */
export function buildExport<A extends PracticeAttempt>(
  records: TrainingRecords<A>,
  formats: TransferFormats<A>,
  now: number,
): string {
  const sections = Object.fromEntries(
    recordSections.map((section) => [
      section,
      { v: formats[section].version, items: records[section] },
    ]),
  );
  return `${JSON.stringify({ kind: exportKind, version: exportVersion, exportedAt: new Date(now).toISOString(), sections }, null, 1)}\n`;
}

/** Why a file could not be read at all. */
export type ImportProblem = 'empty' | 'too-large' | 'not-json' | 'not-ours';

export type ReadExport<A extends PracticeAttempt> =
  | { ok: false; problem: ImportProblem }
  | {
      ok: true;
      records: TrainingRecords<A>;
      /** Records per section that were invalid and left out. */
      skipped: Record<RecordSection, number>;
      /** The file came from a newer version of the site; what could be read was read. */
      newer: boolean;
      exportedAt?: number;
    };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an export file. Never throws: a file that is not ours is refused with the reason. */
export function readExport<A extends PracticeAttempt>(
  text: string,
  formats: TransferFormats<A>,
): ReadExport<A> {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > maxImportBytes) return { ok: false, problem: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (
    !isObject(parsed) ||
    parsed.kind !== exportKind ||
    !Number.isInteger(parsed.version) ||
    !isObject(parsed.sections)
  ) {
    return { ok: false, problem: 'not-ours' };
  }
  const sections = parsed.sections;
  let newer = (parsed.version as number) > exportVersion;
  const skipped = Object.fromEntries(recordSections.map((s) => [s, 0])) as Record<
    RecordSection,
    number
  >;
  const read = <S extends RecordSection>(section: S): TrainingRecords<A>[S] => {
    if (!(section in sections)) return [] as TrainingRecords<A>[S];
    const decoded = decodeEnvelope(sections[section], formats[section]);
    skipped[section] = decoded.setAside.length;
    if (decoded.problem === 'newer') newer = true;
    return decoded.items as TrainingRecords<A>[S];
  };
  const records: TrainingRecords<A> = {
    lessons: read('lessons'),
    checks: read('checks'),
    attempts: read('attempts'),
    review: read('review'),
    learner: read('learner'),
  };
  const result: ReadExport<A> = { ok: true, records, skipped, newer };
  const exportedAt = typeof parsed.exportedAt === 'string' ? Date.parse(parsed.exportedAt) : NaN;
  if (Number.isFinite(exportedAt)) result.exportedAt = exportedAt;
  return result;
}

/** A file name for an export made at `now`, e.g. 培训记录-2025-03-01.json (local date). */
export function exportFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `培训记录-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}
