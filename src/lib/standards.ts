/** The six standards every crisis response is measured against (source 001). */
export const standardIds = [
  'timeliness',
  'effectiveness',
  'transparency',
  'responsibility',
  'continuity',
  'flexibility',
] as const;
export type StandardId = (typeof standardIds)[number];

/** A percent per standard; null when the standard was never at stake. */
export type StandardScores = Record<StandardId, number | null>;

/** Adds per-standard points into a running total. */
export function addPoints(
  total: Record<StandardId, number>,
  points: Partial<Record<StandardId, number>>,
): void {
  for (const id of standardIds) total[id] += points[id] ?? 0;
}

export function zeroPoints(): Record<StandardId, number> {
  return Object.fromEntries(standardIds.map((id) => [id, 0])) as Record<StandardId, number>;
}

/** earned ÷ possible as a whole percent from 0 to 100. */
export function percent(earned: number, possible: number): number {
  if (!(possible > 0)) return 0;
  return Math.min(100, Math.max(0, Math.round((earned / possible) * 100)));
}
