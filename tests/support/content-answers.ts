// What the content says the right (or a chosen) answer is, so that e2e paths and expected scores
// follow the content instead of hard-coding positions: choices are shown shuffled, and drills and
// questions are rewritten over time.
import {
  bestChoice,
  choose,
  scenarioOf,
  scoreScenario,
  startScenario,
} from '../../src/lib/drill/engine';
import type { StandardScores } from '../../src/lib/standards';
import { realContent } from './scoring-content';

const content = realContent();

/** How a path picks at each decision point: the best, the second best, or the worst choice. */
export type PathHabit = 'best' | 'second' | 'worst';

export interface DrillPath {
  /** Content index picked at each decision point, in order. */
  choices: number[];
  ending: string;
  endingTitle: string;
  outcome: 'good' | 'mixed' | 'bad';
  percent: number;
  standards: StandardScores;
}

const totalOf = (scores: Partial<Record<string, number>>) =>
  Object.values(scores).reduce<number>((a, b) => a + (b ?? 0), 0);

/** Plays a drill by a habit through the real engine: the path and what the page must show. */
export function drillPath(drillId: string, habit: PathHabit): DrillPath {
  const drill = content.drills.find((d) => d.id === drillId);
  if (!drill) throw new Error(`no drill ${drillId}`);
  const scenario = scenarioOf(drill);
  let play = startScenario(scenario);
  while (!play.ending) {
    const node = scenario.nodes.find((n) => n.id === play.at);
    if (!node) throw new Error(`${drillId}: no node ${play.at}`);
    const ranked = node.choices
      .map((c, i) => ({ i, total: totalOf(c.scores) }))
      .sort((a, b) => b.total - a.total || a.i - b.i);
    const pick =
      habit === 'best'
        ? bestChoice(node.choices)
        : habit === 'second'
          ? (ranked[1]?.i ?? 0)
          : (ranked[ranked.length - 1]?.i ?? 0);
    play = choose(scenario, play, pick);
  }
  const ending = drill.endings.find((e) => e.id === play.ending);
  const score = scoreScenario(scenario, play.steps);
  return {
    choices: play.steps.map((s) => s.choice),
    ending: play.ending,
    endingTitle: ending?.title ?? '',
    outcome: ending?.outcome ?? 'bad',
    percent: score.percent,
    standards: score.standards,
  };
}

/** The content index of a single-choice question's correct option. */
export function correctOption(questionId: string): number {
  const question = content.questions.find((q) => q.id === questionId);
  if (!question || (question.type !== 'single' && question.type !== 'multiple'))
    throw new Error(`no choice question ${questionId}`);
  return question.options.findIndex((o) => o.correct);
}

/** The content index of a wrong option of a single-choice question. */
export function wrongOption(questionId: string): number {
  const question = content.questions.find((q) => q.id === questionId);
  if (!question || (question.type !== 'single' && question.type !== 'multiple'))
    throw new Error(`no choice question ${questionId}`);
  return question.options.findIndex((o) => !o.correct);
}
