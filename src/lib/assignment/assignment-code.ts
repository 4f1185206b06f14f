import { idPattern } from '../content/ids';
import { maxTime } from '../storage/schema';
import { ByteReader, ByteWriter, crc32, hex32 } from './bytes';
import { CodeRuleError, packCode, unpackCode, type CodeResult } from './envelope';

/** What a trainer assigns: everything the take page needs travels in the link. */
export interface Assignment {
  /** Shown to trainees and on the report. */
  title: string;
  /** When the trainer made it, ms since epoch (kept to the minute). */
  createdAt: number;
  /** Content version (8 hex digits) of the site the trainer built it on. */
  contentVersion: string;
  /** Percent needed to pass, 1–100. */
  passMark: number;
  /** Minutes for the whole assignment; 0 = no limit. */
  timeLimitMinutes: number;
  /** Attempts allowed per device; 0 = unlimited. */
  attempts: number;
  /** Seeds the question order. */
  seed: string;
  /** Each trainee gets their own order (the seed mixed with their 工号). */
  orderPerTrainee: boolean;
  /** Due date as YYYY-MM-DD (end of that day, local time), or null. */
  due: string | null;
  /** How many questions one drill counts as in the total. */
  drillWeight: number;
  /** Question ids, in the trainer's order. */
  questions: string[];
  /** Drill ids, in the order they are taken. */
  drills: string[];
}

/** The bounds an assignment must stay within; the builder and the decoder both check them. */
export const assignmentLimits = {
  titleLength: 60,
  seedLength: 32,
  passMark: { min: 1, max: 100 },
  timeLimitMinutes: { min: 0, max: 480 },
  attempts: { min: 0, max: 20 },
  drillWeight: { min: 1, max: 20 },
  items: 200,
} as const;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date, or undefined when it is not a real date. */
export function dayNumber(date: string): number | undefined {
  const m = datePattern.exec(date);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms).toISOString().slice(0, 10);
  return back === date ? ms / dayMs : undefined;
}

function dateOfDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/**
 * Characters that could hide or reorder text in a table: controls and bidi overrides. Codes are
 * read by this rule, so that codes made by older pages still open.
 */
const hiddenCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * What a person may type now also excludes every invisible format character (zero-width spaces
 * and joiners, the BOM, soft hyphens): 'E102' and 'E102' + U+200B must not be two people.
 */
const invisibleCharacters = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** Whether a field read from a code is acceptable: non-empty, trimmed, short, no hidden characters. */
export function isPlainField(text: string, maxLength: number): boolean {
  const length = [...text].length;
  return length > 0 && length <= maxLength && text.trim() === text && !hiddenCharacters.test(text);
}

/** Whether typed text (a title, a seed, a name, a 工号) is acceptable: a plain field with no invisible characters. */
export function isTypedField(text: string, maxLength: number): boolean {
  return isPlainField(text, maxLength) && !invisibleCharacters.test(text);
}

const inRange = (n: number, { min, max }: { min: number; max: number }) =>
  Number.isInteger(n) && n >= min && n <= max;

/** What is wrong with an assignment's fields, as rule names; empty when it is valid. */
export function assignmentRuleBreaks(a: Assignment): string[] {
  const breaks: string[] = [];
  if (!isPlainField(a.title, assignmentLimits.titleLength)) breaks.push('title');
  if (!/^[0-9a-f]{8}$/.test(a.contentVersion)) breaks.push('contentVersion');
  if (!Number.isInteger(a.createdAt) || a.createdAt < 0 || a.createdAt > maxTime)
    breaks.push('createdAt');
  if (!inRange(a.passMark, assignmentLimits.passMark)) breaks.push('passMark');
  if (!inRange(a.timeLimitMinutes, assignmentLimits.timeLimitMinutes))
    breaks.push('timeLimitMinutes');
  if (!inRange(a.attempts, assignmentLimits.attempts)) breaks.push('attempts');
  if (!inRange(a.drillWeight, assignmentLimits.drillWeight)) breaks.push('drillWeight');
  if (a.seed !== '' && !isPlainField(a.seed, assignmentLimits.seedLength)) breaks.push('seed');
  if (a.due !== null && dayNumber(a.due) === undefined) breaks.push('due');
  const items = [...a.questions, ...a.drills];
  if (items.length === 0 || items.length > assignmentLimits.items) breaks.push('items');
  if (!items.every((id) => idPattern.test(id)) || new Set(items).size !== items.length)
    breaks.push('ids');
  return breaks;
}

/** Ids front-coded: each stores how much it shares with the previous one, then the rest. */
function writeIds(writer: ByteWriter, ids: readonly string[]) {
  writer.uint(ids.length);
  let previous = '';
  for (const id of ids) {
    let shared = 0;
    while (shared < id.length && shared < previous.length && id[shared] === previous[shared])
      shared++;
    writer.uint(shared).string(id.slice(shared));
    previous = id;
  }
}

function readIds(reader: ByteReader): string[] {
  const count = reader.uint(assignmentLimits.items);
  const ids: string[] = [];
  let previous = '';
  for (let i = 0; i < count; i++) {
    const shared = reader.uint(previous.length);
    const id = previous.slice(0, shared) + reader.string(200);
    ids.push(id);
    previous = id;
  }
  return ids;
}

/** The assignment's bytes (format 1). Equal assignments give equal bytes. */
export function writeAssignment(a: Assignment): Uint8Array {
  const writer = new ByteWriter()
    .u32(Number.parseInt(a.contentVersion, 16))
    .uint(Math.floor(a.createdAt / 60_000))
    .string(a.title)
    .uint(a.passMark)
    .uint(a.timeLimitMinutes)
    .uint(a.attempts)
    .uint(a.drillWeight)
    .uint(a.orderPerTrainee ? 1 : 0)
    .uint(a.due === null ? 0 : (dayNumber(a.due) ?? -1) + 1)
    .string(a.seed);
  writeIds(writer, a.questions);
  writeIds(writer, a.drills);
  return writer.bytes();
}

/** Reads what writeAssignment wrote; throws (ByteFormatError, CodeRuleError) on anything else. */
export function readAssignment(reader: ByteReader): Assignment {
  const contentVersion = hex32(reader.u32());
  const createdAt = reader.uint() * 60_000;
  const title = reader.string(assignmentLimits.titleLength * 4);
  const passMark = reader.uint(1000);
  const timeLimitMinutes = reader.uint(100_000);
  const attempts = reader.uint(1000);
  const drillWeight = reader.uint(1000);
  const flags = reader.uint(1);
  const dueDay = reader.uint();
  const seed = reader.string(assignmentLimits.seedLength * 4);
  const questions = readIds(reader);
  const drills = readIds(reader);
  const assignment: Assignment = {
    title,
    createdAt,
    contentVersion,
    passMark,
    timeLimitMinutes,
    attempts,
    seed,
    orderPerTrainee: flags === 1,
    due: dueDay === 0 ? null : dateOfDay(dueDay - 1),
    drillWeight,
    questions,
    drills,
  };
  if (assignmentRuleBreaks(assignment).length > 0)
    throw new CodeRuleError('assignment breaks its rules');
  return assignment;
}

/** Throws on an assignment the decoder would refuse, so no one can hand out a dead link. */
export function encodeAssignmentCode(a: Assignment): string {
  const breaks = assignmentRuleBreaks(a);
  if (breaks.length > 0) throw new RangeError(`assignment breaks: ${breaks.join(', ')}`);
  return packCode('assignment', writeAssignment(a));
}

/**
 * Reads an assignment from its code or from a whole link (the part after #). Never throws.
 */
export function decodeAssignmentCode(input: unknown): CodeResult<Assignment> {
  const text = typeof input === 'string' ? input.trim() : input;
  const code =
    typeof text === 'string' && text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  return unpackCode(code, 'assignment', readAssignment);
}

const fingerprints = new WeakMap<Assignment, string>();

/** A short stable id for an assignment (8 hex digits): equal settings and items, equal id. */
export function assignmentFingerprint(a: Assignment): string {
  // Only frozen assignments (shared by the codes that carry them) can be remembered safely.
  if (!Object.isFrozen(a)) return hex32(crc32(writeAssignment(a)));
  let known = fingerprints.get(a);
  if (known === undefined) {
    known = hex32(crc32(writeAssignment(a)));
    fingerprints.set(a, known);
  }
  return known;
}

/** The assignment link for a site origin (e.g. https://example.com). */
export function assignmentLink(origin: string, a: Assignment): string {
  return `${origin}/trainer/take/#${encodeAssignmentCode(a)}`;
}

/** The moment an assignment is overdue: the end of its due day in the given UTC offset (minutes east). */
export function dueDeadline(a: Assignment, offsetMinutes: number): number | undefined {
  if (a.due === null) return undefined;
  const day = dayNumber(a.due);
  return day === undefined ? undefined : (day + 1) * dayMs - offsetMinutes * 60_000;
}
