import { maxTime } from '../storage/schema';
import { isPlainField, readAssignment, writeAssignment, type Assignment } from './assignment-code';
import { ByteReader, ByteWriter, hex32 } from './bytes';
import {
  CodeRuleError,
  codePattern,
  normaliseCode,
  packCode,
  unpackCode,
  type CodeResult,
} from './envelope';

/**
 * An answer as a result code carries it: raw choices only, never a score. Categories are stored
 * by their index in the question (0-based), so the code stays short.
 */
export type CodedAnswer =
  /** Options picked, by index in the question's own order, ascending. */
  | { type: 'single' | 'multiple'; selected: number[] }
  /** The items' original indexes in the order the trainee put them. */
  | { type: 'ordering'; order: number[] }
  /** For each item, the index of the category picked, or null. */
  | { type: 'categorise'; placed: (number | null)[] };

/** One drill as a result code carries it: the choice index at each decision, in order. */
export interface CodedDrillRun {
  choices: number[];
  seconds: number;
}

/** Everything a trainee hands back: the assignment, who says they are, and what they answered. */
export interface Submission {
  assignment: Assignment;
  /** Content version (8 hex digits) of the site the trainee took it on. */
  contentVersion: string;
  /** As typed by the trainee; shown only as text. */
  name: string;
  employeeId: string;
  /** 1 for the first attempt on that device. */
  attempt: number;
  /** ms since epoch, kept to the second. */
  startedAt: number;
  finishedAt: number;
  /** The time limit ended the attempt. */
  timedOut: boolean;
  /** Seconds spent on the questions. */
  quizSeconds: number;
  /** One per assignment question, in the assignment's order; null = not answered. */
  answers: (CodedAnswer | null)[];
  /** One per assignment drill, in its order; null = never started. */
  drills: (CodedDrillRun | null)[];
}

export const submissionLimits = {
  nameLength: 40,
  employeeIdLength: 32,
  attempt: 999,
  /** Options a choice question may have (they travel as a bitmask). */
  options: 32,
  /** Items or choices a single answer may list, and the largest index in it. */
  listLength: 64,
} as const;

const tags = { none: 0, single: 1, multiple: 2, ordering: 3, categorise: 4 } as const;

function bitmask(indexes: readonly number[]): number {
  return indexes.reduce((mask, i) => mask + 2 ** i, 0);
}

function fromBitmask(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0, rest = mask; rest > 0; i++, rest = Math.floor(rest / 2))
    if (rest % 2 === 1) out.push(i);
  return out;
}

function writeAnswer(writer: ByteWriter, answer: CodedAnswer | null) {
  if (answer === null) {
    writer.uint(tags.none);
    return;
  }
  switch (answer.type) {
    case 'single':
    case 'multiple':
      writer.uint(tags[answer.type]).uint(bitmask([...new Set(answer.selected)]));
      return;
    case 'ordering':
      writer.uint(tags.ordering).uint(answer.order.length);
      for (const i of answer.order) writer.uint(i);
      return;
    case 'categorise':
      writer.uint(tags.categorise).uint(answer.placed.length);
      for (const c of answer.placed) writer.uint(c === null ? 0 : c + 1);
  }
}

function readList(reader: ByteReader): number[] {
  const count = reader.uint(submissionLimits.listLength);
  return Array.from({ length: count }, () => reader.uint(submissionLimits.listLength));
}

function readAnswer(reader: ByteReader): CodedAnswer | null {
  const tag = reader.uint(4);
  switch (tag) {
    case tags.none:
      return null;
    case tags.single:
    case tags.multiple:
      return {
        type: tag === tags.single ? 'single' : 'multiple',
        selected: fromBitmask(reader.uint(2 ** submissionLimits.options - 1)),
      };
    case tags.ordering:
      return { type: 'ordering', order: readList(reader) };
    default:
      return { type: 'categorise', placed: readList(reader).map((c) => (c === 0 ? null : c - 1)) };
  }
}

const isIndex = (n: number | null, max: number) =>
  n === null || (Number.isInteger(n) && n >= 0 && n < max);

function answerFits(answer: CodedAnswer | null): boolean {
  if (answer === null) return true;
  const { options, listLength } = submissionLimits;
  switch (answer.type) {
    case 'single':
    case 'multiple':
      return answer.selected.every((i) => isIndex(i, options));
    case 'ordering':
      return answer.order.length <= listLength && answer.order.every((i) => isIndex(i, listLength));
    case 'categorise':
      return (
        answer.placed.length <= listLength && answer.placed.every((c) => isIndex(c, listLength - 1))
      );
  }
}

function runFits(run: CodedDrillRun | null): boolean {
  const { listLength } = submissionLimits;
  return (
    run === null ||
    (run.choices.length <= listLength && run.choices.every((c) => isIndex(c, listLength)))
  );
}

function assertRules(s: Submission) {
  const ok =
    s.answers.every(answerFits) &&
    s.drills.every(runFits) &&
    isPlainField(s.name, submissionLimits.nameLength) &&
    isPlainField(s.employeeId, submissionLimits.employeeIdLength) &&
    Number.isInteger(s.attempt) &&
    s.attempt >= 1 &&
    s.attempt <= submissionLimits.attempt &&
    /^[0-9a-f]{8}$/.test(s.contentVersion) &&
    s.answers.length === s.assignment.questions.length &&
    s.drills.length === s.assignment.drills.length &&
    Number.isSafeInteger(s.startedAt) &&
    s.startedAt >= 0 &&
    Number.isSafeInteger(s.finishedAt) &&
    s.finishedAt >= s.startedAt &&
    s.finishedAt <= maxTime;
  if (!ok) throw new CodeRuleError('submission breaks its rules');
}

/** The submission's bytes (format 1). */
export function writeSubmission(s: Submission): Uint8Array {
  const writer = new ByteWriter()
    .block(writeAssignment(s.assignment))
    .u32(Number.parseInt(s.contentVersion, 16))
    .string(s.name)
    .string(s.employeeId)
    .uint(s.attempt)
    .uint(Math.floor(s.startedAt / 1000))
    .uint(Math.max(0, Math.floor(s.finishedAt / 1000) - Math.floor(s.startedAt / 1000)))
    .uint(s.timedOut ? 1 : 0)
    .uint(Math.max(0, Math.round(s.quizSeconds)));
  for (const answer of s.answers) writeAnswer(writer, answer);
  for (const run of s.drills) {
    if (run === null) {
      writer.uint(0);
      continue;
    }
    writer
      .uint(1)
      .uint(Math.max(0, Math.round(run.seconds)))
      .uint(run.choices.length);
    for (const choice of run.choices) writer.uint(choice);
  }
  return writer.bytes();
}

// A class hands in hundreds of codes of one assignment: its bytes are read once and the same
// (frozen) Assignment is shared, which also lets assignmentFingerprint remember its answer.
const readAssignments = new Map<string, Assignment>();

function sharedAssignment(block: Uint8Array): Assignment {
  let key = '';
  for (let i = 0; i < block.length; i++) key += String.fromCharCode(block[i] ?? 0);
  const known = readAssignments.get(key);
  if (known) return known;
  const assignment = readAssignment(new ByteReader(block));
  Object.freeze(assignment.questions);
  Object.freeze(assignment.drills);
  Object.freeze(assignment);
  if (readAssignments.size >= 64) readAssignments.clear();
  readAssignments.set(key, assignment);
  return assignment;
}

export function readSubmission(reader: ByteReader): Submission {
  const assignment = sharedAssignment(reader.block(4096));
  const contentVersion = hex32(reader.u32());
  const name = reader.string(submissionLimits.nameLength * 4);
  const employeeId = reader.string(submissionLimits.employeeIdLength * 4);
  const attempt = reader.uint(submissionLimits.attempt);
  const startedAt = reader.uint() * 1000;
  const finishedAt = startedAt + reader.uint() * 1000;
  const timedOut = reader.uint(1) === 1;
  const quizSeconds = reader.uint();
  const answers = assignment.questions.map(() => readAnswer(reader));
  const drills = assignment.drills.map((): CodedDrillRun | null => {
    if (reader.uint(1) === 0) return null;
    const seconds = reader.uint();
    return { seconds, choices: readList(reader) };
  });
  const submission: Submission = {
    assignment,
    contentVersion,
    name,
    employeeId,
    attempt,
    startedAt,
    finishedAt,
    timedOut,
    quizSeconds,
    answers,
    drills,
  };
  assertRules(submission);
  return submission;
}

/** Throws on a submission the decoder would refuse (the take page never builds one). */
export function encodeResultCode(s: Submission): string {
  assertRules(s);
  return packCode('result', writeSubmission(s));
}

/** Reads a result code. Never throws. */
export function decodeResultCode(input: unknown): CodeResult<Submission> {
  return unpackCode(input, 'result', readSubmission);
}

/** Every code-like run in a pasted text (a chat, a CSV, one code a line), in order. */
export function findCodes(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(codePattern)].map((m) => normaliseCode(m[0]));
}
