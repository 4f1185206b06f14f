import { describe, expect, it } from 'vitest';
import { lintDrill, lintQuestionSet } from '../../src/lib/assessment/lint';
import { realContent } from '../support/scoring-content';

const { drills, sets } = realContent();
const pct = (n: number, of: number) => `${Math.round((n / Math.max(1, of)) * 100)}%`.padStart(5);

// The statistics are printed on every run, so an author sees the shape of every assessment.
describe('assessment lint: position and length of the best answer', () => {
  it('keeps every drill within the limits, with partial credit at every decision point', () => {
    const lines = [
      'drill                              points  best-first  best-longest  partial-credit',
    ];
    const problems = drills.flatMap((drill) => {
      const { stats, problems } = lintDrill(`src/content/drills/${drill.id}.yaml`, drill);
      lines.push(
        `${drill.id.padEnd(35)}${String(stats.points).padStart(6)}  ${pct(stats.bestFirst, stats.points).padStart(10)}  ${pct(stats.bestLongest, stats.points).padStart(12)}  ${pct(stats.withPartialCredit ?? 0, stats.points).padStart(14)}`,
      );
      return problems;
    });
    console.log(lines.join('\n'));
    expect(problems.map((p) => `${p.file} ${p.field} (${p.value}): ${p.message}`)).toEqual([]);
  });

  it('keeps every question set within the limits', () => {
    const lines = [
      'question set                       single/multiple  correct-first  correct-longest',
    ];
    const problems = sets.flatMap((set) => {
      const { stats, problems } = lintQuestionSet(`src/content/questions/${set.id}.yaml`, set);
      lines.push(
        `${set.id.padEnd(35)}${String(stats.points).padStart(15)}  ${pct(stats.bestFirst, stats.points).padStart(13)}  ${pct(stats.bestLongest, stats.points).padStart(15)}`,
      );
      return problems;
    });
    console.log(lines.join('\n'));
    expect(problems.map((p) => `${p.file} ${p.field} (${p.value}): ${p.message}`)).toEqual([]);
  });
});
