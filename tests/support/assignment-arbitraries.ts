import fc from 'fast-check';
import type { Assignment } from '../../src/lib/assignment/assignment-code';
import type { CodedAnswer, CodedDrillRun, Submission } from '../../src/lib/assignment/result-code';

const hidden = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Text a person could type into a field: trimmed, no control characters, Chinese included. */
export const plainText = (maxLength: number) =>
  fc
    .string({
      unit: fc.oneof(
        fc.constantFrom(...'张王李赵陈林小明华·- 工号ABCxyz019'),
        fc.integer({ min: 0x20, max: 0x2fff }).map((n) => String.fromCodePoint(n)),
        fc.constantFrom('<', '>', '"', '&', '=', '😀'),
      ),
      minLength: 1,
      maxLength,
    })
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && [...s].length <= maxLength && !hidden.test(s));

export const contentId = fc
  .tuple(
    fc.constantFrom('risks', 'crisis', 'drill-double', 'media', 'q'),
    fc.integer({ min: 1, max: 99 }),
  )
  .map(([prefix, n]) => `${prefix}-${String(n).padStart(2, '0')}`);

const date = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const assignmentArb: fc.Arbitrary<Assignment> = fc
  .record({
    title: plainText(60),
    createdAt: fc.integer({ min: 0, max: 40_000_000 }).map((m) => m * 60_000),
    contentVersion: fc.nat({ max: 0xffffffff }).map((n) => n.toString(16).padStart(8, '0')),
    passMark: fc.integer({ min: 1, max: 100 }),
    timeLimitMinutes: fc.integer({ min: 0, max: 480 }),
    attempts: fc.integer({ min: 0, max: 20 }),
    seed: fc.oneof(fc.constant(''), plainText(32)),
    orderPerTrainee: fc.boolean(),
    due: fc.option(date, { nil: null }),
    drillWeight: fc.integer({ min: 1, max: 20 }),
    questions: fc.uniqueArray(contentId, { maxLength: 30 }),
    drills: fc.uniqueArray(
      contentId.map((id) => `drill-${id}`),
      { maxLength: 5 },
    ),
  })
  .filter(
    (a) =>
      a.questions.length + a.drills.length > 0 &&
      new Set([...a.questions, ...a.drills]).size === a.questions.length + a.drills.length,
  );

const index = (max: number) => fc.integer({ min: 0, max });

export const codedAnswerArb: fc.Arbitrary<CodedAnswer | null> = fc.oneof(
  fc.constant(null),
  fc.record({
    type: fc.constantFrom('single' as const, 'multiple' as const),
    selected: fc.uniqueArray(index(31), { maxLength: 6 }).map((a) => a.sort((x, y) => x - y)),
  }),
  fc.record({
    type: fc.constant('ordering' as const),
    order: fc.array(index(63), { maxLength: 8 }),
  }),
  fc.record({
    type: fc.constant('categorise' as const),
    placed: fc.array(fc.option(index(62), { nil: null }), { maxLength: 8 }),
  }),
);

const runArb: fc.Arbitrary<CodedDrillRun | null> = fc.option(
  fc.record({ choices: fc.array(index(63), { maxLength: 8 }), seconds: fc.nat({ max: 100_000 }) }),
  { nil: null },
);

export const submissionArb: fc.Arbitrary<Submission> = assignmentArb.chain((assignment) =>
  fc
    .record({
      assignment: fc.constant(assignment),
      contentVersion: fc.nat({ max: 0xffffffff }).map((n) => n.toString(16).padStart(8, '0')),
      name: plainText(40),
      employeeId: plainText(32),
      attempt: fc.integer({ min: 1, max: 999 }),
      startedAt: fc.integer({ min: 0, max: 4_000_000_000 }).map((s) => s * 1000),
      duration: fc.nat({ max: 200_000 }),
      timedOut: fc.boolean(),
      quizSeconds: fc.nat({ max: 100_000 }),
      answers: fc.array(codedAnswerArb, {
        minLength: assignment.questions.length,
        maxLength: assignment.questions.length,
      }),
      drills: fc.array(runArb, {
        minLength: assignment.drills.length,
        maxLength: assignment.drills.length,
      }),
    })
    .map(({ duration, ...s }) => ({ ...s, finishedAt: s.startedAt + duration * 1000 })),
);

/** Every other character a code could be changed into: the base64url alphabet and a few strays. */
export const replacementChars = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  '.',
  '+',
  '/',
  '=',
  ' ',
  '中',
];
