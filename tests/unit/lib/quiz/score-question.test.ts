import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  scoreCategorise,
  scoreMultiple,
  scoreOrdering,
  scoreQuestion,
  scoreSingle,
} from '../../../../src/lib/quiz/score-question';
import type { Question } from '../../../../src/schemas/question';

describe('scoreSingle', () => {
  const correct = [false, true, false];
  it('gives 1 for the right option and 0 for a wrong one', () => {
    expect(scoreSingle(correct, [1])).toBe(1);
    expect(scoreSingle(correct, [0])).toBe(0);
  });
  it('gives 0 for an empty answer and for picking everything', () => {
    expect(scoreSingle(correct, [])).toBe(0);
    expect(scoreSingle(correct, [0, 1, 2])).toBe(0);
  });
});

describe('scoreMultiple', () => {
  const correct = [true, true, true, false, false];
  it('gives full credit for exactly the right options', () => {
    expect(scoreMultiple(correct, [0, 1, 2])).toBe(1);
  });
  it('gives partial credit for two of three', () => {
    expect(scoreMultiple(correct, [0, 2])).toBeCloseTo(2 / 3);
  });
  it('takes one right pick back for each wrong pick', () => {
    expect(scoreMultiple(correct, [0, 1, 3])).toBeCloseTo(1 / 3);
  });
  it('gives 0 for an empty answer', () => {
    expect(scoreMultiple(correct, [])).toBe(0);
  });
  it('gives all-selected only what right outnumbers wrong', () => {
    expect(scoreMultiple(correct, [0, 1, 2, 3, 4])).toBeCloseTo(1 / 3);
    expect(scoreMultiple([true, false, false], [0, 1, 2])).toBe(0);
  });
  it('ignores repeated and out-of-range picks', () => {
    expect(scoreMultiple(correct, [0, 0, 0, 9, -1])).toBeCloseTo(1 / 3);
  });
});

describe('scoreOrdering', () => {
  it('gives 1 for the exact order and 0 for the reverse', () => {
    expect(scoreOrdering(4, [0, 1, 2, 3])).toBe(1);
    expect(scoreOrdering(4, [3, 2, 1, 0])).toBe(0);
  });
  it('counts correctly ordered pairs for partial credit', () => {
    // One adjacent swap of six steps breaks one pair of fifteen.
    expect(scoreOrdering(6, [0, 1, 3, 2, 4, 5])).toBeCloseTo(14 / 15);
  });
  it('gives 0 for an empty answer and counts left-out items as wrong', () => {
    expect(scoreOrdering(3, [])).toBe(0);
    expect(scoreOrdering(3, [0, 1])).toBeCloseTo(1 / 3);
  });
});

describe('scoreCategorise', () => {
  const expected = ['核心型', '团队型', '散沙型', '核心型'];
  it('gives the share of items placed right', () => {
    expect(scoreCategorise(expected, ['核心型', '团队型', '散沙型', '核心型'])).toBe(1);
    expect(scoreCategorise(expected, ['核心型', '散沙型', '散沙型', null])).toBe(0.5);
  });
  it('gives 0 when nothing is placed, and for putting everything in one category', () => {
    expect(scoreCategorise(expected, [])).toBe(0);
    expect(scoreCategorise(expected, ['团队型', '团队型', '团队型', '团队型'])).toBe(0.25);
  });
});

describe('scoreQuestion', () => {
  const base = { id: 'q', prompt: '?', explanation: '因为', cites: ['x'] };
  const multiple: Question = {
    ...base,
    type: 'multiple',
    options: [
      { text: 'a', correct: true },
      { text: 'b', correct: true },
      { text: 'c', correct: false },
    ],
  };
  it('dispatches on the question type', () => {
    expect(scoreQuestion(multiple, { type: 'multiple', selected: [0] })).toBe(0.5);
  });
  it('gives 0 for no answer or an answer of another type', () => {
    expect(scoreQuestion(multiple, undefined)).toBe(0);
    expect(scoreQuestion(multiple, { type: 'ordering', order: [0, 1] })).toBe(0);
  });

  it('always scores within 0 and 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: -3, max: 10 }), { maxLength: 12 }),
        (correct, selected) => {
          for (const score of [
            scoreMultiple(correct, selected),
            scoreSingle(correct, selected),
            scoreOrdering(correct.length, selected),
          ]) {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});

describe('scoreQuiz', () => {
  it('averages the question scores into a whole percent', async () => {
    const { scoreQuiz } = await import('../../../../src/lib/quiz/score-question');
    const keys = [
      { id: 'a', type: 'single' as const, correct: [true, false] },
      { id: 'b', type: 'ordering' as const, count: 3 },
      { id: 'c', type: 'categorise' as const, categories: ['x', 'y'], expected: ['x', 'y'] },
    ];
    const result = scoreQuiz(keys, [
      { type: 'single', selected: [0] },
      { type: 'ordering', order: [0, 2, 1] },
      undefined,
    ]);
    expect(result.scores).toEqual([1, 2 / 3, 0]);
    expect(result.percent).toBe(56);
  });
});
