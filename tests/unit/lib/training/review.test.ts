import fc from 'fast-check';
import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { ReviewCard } from '../../../../src/lib/training/records';
import { reviewCardFormat } from '../../../../src/lib/training/records';
import { dueLater, dueToday, endOfDay } from '../../../../src/lib/training/review-queue';
import {
  applyReview,
  gradeOfScore,
  queueMisses,
  scheduleAnswer,
} from '../../../../src/lib/training/review-schedule';

const minute = 60_000;
const day = 24 * 60 * minute;
const now = new Date(2025, 2, 3, 9, 0).getTime();

describe('gradeOfScore', () => {
  it('grades a full answer Good, a partial one Hard and a wrong one Again', () => {
    expect([gradeOfScore(1), gradeOfScore(0.5), gradeOfScore(0)]).toEqual([
      Rating.Good,
      Rating.Hard,
      Rating.Again,
    ]);
  });
});

describe('queueMisses', () => {
  it('queues every question not fully right, due again today, and leaves the right ones out', () => {
    const queue = queueMisses(
      [],
      { questions: ['q1', 'q2', 'q3'], scores: [1, 0, 0.5] },
      now,
      'module:m1',
    );
    expect(queue.map((c) => c.question).sort()).toEqual(['q2', 'q3']);
    for (const card of queue) {
      expect(card.source).toBe('module:m1');
      expect(card.due).toBeGreaterThan(now);
      expect(card.due).toBeLessThanOrEqual(now + 10 * minute);
      expect(card.updated).toBe(now);
      expect(reviewCardFormat.parseItem(JSON.parse(JSON.stringify(card)))).toEqual(card);
    }
    expect(dueToday(queue, now).map((c) => c.question)).toEqual(['q2', 'q3']);
  });

  it('reschedules a queued question missed again as a lapse', () => {
    let queue = queueMisses([], { questions: ['q1'], scores: [0] }, now, 'bank:s');
    for (const at of [now + 1 * minute, now + 11 * minute])
      queue = applyReview(queue, { questions: ['q1'], scores: [1] }, at);
    const learned = queue[0]!;
    expect(learned.due).toBeGreaterThan(endOfDay(now));
    const later = learned.due + day;
    const missed = queueMisses(queue, { questions: ['q1'], scores: [0] }, later, 'module:m2')[0]!;
    expect(missed.lapses).toBe(learned.lapses + 1);
    expect(missed.source).toBe('module:m2');
    expect(missed.due).toBeLessThan(later + day);
  });
});

describe('applyReview', () => {
  it('moves a question answered right out to days, then further out each time', () => {
    let queue = queueMisses([], { questions: ['q1'], scores: [0] }, now, 'review');
    const dues: number[] = [];
    let at = now;
    for (let i = 0; i < 5; i++) {
      at = Math.max(at, queue[0]!.due);
      queue = applyReview(queue, { questions: ['q1'], scores: [1] }, at);
      dues.push(queue[0]!.due - at);
    }
    // Two short learning steps, then intervals of days that keep growing.
    expect(dues[1]).toBeGreaterThanOrEqual(day);
    expect(dues[2]).toBeGreaterThan(dues[1]!);
    expect(dues[4]).toBeGreaterThan(dues[3]!);
    expect(queue[0]!.reps).toBe(6);
  });

  it('brings a question answered wrong back sooner than one answered right', () => {
    const start = queueMisses([], { questions: ['q1', 'q2'], scores: [0, 0] }, now, 'review');
    let queue = start;
    for (const at of [now + minute, now + 11 * minute])
      queue = applyReview(queue, { questions: ['q1', 'q2'], scores: [1, 1] }, at);
    const at = Math.max(...queue.map((c) => c.due));
    const after = applyReview(queue, { questions: ['q1', 'q2'], scores: [1, 0] }, at);
    const due = Object.fromEntries(after.map((c) => [c.question, c.due]));
    expect(due.q2).toBeLessThan(due.q1!);
  });

  it('keeps every card valid for storage, whatever the answers (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('q1', 'q2'),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.integer({ min: 0, max: 5 * day }),
          ),
          { maxLength: 12 },
        ),
        (answers) => {
          let queue: ReviewCard[] = [];
          let at = now;
          for (const [question, score, wait] of answers) {
            at += wait;
            queue = applyReview(queue, { questions: [question], scores: [score] }, at);
          }
          for (const card of queue) {
            expect(reviewCardFormat.parseItem(JSON.parse(JSON.stringify(card)))).toEqual(card);
            expect(card.due).toBeGreaterThanOrEqual(card.updated);
          }
        },
      ),
    );
  });
});

describe('dueToday and dueLater', () => {
  const card = (question: string, due: number) =>
    scheduleAnswer(undefined, question, 0, due - minute, 'review');

  it('splits the queue at the end of the local day, earliest first', () => {
    const queue = [
      card('late-today', endOfDay(now) - minute),
      card('tomorrow', endOfDay(now) + minute),
      card('overdue', now - day),
      card('now', now),
    ];
    expect(dueToday(queue, now).map((c) => c.question)).toEqual(['overdue', 'now', 'late-today']);
    expect(dueLater(queue, now).map((c) => c.question)).toEqual(['tomorrow']);
  });

  it('leaves out questions that are no longer in the bank', () => {
    const queue = [card('q1', now), card('removed', now)];
    expect(dueToday(queue, now, new Set(['q1'])).map((c) => c.question)).toEqual(['q1']);
  });

  it('ends the day at local midnight', () => {
    const end = new Date(endOfDay(now));
    expect([end.getDate(), end.getHours(), end.getMinutes()]).toEqual([3, 23, 59]);
    expect(endOfDay(end.getTime() + 1)).toBeGreaterThan(end.getTime() + day - 2);
  });
});
