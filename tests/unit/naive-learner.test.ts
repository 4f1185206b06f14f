import { describe, expect, it } from 'vitest';
import { habitReport, strategies, strategyNames } from '../../src/lib/assessment/naive-learner';
import { realContent } from '../support/scoring-content';

const { drills, sets } = realContent();
// Deterministic: 20 seeded attempts per habit, the same every run (bench/run.mjs prints them).
const rows = habitReport(drills, sets, 20);

describe('a learner who clicks by habit does not pass', () => {
  for (const strategy of strategies) {
    for (const kind of ['drill', 'set'] as const) {
      it(`${strategyNames[strategy]}: averages at most 40% over all ${kind}s, and under 70% on each`, () => {
        const mine = rows.filter((r) => r.kind === kind && r.strategy === strategy);
        const mean = mine.reduce((sum, r) => sum + r.mean, 0) / mine.length;
        const over = mine.filter((r) => r.mean >= 70).map((r) => `${r.id} ${Math.round(r.mean)}%`);
        expect(over, `${kind} where ${strategyNames[strategy]} averages 70% or more`).toEqual([]);
        expect(Math.round(mean), `mean over all ${kind}s`).toBeLessThanOrEqual(40);
      });
    }
  }
});
