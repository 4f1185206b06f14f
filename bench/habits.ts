// Loaded by bench/habits.mjs (through Vite, for the TypeScript): learners who click by habit,
// playing every drill and question set with the real engines in the real shown order.
import { habitReport, strategies, strategyNames } from '../src/lib/assessment/naive-learner';
import { realContent } from '../tests/support/scoring-content';

export function measure(attempts = 20): string[] {
  const { drills, sets } = realContent();
  const rows = habitReport(drills, sets, attempts);
  const pct = (n: number) => `${Math.round(n)}%`.padStart(5);
  const lines = [
    `${attempts} seeded attempts per habit; mean / best attempt (targets: every mean ≤ 40% overall, each < 70%)`,
  ];
  lines.push(`${''.padEnd(30)}${strategies.map((s) => strategyNames[s].padStart(10)).join('')}`);
  for (const kind of ['drill', 'set'] as const) {
    const ids = [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.id))];
    for (const id of ids) {
      const cells = strategies.map((strategy) => {
        const row = rows.find((r) => r.kind === kind && r.id === id && r.strategy === strategy);
        return row ? `${pct(row.mean)}/${pct(row.max).trim()}`.padStart(12) : '';
      });
      lines.push(`${id.padEnd(30)}${cells.join('')}`);
    }
    const means = strategies.map((strategy) => {
      const mine = rows.filter((r) => r.kind === kind && r.strategy === strategy);
      return pct(mine.reduce((sum, r) => sum + r.mean, 0) / mine.length).padStart(12);
    });
    lines.push(`${`all ${kind}s, mean`.padEnd(30)}${means.join('')}`);
  }
  return lines;
}
