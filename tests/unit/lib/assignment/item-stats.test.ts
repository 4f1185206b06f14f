import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averagePercent,
  discriminationOf,
  facilityOf,
  groupWeights,
  itemFlags,
  itemRules,
} from '../../../../src/lib/assignment/item-stats';

// Ten learners, strongest first. Upper and lower groups hold round(0.27 × 10) = 3 each.
const totals = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10];

describe('facilityOf', () => {
  it('is the share of answers fully right, partial credit not counted', () => {
    expect(facilityOf([1, 1, 0, 0.5, 1])).toBe(0.6);
    expect(facilityOf([0, 0.99])).toBe(0);
    expect(facilityOf([])).toBeNull();
  });

  it('stays between 0 and 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1 }),
        (scores) => {
          const f = facilityOf(scores) as number;
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('averagePercent', () => {
  it('counts partial credit in proportion', () => {
    expect(averagePercent([1, 0.5, 0, 0.5])).toBe(50);
    expect(averagePercent([])).toBeNull();
  });
});

describe('groupWeights', () => {
  it('puts the three highest totals in the upper group and the three lowest in the lower', () => {
    const { upper, lower } = groupWeights(totals);
    expect(upper).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect(lower).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('shares the places left among learners tied on the edge', () => {
    // 90, then three tied at 80 for the two places left: two thirds each.
    const { upper, lower } = groupWeights([90, 80, 80, 80, 50, 50, 20, 20, 20, 10]);
    expect(upper.map((w) => Math.round(w * 300) / 300)).toEqual([
      1,
      2 / 3,
      2 / 3,
      2 / 3,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(lower.map((w) => Math.round(w * 300) / 300)).toEqual([
      0,
      0,
      0,
      0,
      0,
      0,
      2 / 3,
      2 / 3,
      2 / 3,
      1,
    ]);
  });

  it('fills exactly round(27 %) places in each group', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }),
        (list) => {
          const { upper, lower } = groupWeights(list);
          const places = Math.max(1, Math.round(0.27 * list.length));
          expect(upper.reduce((a, b) => a + b, 0)).toBeCloseTo(places, 9);
          expect(lower.reduce((a, b) => a + b, 0)).toBeCloseTo(places, 9);
        },
      ),
    );
  });
});

describe('discriminationOf', () => {
  it('is 1 when the upper group all got it and the lower group none did', () => {
    expect(discriminationOf(totals, [1, 1, 1, 0, 1, 0, 1, 0, 0, 0])).toBe(1);
  });

  it('is −1 when only the weaker learners got it right', () => {
    expect(discriminationOf(totals, [0, 0, 0, 1, 0, 1, 0, 1, 1, 1])).toBe(-1);
  });

  it('weighs learners tied on the edge by their share of the places', () => {
    // Upper: 1 × 1 + ⅔ × (1 + 0 + 0) over 3 = 5/9; lower: 1 × 0 + ⅔ × (1 + 0 + 0) over 3 = 2/9.
    const tied = [90, 80, 80, 80, 50, 50, 20, 20, 20, 10];
    expect(discriminationOf(tied, [1, 1, 0, 0, 1, 0, 1, 0, 0, 0])).toBe(0.33);
  });

  it('reads only the learners who answered, and partial credit in proportion', () => {
    // Upper answered: 90 → 1, 80 → 0 (mean 0.5). Lower answered: 30 → 0.5, 20 → 0.5 (mean 0.5).
    expect(discriminationOf(totals, [null, 1, 0, 1, 1, 1, 1, 0.5, 0.5, null])).toBe(0);
    // Upper 0.75, 0.5, 1 (mean 0.75); lower 0.25, 0, 0.5 (mean 0.25).
    expect(discriminationOf(totals, [0.75, 0.5, 1, 0, 0, 0, 0, 0.25, 0, 0.5])).toBe(0.5);
  });

  it('is null when one group has nobody who answered', () => {
    expect(discriminationOf(totals, [1, 1, 1, 0, 0, 0, 0, null, null, null])).toBeNull();
  });

  it('is 0 when every learner has the same total, whatever they answered', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.option(fc.constantFrom(0, 0.25, 0.5, 1), { nil: null }), {
          minLength: 1,
          maxLength: 80,
        }),
        (total, scores) => {
          const d = discriminationOf(
            scores.map(() => total),
            scores,
          );
          if (scores.every((s) => s === null)) expect(d).toBeNull();
          else expect(d).toBe(0);
        },
      ),
    );
  });

  it('is 0 when every learner scores the same on the item', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 80 }),
        fc.constantFrom(0, 0.5, 1),
        (list, score) => {
          expect(
            discriminationOf(
              list,
              list.map(() => score),
            ),
          ).toBe(0);
        },
      ),
    );
  });

  it('stays between −1 and 1 and does not depend on the order of the codes', () => {
    const learner = fc.record({
      total: fc.integer({ min: 0, max: 100 }),
      score: fc.option(fc.constantFrom(0, 0.5, 1), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(learner, { minLength: 1, maxLength: 60 }), (learners) => {
        const d = discriminationOf(
          learners.map((l) => l.total),
          learners.map((l) => l.score),
        );
        const reversed = [...learners].reverse();
        expect(
          discriminationOf(
            reversed.map((l) => l.total),
            reversed.map((l) => l.score),
          ),
        ).toBe(d);
        if (d !== null) {
          expect(d).toBeGreaterThanOrEqual(-1);
          expect(d).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('itemFlags', () => {
  const choices = (...counts: number[]) =>
    counts.map((count, index) => ({ index, count, best: index === 0 }));

  it('flags an item almost everyone gets, and the wrong options nobody picked', () => {
    const flags = itemFlags({
      answered: 12,
      facility: 11 / 12,
      discrimination: 0.1,
      choices: choices(11, 1, 0, 0),
    });
    expect(flags).toEqual([
      { kind: 'unused-distractor', choices: [2, 3] },
      { kind: 'too-easy', facility: 11 / 12 },
    ]);
  });

  it('flags an item most get wrong, and one the stronger learners miss more often', () => {
    const flags = itemFlags({
      answered: 12,
      facility: 2 / 12,
      discrimination: -0.33,
      choices: choices(2, 4, 3, 3),
    });
    expect(flags).toEqual([
      { kind: 'negative-discrimination', discrimination: -0.33 },
      { kind: 'too-hard', facility: 2 / 12 },
    ]);
  });

  it('does not flag at exactly 0.9 or 0.2, nor a discrimination of 0', () => {
    expect(
      itemFlags({ answered: 10, facility: 0.9, discrimination: 0, choices: choices(9, 1) }),
    ).toEqual([]);
    expect(
      itemFlags({ answered: 10, facility: 0.2, discrimination: 0, choices: choices(2, 8) }),
    ).toEqual([]);
  });

  it(`flags nothing on fewer than ${itemRules.minAnsweredForFlags} answers`, () => {
    expect(
      itemFlags({ answered: 4, facility: 1, discrimination: null, choices: choices(4, 0, 0) }),
    ).toEqual([]);
  });
});
