import type { ContentProblem } from '../content/check-references';
import { bestChoice } from '../drill/engine';
import { standardIds, type StandardId } from '../standards';

/** Thresholds an assessment must keep so that test-taking habits do not pass it. */
export const assessmentLimits = {
  /** Share of decision points (or questions) where the best answer is also the longest. */
  bestIsLongest: 0.35,
} as const;

type Points = Partial<Record<StandardId, number>>;

/** What the lint needs of a drill (the schema has checked the fields). */
export interface LintDrill {
  nodes: { id: string; choices: { text: string; scores: Points }[] }[];
}

/** What the lint needs of a question set. */
export interface LintQuestionSet {
  questions: (
    | { id: string; type: 'single' | 'multiple'; options: { text: string; correct: boolean }[] }
    | { id: string; type: 'ordering' | 'categorise' }
  )[];
}

export interface PositionStats {
  /** Decision points (or single/multiple questions) looked at. */
  points: number;
  /** How often the best (or a correct) answer stands first in the file. */
  bestFirst: number;
  /** How often it is the longest (ties count). */
  bestLongest: number;
  /** Decision points with an alternative that earns partial credit (drills only). */
  withPartialCredit?: number;
}

export interface LintResult {
  stats: PositionStats;
  problems: ContentProblem[];
}

const total = (points: Points) => standardIds.reduce((sum, id) => sum + (points[id] ?? 0), 0);
/** Length as a reader sees it: characters, not UTF-16 units, white space left out. */
export const lengthOf = (text: string) => [...text.replace(/\s+/g, '')].length;

/** True when the choice at `index` is at least as long as every other. */
function isLongest(texts: readonly string[], index: number): boolean {
  const own = lengthOf(texts[index] ?? '');
  return texts.every((text) => lengthOf(text) <= own);
}

/**
 * Partial credit, as AUTHORING.md defines it: another choice earns at least half of the best's
 * points, or earns points on a standard the best choice does not touch.
 */
export function hasPartialCredit(choices: readonly { scores: Points }[]): boolean {
  const best = choices[bestChoice(choices)];
  if (!best) return false;
  const bestTotal = total(best.scores);
  return choices.some((choice) => {
    if (choice === best) return false;
    const own = total(choice.scores);
    if (own === 0) return false;
    if (own * 2 >= bestTotal) return true;
    return standardIds.some((id) => (choice.scores[id] ?? 0) > 0 && !(best.scores[id] ?? 0));
  });
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const pct = (n: number) => `${Math.round(n * 100)}%`;

/** Position and length statistics of a drill, and what breaks the limits. */
export function lintDrill(file: string, drill: LintDrill): LintResult {
  const problems: ContentProblem[] = [];
  let bestFirst = 0;
  let bestLongest = 0;
  let withPartialCredit = 0;
  drill.nodes.forEach((node, i) => {
    const best = bestChoice(node.choices);
    if (best === 0) bestFirst++;
    if (
      isLongest(
        node.choices.map((c) => c.text),
        best,
      )
    )
      bestLongest++;
    if (hasPartialCredit(node.choices)) withPartialCredit++;
    else {
      problems.push({
        file,
        field: `nodes[${i}].choices`,
        value: node.id,
        message: `决策点 "${node.id}" 没有拿部分分的选项：除最佳选项外，至少要有一个说得通的选项得到最佳选项一半以上的分，或在最佳选项没有得分的标准上得分。修正：把一个干扰项改写成“做对了一部分”的做法，并给它相应的 scores。`,
      });
    }
  });
  const points = drill.nodes.length;
  if (share(bestLongest, points) > assessmentLimits.bestIsLongest) {
    problems.push({
      file,
      field: 'nodes',
      value: `${bestLongest}/${points}`,
      message: `最佳选项在 ${bestLongest}/${points} 个决策点（${pct(share(bestLongest, points))}）是最长的一个，超过 ${pct(assessmentLimits.bestIsLongest)}：只挑最长的选项就能得高分。修正：把这些决策点的选项写得长短相当，或让干扰项更具体。`,
    });
  }
  return { stats: { points, bestFirst, bestLongest, withPartialCredit }, problems };
}

/** Position and length statistics of a question set's single and multiple questions. */
export function lintQuestionSet(file: string, set: LintQuestionSet): LintResult {
  const problems: ContentProblem[] = [];
  let points = 0;
  let bestFirst = 0;
  let bestLongest = 0;
  for (const question of set.questions) {
    if (question.type !== 'single' && question.type !== 'multiple') continue;
    points++;
    const texts = question.options.map((o) => o.text);
    if (question.options[0]?.correct) bestFirst++;
    if (question.options.some((o, i) => o.correct && isLongest(texts, i))) bestLongest++;
  }
  if (share(bestLongest, points) > assessmentLimits.bestIsLongest) {
    problems.push({
      file,
      field: 'questions',
      value: `${bestLongest}/${points}`,
      message: `${bestLongest}/${points} 道单选、多选题（${pct(share(bestLongest, points))}）的正确选项是最长的一个，超过 ${pct(assessmentLimits.bestIsLongest)}：只挑最长的选项就能得分。修正：把选项写得长短相当，让错误选项同样具体。`,
    });
  }
  return { stats: { points, bestFirst, bestLongest }, problems };
}
