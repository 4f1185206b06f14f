import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergeRecords,
  recordSections,
  type TrainingRecords,
} from '../../../../src/lib/training/merge';
import type { LessonMark, ReviewCard } from '../../../../src/lib/training/records';
import { run } from './fixtures';

const none: TrainingRecords = { lessons: [], checks: [], attempts: [], review: [], learner: [] };

function card(question: string, updated: number, reps = 1, due = updated + 60_000): ReviewCard {
  return {
    question,
    due,
    stability: 1,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps,
    lapses: 0,
    state: 1,
    updated,
  };
}

// Small id and time ranges, so generated records often collide and ties get exercised.
const entry = fc.constantFrom('a', 'b', 'c');
const time = fc.integer({ min: 1, max: 6 });
const markArb = fc.record({ entry, read: fc.boolean(), at: time });
/** A device's own marks: one per entry, as setLessonRead keeps them. */
const marksArb = fc.uniqueArray(markArb, { selector: (m) => m.entry });
const cardArb = fc
  .record({
    question: fc.constantFrom('q1', 'q2', 'q3'),
    updated: time,
    reps: fc.integer({ min: 0, max: 3 }),
    due: time,
  })
  .map((c) => card(c.question, c.updated, c.reps, c.due));
const cardsArb = fc.uniqueArray(cardArb, { selector: (c) => c.question });
const checkArb = fc.record({
  module: fc.constantFrom('m1', 'm2'),
  at: time,
  percent: fc.integer({ min: 0, max: 100 }),
  passMark: fc.constant(80),
  asked: fc.constant(10),
});
const recordsArb: fc.Arbitrary<TrainingRecords> = fc.record({
  lessons: marksArb,
  checks: fc.uniqueArray(checkArb, { selector: (c) => `${c.module}|${c.at}|${c.percent}` }),
  attempts: fc.uniqueArray(
    time.chain((at) => fc.constantFrom('d1', 'd2').map((d) => run(d, at))),
    { selector: (a) => `${a.drill}|${a.at}` },
  ),
  review: cardsArb,
  learner: fc
    .option(fc.record({ name: fc.constantFrom('张三', '李四'), at: time }), { nil: undefined })
    .map((n) => (n ? [n] : [])),
});

/** Records as sets, so order inside a section does not matter. */
function normal(records: TrainingRecords) {
  return Object.fromEntries(
    recordSections.map((s) => [s, records[s].map((r) => JSON.stringify(r)).sort()]),
  );
}

describe('mergeRecords', () => {
  it('never replaces a newer lesson mark with an older one', () => {
    const local: LessonMark[] = [{ entry: 'a', read: false, at: 20 }];
    const incoming: LessonMark[] = [
      { entry: 'a', read: true, at: 10 },
      { entry: 'b', read: true, at: 5 },
    ];
    const { records, report } = mergeRecords(
      { ...none, lessons: local },
      { ...none, lessons: incoming },
    );
    expect(records.lessons).toEqual([
      { entry: 'a', read: false, at: 20 },
      { entry: 'b', read: true, at: 5 },
    ]);
    expect(report.lessons).toEqual({ added: 1, same: 0, older: 1 });
  });

  it('takes an incoming mark that is newer than the local one', () => {
    const { records } = mergeRecords(
      { ...none, lessons: [{ entry: 'a', read: true, at: 10 }] },
      { ...none, lessons: [{ entry: 'a', read: false, at: 11 }] },
    );
    expect(records.lessons).toEqual([{ entry: 'a', read: false, at: 11 }]);
  });

  it('keeps every check and drill attempt of both devices once, in time order', () => {
    const check = (at: number, percent: number) => ({
      module: 'm1',
      at,
      percent,
      passMark: 80,
      asked: 10,
    });
    const { records, report } = mergeRecords(
      { ...none, checks: [check(1, 50), check(3, 90)], attempts: [run('d1', 2)] },
      { ...none, checks: [check(3, 90), check(2, 70)], attempts: [run('d1', 2), run('d1', 1)] },
    );
    expect(records.checks.map((c) => c.at)).toEqual([1, 2, 3]);
    expect(records.attempts.map((a) => a.at)).toEqual([1, 2]);
    expect(report.checks).toEqual({ added: 1, same: 1, older: 0 });
    expect(report.attempts).toEqual({ added: 1, same: 1, older: 0 });
  });

  it('keeps the review card that was changed last', () => {
    const { records, report } = mergeRecords(
      { ...none, review: [card('q1', 100, 3), card('q2', 50)] },
      { ...none, review: [card('q1', 90, 5), card('q2', 60, 2), card('q3', 10)] },
    );
    const byQuestion = Object.fromEntries(records.review.map((c) => [c.question, c.updated]));
    expect(byQuestion).toEqual({ q1: 100, q2: 60, q3: 10 });
    expect(report.review).toEqual({ added: 2, same: 0, older: 1 });
  });

  it('treats the same record written with its fields in another order as the same', () => {
    const a = card('q1', 10);
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as ReviewCard;
    const { report } = mergeRecords({ ...none, review: [a] }, { ...none, review: [reordered] });
    expect(report.review).toEqual({ added: 0, same: 1, older: 0 });
  });

  it('keeps the name typed last', () => {
    const { records } = mergeRecords(
      { ...none, learner: [{ name: '张三', at: 5 }] },
      { ...none, learner: [{ name: '李四', at: 4 }] },
    );
    expect(records.learner).toEqual([{ name: '张三', at: 5 }]);
  });

  it('gives the same records whichever device merges which (property)', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, (a, b) => {
        expect(normal(mergeRecords(a, b).records)).toEqual(normal(mergeRecords(b, a).records));
      }),
    );
  });

  it('changes nothing when a device imports its own export, or the same file twice (property)', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, (a, b) => {
        const self = mergeRecords(a, a);
        expect(normal(self.records)).toEqual(normal(a));
        expect(
          recordSections.every((s) => self.report[s].added === 0 && self.report[s].older === 0),
        ).toBe(true);
        const once = mergeRecords(a, b).records;
        const twice = mergeRecords(once, b);
        expect(normal(twice.records)).toEqual(normal(once));
        expect(recordSections.every((s) => twice.report[s].added === 0)).toBe(true);
      }),
    );
  });

  it('keeps, for every lesson and card, the most recent version either device had (property)', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, (a, b) => {
        const { records } = mergeRecords(a, b);
        for (const entry of new Set([...a.lessons, ...b.lessons].map((m) => m.entry))) {
          const latest = Math.max(
            ...[...a.lessons, ...b.lessons].filter((m) => m.entry === entry).map((m) => m.at),
          );
          expect(records.lessons.find((m) => m.entry === entry)?.at).toBe(latest);
        }
        for (const question of new Set([...a.review, ...b.review].map((c) => c.question))) {
          const latest = Math.max(
            ...[...a.review, ...b.review]
              .filter((c) => c.question === question)
              .map((c) => c.updated),
          );
          expect(records.review.find((c) => c.question === question)?.updated).toBe(latest);
        }
        expect(records.checks.length).toBe(
          new Set([...a.checks, ...b.checks].map((c) => JSON.stringify(c))).size,
        );
      }),
    );
  });

  it('loses no local record (property)', () => {
    fc.assert(
      fc.property(recordsArb, recordsArb, (a, b) => {
        const { records } = mergeRecords(a, b);
        expect(records.lessons.length).toBe(
          new Set([...a.lessons, ...b.lessons].map((m) => m.entry)).size,
        );
        for (const attempt of a.attempts) expect(records.attempts).toContainEqual(attempt);
        for (const check of a.checks) expect(records.checks).toContainEqual(check);
      }),
    );
  });
});
