/**
 * Classical item statistics, as a trainer reads them off a class: how many got an item fully
 * right (facility) and whether the stronger learners did better on it than the weaker ones
 * (discrimination, upper versus lower 27 % by total score). Pure numbers, no content.
 */

/** The thresholds the item table flags by; the page and README explain them in these terms. */
export const itemRules = {
  /** Facility above this: almost everyone gets it, it tells the trainer little. */
  tooEasyAbove: 0.9,
  /** Facility below this: most get it wrong; the teaching or the item needs a look. */
  tooHardBelow: 0.2,
  /** Share of the class in each of the upper and lower groups (Kelley's 27 %). */
  groupShare: 0.27,
  /** Below this many codes in a cohort, discrimination is left empty. */
  minCodesForDiscrimination: 10,
  /** Below this many answers an item is not flagged: a share of three people says little. */
  minAnsweredForFlags: 5,
} as const;

/** Share of responses that are fully right (score 1), 0–1; null without responses. */
export function facilityOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return scores.filter((s) => s >= 1).length / scores.length;
}

/** The mean of 0–1 scores as a whole percent; null without scores. */
export function averagePercent(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 100);
}

function edgeWeights(
  order: readonly number[],
  totals: readonly number[],
  places: number,
): number[] {
  const weights = totals.map(() => 0);
  let left = places;
  for (let at = 0; at < order.length && left > 0;) {
    // A block of learners tied on the total shares the places left equally.
    let end = at;
    while (end < order.length && totals[order[end] as number] === totals[order[at] as number])
      end++;
    const block = end - at;
    const each = block <= left ? 1 : left / block;
    for (let i = at; i < end; i++) weights[order[i] as number] = each;
    left -= Math.min(block, left);
    at = end;
  }
  return weights;
}

/**
 * How far each learner belongs to the upper and the lower group by total score (0–1 each).
 * Each group holds round(share × n) places; learners tied on a group's edge share the places
 * left, so the split never depends on the order the codes were pasted in.
 */
export function groupWeights(
  totals: readonly number[],
  share: number = itemRules.groupShare,
): { upper: number[]; lower: number[] } {
  const places = totals.length === 0 ? 0 : Math.max(1, Math.round(share * totals.length));
  const indexes = totals.map((_, i) => i);
  const descending = [...indexes].sort((a, b) => (totals[b] as number) - (totals[a] as number));
  const ascending = [...indexes].sort((a, b) => (totals[a] as number) - (totals[b] as number));
  return {
    upper: edgeWeights(descending, totals, places),
    lower: edgeWeights(ascending, totals, places),
  };
}

function weightedMean(weights: readonly number[], scores: readonly (number | null)[]) {
  let sum = 0;
  let weight = 0;
  scores.forEach((score, i) => {
    const w = weights[i] ?? 0;
    if (score === null || w === 0) return;
    sum += w * score;
    weight += w;
  });
  return weight > 0 ? sum / weight : null;
}

/** Rounds to two decimals, as the table shows it (and never gives −0). */
export const round2 = (n: number) => Math.round(n * 100) / 100 + 0;

/**
 * Upper group's mean score on the item minus the lower group's, −1 to 1 (two decimals).
 * `scores[i]` is learner i's score on the item (0–1, partial credit counts in proportion),
 * null when they never answered it. Null when either group has nobody who answered.
 */
export function discriminationOf(
  totals: readonly number[],
  scores: readonly (number | null)[],
  share: number = itemRules.groupShare,
): number | null {
  return discriminationIn(groupWeights(totals, share), scores);
}

/** discriminationOf with the groups already weighed, for many items of one class. */
export function discriminationIn(
  groups: { upper: readonly number[]; lower: readonly number[] },
  scores: readonly (number | null)[],
): number | null {
  const high = weightedMean(groups.upper, scores);
  const low = weightedMean(groups.lower, scores);
  return high === null || low === null ? null : round2(high - low);
}

/** Why an item deserves a second look. */
export type ItemFlag =
  | { kind: 'too-easy'; facility: number }
  | { kind: 'too-hard'; facility: number }
  /** The stronger learners got it wrong more often than the weaker ones. */
  | { kind: 'negative-discrimination'; discrimination: number }
  /** Wrong options (content indexes) that nobody picked. */
  | { kind: 'unused-distractor'; choices: number[] };

/** Most telling first: a misleading item before a merely hard, weak or easy one. */
export const flagOrder: ItemFlag['kind'][] = [
  'negative-discrimination',
  'too-hard',
  'unused-distractor',
  'too-easy',
];

/** The flags an item earns. Nothing is flagged on fewer than `minAnsweredForFlags` answers. */
export function itemFlags(item: {
  answered: number;
  facility: number | null;
  discrimination: number | null;
  choices: readonly { index: number; count: number; best: boolean }[];
}): ItemFlag[] {
  if (item.answered < itemRules.minAnsweredForFlags) return [];
  const flags: ItemFlag[] = [];
  if (item.discrimination !== null && item.discrimination < 0)
    flags.push({ kind: 'negative-discrimination', discrimination: item.discrimination });
  if (item.facility !== null && item.facility < itemRules.tooHardBelow)
    flags.push({ kind: 'too-hard', facility: item.facility });
  const unused = item.choices.filter((c) => !c.best && c.count === 0).map((c) => c.index);
  if (unused.length > 0) flags.push({ kind: 'unused-distractor', choices: unused });
  if (item.facility !== null && item.facility > itemRules.tooEasyAbove)
    flags.push({ kind: 'too-easy', facility: item.facility });
  return flags;
}
