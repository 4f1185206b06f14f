import type { StandardId } from '../standards';
import type { TraineeRow } from './class-report';

/** How the people × standards grid is ordered: by person, or by one standard's score. */
export type GridSort = { by: 'person' } | { by: StandardId; order: 'ascending' | 'descending' };

/** Colour bands of the grid, from weak to strong; the number in the cell says the same. */
export const scoreBands = [
  { band: 1, min: 0 },
  { band: 2, min: 40 },
  { band: 3, min: 60 },
  { band: 4, min: 80 },
] as const;

export type ScoreBand = 0 | (typeof scoreBands)[number]['band'];

/** The band a 0–100 score falls in; 0 when the standard was not at stake. */
export function scoreBand(value: number | null): ScoreBand {
  if (value === null) return 0;
  let band: ScoreBand = 1;
  for (const b of scoreBands) if (value >= b.min) band = b.band;
  return band;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
const byPerson = (a: TraineeRow, b: TraineeRow) =>
  collator.compare(a.name, b.name) || collator.compare(a.employeeId, b.employeeId);

/**
 * The trainees in grid order. By a standard: weakest first (or strongest first), people the
 * standard never applied to last, ties by person.
 */
export function sortGridRows(rows: readonly TraineeRow[], sort: GridSort): TraineeRow[] {
  if (sort.by === 'person') return [...rows].sort(byPerson);
  const standard = sort.by;
  const sign = sort.order === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = a.counted.score.standards[standard];
    const vb = b.counted.score.standards[standard];
    if (va === null || vb === null)
      return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || byPerson(a, b);
    return sign * (va - vb) || byPerson(a, b);
  });
}
