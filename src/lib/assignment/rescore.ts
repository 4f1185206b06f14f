import { retrace, scoreScenario, type Step } from '../drill/engine';
import { scoreAnswer, type Answer, type AnswerKey } from '../quiz/score-question';
import { standardIds, type StandardScores } from '../standards';
import type { CodedAnswer, Submission } from './result-code';
import type { ScoringContent } from './scoring-content';

/** One question of a submission, scored against the content at hand. */
export interface QuestionScore {
  id: string;
  /** 0 to 1. */
  score: number;
  answered: boolean;
  /** False when the question no longer exists or the answer does not fit it. */
  fits: boolean;
}

/** One drill of a submission, retraced and scored against the content at hand. */
export interface DrillScore {
  id: string;
  percent: number;
  /** Null when the choices could not be retraced. */
  standards: StandardScores | null;
  played: boolean;
  /** The ending reached; absent when time ran out or the run does not fit. */
  ending?: string;
  /** The decisions as retraced (node and content index of the choice); empty when it does not fit. */
  steps: Step[];
  /** The node the learner stood at when time ran out, undecided. */
  undecided?: string;
  /** False when the drill no longer exists or the choices do not fit its current graph. */
  fits: boolean;
}

/** A submission re-scored from its raw answers; nothing written inside the code is trusted. */
export interface SubmissionScore {
  percent: number;
  passed: boolean;
  questions: QuestionScore[];
  drills: DrillScore[];
  /** Per standard: the mean of the drills' standard scores and of the questions tagged with it. */
  standards: StandardScores;
  /** Ids of the items that do not fit the content (scored as the engine scores them, usually 0). */
  unscorable: string[];
}

const isIndex = (i: number, length: number) => Number.isInteger(i) && i >= 0 && i < length;

/** The engine's answer for a coded one; categories come back from their indexes. */
export function answerFromCode(coded: CodedAnswer, key: AnswerKey): Answer {
  switch (coded.type) {
    case 'single':
    case 'multiple':
      return { type: coded.type, selected: [...coded.selected] };
    case 'ordering':
      return { type: 'ordering', order: [...coded.order] };
    case 'categorise': {
      const categories = key.type === 'categorise' ? key.categories : [];
      return {
        type: 'categorise',
        placed: coded.placed.map((c) => (c === null ? null : (categories[c] ?? null))),
      };
    }
  }
}

/** The coded form of an engine answer (what the take page puts in a result code). */
export function codeFromAnswer(answer: Answer, key: AnswerKey): CodedAnswer {
  switch (answer.type) {
    case 'single':
    case 'multiple':
      return { type: answer.type, selected: [...new Set(answer.selected)].sort((a, b) => a - b) };
    case 'ordering':
      return { type: 'ordering', order: [...answer.order] };
    case 'categorise': {
      const categories = key.type === 'categorise' ? key.categories : [];
      return {
        type: 'categorise',
        placed: answer.placed.map((c) => {
          const at = c === null ? -1 : categories.indexOf(c);
          return at < 0 ? null : at;
        }),
      };
    }
  }
}

/** Whether a coded answer could have come from this question as it stands. */
function answerFits(coded: CodedAnswer, key: AnswerKey): boolean {
  switch (key.type) {
    case 'single':
    case 'multiple':
      return coded.type === key.type && coded.selected.every((i) => isIndex(i, key.correct.length));
    case 'ordering':
      return (
        coded.type === 'ordering' &&
        coded.order.length === key.count &&
        coded.order.every((i) => isIndex(i, key.count))
      );
    case 'categorise':
      return (
        coded.type === 'categorise' &&
        coded.placed.length <= key.expected.length &&
        coded.placed.every((c) => c === null || isIndex(c, key.categories.length))
      );
  }
}

function mean(values: readonly number[]): number | null {
  return values.length === 0
    ? null
    : Math.round(values.reduce((sum, v) => sum + v, 0) / values.length);
}

/**
 * Scores a submission with the same engines the players use (scoreAnswer, retrace and
 * scoreScenario). The total gives each question a weight of 1 and each drill the assignment's
 * drill weight; an item that does not fit the content counts as the engine scores it, usually 0.
 */
export function scoreSubmission(submission: Submission, content: ScoringContent): SubmissionScore {
  const { assignment } = submission;
  const questions = assignment.questions.map((id, i): QuestionScore => {
    const key = content.questions[id];
    const coded = submission.answers[i] ?? null;
    if (!key) return { id, score: 0, answered: coded !== null, fits: false };
    if (coded === null) return { id, score: 0, answered: false, fits: true };
    return {
      id,
      score: scoreAnswer(key, answerFromCode(coded, key)),
      answered: true,
      fits: answerFits(coded, key),
    };
  });
  const drills = assignment.drills.map((id, i): DrillScore => {
    const scenario = content.drills[id];
    const run = submission.drills[i] ?? null;
    if (!scenario)
      return { id, percent: 0, standards: null, played: run !== null, fits: false, steps: [] };
    const play = retrace(scenario, run?.choices ?? []);
    if (!play) return { id, percent: 0, standards: null, played: true, fits: false, steps: [] };
    const score = scoreScenario(scenario, play.steps, play.ending ? undefined : play.at);
    const result: DrillScore = {
      id,
      percent: score.percent,
      standards: score.standards,
      played: run !== null,
      fits: true,
      steps: play.steps,
    };
    if (play.ending) result.ending = play.ending;
    else if (run !== null) result.undecided = play.at;
    return result;
  });

  const weight = assignment.drillWeight;
  const earned =
    questions.reduce((sum, q) => sum + q.score, 0) +
    drills.reduce((sum, d) => sum + (d.percent / 100) * weight, 0);
  const possible = questions.length + drills.length * weight;
  const percent = possible > 0 ? Math.round((earned / possible) * 100) : 0;

  const standards = Object.fromEntries(
    standardIds.map((standard) => {
      const values: number[] = [];
      for (const drill of drills) {
        const value = drill.standards?.[standard];
        if (typeof value === 'number') values.push(value);
      }
      for (const question of questions) {
        if (content.questions[question.id]?.standard === standard)
          values.push(question.score * 100);
      }
      return [standard, mean(values)];
    }),
  ) as StandardScores;

  return {
    percent,
    passed: percent >= assignment.passMark,
    questions,
    drills,
    standards,
    unscorable: [...questions, ...drills].filter((item) => !item.fits).map((item) => item.id),
  };
}
