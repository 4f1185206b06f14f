import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../../src/lib/assignment/assignment-code';
import {
  decodeResultCode,
  encodeResultCode,
  type Submission,
} from '../../../../src/lib/assignment/result-code';
import {
  answerFromCode,
  codeFromAnswer,
  scoreSubmission,
} from '../../../../src/lib/assignment/rescore';
import {
  choose,
  scoreScenario,
  startScenario,
  type Play,
  type Scenario,
} from '../../../../src/lib/drill/engine';
import {
  scoreAnswer,
  scoreQuiz,
  type Answer,
  type AnswerKey,
} from '../../../../src/lib/quiz/score-question';
import { drillPath } from '../../../support/content-answers';
import { realScoringContent } from '../../../support/scoring-content';

const content = realScoringContent();
const questionIds = Object.keys(content.questions);
const drillIds = Object.keys(content.drills);

/** Any answer a learner could give to a question, as the players report it. */
function answerArb(key: AnswerKey): fc.Arbitrary<Answer | undefined> {
  const some = (() => {
    switch (key.type) {
      case 'single':
      case 'multiple':
        return fc
          .subarray(
            key.correct.map((_, i) => i),
            { minLength: 1 },
          )
          .map((selected): Answer => ({ type: key.type, selected }));
      case 'ordering':
        return fc
          .shuffledSubarray(
            Array.from({ length: key.count }, (_, i) => i),
            { minLength: key.count, maxLength: key.count },
          )
          .map((order): Answer => ({ type: 'ordering', order }));
      case 'categorise':
        return fc
          .array(fc.option(fc.constantFrom(...key.categories), { nil: null }), {
            minLength: key.expected.length,
            maxLength: key.expected.length,
          })
          .map((placed): Answer => ({ type: 'categorise', placed }));
    }
  })();
  return fc.option(some, { nil: undefined, freq: 5 });
}

/** A play-through picked by `picks`, possibly cut short (time ran out). */
function walk(scenario: Scenario, picks: number[], stopAfter: number): Play {
  let play = startScenario(scenario);
  for (const pick of picks) {
    if (play.ending || play.steps.length >= stopAfter) break;
    const node = scenario.nodes.find((n) => n.id === play.at);
    play = choose(scenario, play, pick % (node?.choices.length ?? 1));
  }
  return play;
}

/** An answer that earns nothing. */
function wrongAnswer(key: AnswerKey): Answer {
  switch (key.type) {
    case 'single':
    case 'multiple':
      return { type: key.type, selected: [key.correct.indexOf(false)] };
    case 'ordering':
      return {
        type: 'ordering',
        order: Array.from({ length: key.count }, (_, i) => key.count - 1 - i),
      };
    case 'categorise':
      return { type: 'categorise', placed: key.expected.map(() => null) };
  }
}

const baseAssignment = (questions: string[], drills: string[], drillWeight = 1): Assignment => ({
  title: '测验',
  createdAt: 0,
  contentVersion: content.version,
  passMark: 60,
  timeLimitMinutes: 0,
  attempts: 0,
  seed: '',
  orderPerTrainee: false,
  due: null,
  drillWeight,
  questions,
  drills,
});

const submissionOf = (
  assignment: Assignment,
  answers: Submission['answers'],
  drills: Submission['drills'],
): Submission => ({
  assignment,
  contentVersion: content.version,
  name: '张三',
  employeeId: 'A001',
  attempt: 1,
  startedAt: 1_700_000_000_000,
  finishedAt: 1_700_000_900_000,
  timedOut: false,
  quizSeconds: 600,
  answers,
  drills,
});

const questionsArb = fc
  .uniqueArray(fc.constantFrom(...questionIds), { minLength: 1, maxLength: 20 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.tuple(...ids.map((id) => answerArb(content.questions[id] as AnswerKey))),
    ),
  );

describe('re-scoring a result code', () => {
  it('gives every question the engine’s score and the quiz the engine’s percent, through encode and decode', () => {
    fc.assert(
      fc.property(questionsArb, ([ids, answers]) => {
        const keys = ids.map((id) => content.questions[id] as AnswerKey);
        const coded = answers.map((a, i) => (a ? codeFromAnswer(a, keys[i] as AnswerKey) : null));
        const decoded = decodeResultCode(
          encodeResultCode(submissionOf(baseAssignment(ids, []), coded, [])),
        );
        if (!decoded.ok) throw new Error(decoded.error.message);
        const score = scoreSubmission(decoded.value, content);
        const engine = scoreQuiz(keys, answers);
        expect(score.questions.map((q) => q.score)).toEqual(engine.scores);
        expect(score.percent).toBe(engine.percent);
        expect(score.passed).toBe(engine.percent >= 60);
        expect(score.unscorable).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('retraces every drill to the engine’s ending, percent and standards, also when time ran out', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...drillIds),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 12 }),
        (id, picks, stopAfter) => {
          const scenario = content.drills[id] as Scenario;
          const play = walk(scenario, picks, stopAfter);
          const engine = scoreScenario(scenario, play.steps, play.ending ? undefined : play.at);
          const run = { choices: play.steps.map((s) => s.choice), seconds: 90 };
          const decoded = decodeResultCode(
            encodeResultCode(submissionOf(baseAssignment([], [id]), [], [run])),
          );
          if (!decoded.ok) throw new Error(decoded.error.message);
          const score = scoreSubmission(decoded.value, content);
          expect(score.drills[0]).toMatchObject({
            id,
            percent: engine.percent,
            standards: engine.standards,
            fits: true,
          });
          expect(score.drills[0]?.ending).toBe(play.ending);
          expect(score.percent).toBe(engine.percent);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('weights each drill as the assignment says', () => {
    const [q1, q2] = ['risks-01', 'risks-02'];
    const key1 = content.questions[q1 as string] as AnswerKey & { type: 'single' };
    const right = key1.correct.indexOf(true);
    const drill = 'drill-double-sold';
    // The double-sold drill played by always taking the second-best choice (as the trainer e2e).
    const path = drillPath(drill, 'second');
    const run = { choices: path.choices, seconds: 100 };
    const answers = [{ type: 'single' as const, selected: [right] }, null];
    const s1 = scoreSubmission(
      submissionOf(baseAssignment([q1 as string, q2 as string], [drill], 1), answers, [run]),
      content,
    );
    const s4 = scoreSubmission(
      submissionOf(baseAssignment([q1 as string, q2 as string], [drill], 4), answers, [run]),
      content,
    );
    const p = path.percent / 100;
    expect(path.percent).toBeGreaterThan(0);
    expect(s1.drills[0]?.percent).toBe(path.percent);
    expect(s1.percent).toBe(Math.round(((1 + 0 + p) / 3) * 100));
    expect(s4.percent).toBe(Math.round(((1 + 0 + p * 4) / 6) * 100));
  });

  it('counts a drill never started as nothing and a drill that cannot be retraced as unscorable', () => {
    const score = scoreSubmission(
      submissionOf(
        baseAssignment([], ['drill-double-sold', 'drill-data-leak']),
        [],
        [null, { choices: [9, 9], seconds: 5 }],
      ),
      content,
    );
    expect(score.drills.map((d) => [d.played, d.fits, d.percent])).toEqual([
      [false, true, 0],
      [true, false, 0],
    ]);
    expect(score.unscorable).toEqual(['drill-data-leak']);
  });

  it('marks ids that no longer exist and answers that do not fit the question', () => {
    const score = scoreSubmission(
      submissionOf(
        baseAssignment(['risks-01', 'gone-99'], ['drill-gone']),
        [{ type: 'ordering', order: [0, 1, 2] }, null],
        [null],
      ),
      content,
    );
    expect(score.unscorable).toEqual(['risks-01', 'gone-99', 'drill-gone']);
    expect(score.percent).toBe(0);
  });

  it('averages each standard over the drills and the questions tagged with it', () => {
    const tagged = questionIds.find(
      (id) => content.questions[id]?.standard === 'effectiveness',
    ) as string;
    const key = content.questions[tagged] as AnswerKey;
    const wrong = wrongAnswer(key);
    expect(scoreAnswer(key, wrong)).toBe(0);
    const path = drillPath('drill-double-sold', 'best');
    const score = scoreSubmission(
      submissionOf(
        baseAssignment([tagged], ['drill-double-sold']),
        [codeFromAnswer(wrong, key)],
        [{ choices: path.choices, seconds: 60 }],
      ),
      content,
    );
    // The drill's own effectiveness on this path, averaged with the question's 0.
    const drillEffectiveness = path.standards.effectiveness;
    expect(drillEffectiveness).toBeGreaterThan(0);
    expect(score.standards.effectiveness).toBe(Math.round((drillEffectiveness ?? 0) / 2));
    // No question is tagged with the drill's other standards here: they are the drill's.
    expect(score.standards.continuity).toBe(path.standards.continuity);
  });
});

describe('coded answers', () => {
  it('turn back into the engine’s answer for every question', () => {
    for (const id of questionIds) {
      const key = content.questions[id] as AnswerKey;
      fc.assert(
        fc.property(answerArb(key), (answer) => {
          if (!answer) return;
          const back = answerFromCode(codeFromAnswer(answer, key), key);
          expect(scoreAnswer(key, back)).toBe(scoreAnswer(key, answer));
        }),
        { numRuns: 5 },
      );
    }
  });
});
