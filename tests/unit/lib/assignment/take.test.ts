import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../../src/lib/assignment/assignment-code';
import { decodeResultCode, encodeResultCode } from '../../../../src/lib/assignment/result-code';
import { scoreSubmission } from '../../../../src/lib/assignment/rescore';
import {
  attemptsLeft,
  isOverdue,
  missingItems,
  questionOrderSeed,
  choiceOrderSeed,
  submissionFrom,
} from '../../../../src/lib/assignment/take';
import { drawQuestions } from '../../../../src/lib/quiz/draw';
import { shownOrder } from '../../../../src/lib/random';
import { scoreQuiz, type Answer, type AnswerKey } from '../../../../src/lib/quiz/score-question';
import { realScoringContent } from '../../../support/scoring-content';

const content = realScoringContent();
const assignment: Assignment = {
  title: '测验',
  createdAt: 0,
  contentVersion: content.version,
  passMark: 80,
  timeLimitMinutes: 10,
  attempts: 2,
  seed: 'seed-1',
  orderPerTrainee: false,
  due: '2025-03-10',
  drillWeight: 3,
  questions: ['risks-01', 'risks-02', 'crisis-05', 'group-03'],
  drills: ['drill-double-sold', 'drill-data-leak'],
};

/** Some answer of the right type: the first option, a reversed order, the first category. */
function someAnswer(key: AnswerKey): Answer {
  switch (key.type) {
    case 'single':
    case 'multiple':
      return { type: key.type, selected: [0] };
    case 'ordering':
      return { type: 'ordering', order: [2, 1, 0] };
    case 'categorise':
      return { type: 'categorise', placed: key.categories.slice(0, 1) };
  }
}

describe('taking an assignment', () => {
  it('finds the ids the content here no longer has', () => {
    expect(missingItems(assignment, content)).toEqual([]);
    expect(
      missingItems(
        { ...assignment, questions: ['risks-01', 'risks-99'], drills: ['drill-gone'] },
        content,
      ),
    ).toEqual(['risks-99', 'drill-gone']);
  });

  it('orders questions the same for everyone, or per 工号 when asked', () => {
    expect(questionOrderSeed(assignment, 'A001')).toBe('seed-1');
    const own = { ...assignment, orderPerTrainee: true };
    expect(questionOrderSeed(own, ' Ａ００１')).toBe('seed-1:a001');
    expect(questionOrderSeed({ ...assignment, seed: '' }, 'A001')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('shows choices in an order fixed by the assignment, the trainee and the attempt', () => {
    const order = (attempt: number) =>
      shownOrder(4, `${choiceOrderSeed(assignment, 'A001', attempt)}:n1`);
    expect(order(1)).toEqual(order(1));
    const orders = new Set([1, 2, 3, 4, 5, 6].map((n) => order(n).join('')));
    expect(orders.size).toBeGreaterThan(1);
    expect(choiceOrderSeed(assignment, 'A001', 2)).not.toBe(choiceOrderSeed(assignment, 'A001', 1));
  });

  it('counts attempts left, unlimited as null', () => {
    expect(attemptsLeft(assignment, 1)).toBe(1);
    expect(attemptsLeft(assignment, 5)).toBe(0);
    expect(attemptsLeft({ ...assignment, attempts: 0 }, 5)).toBeNull();
  });

  it('is overdue after the end of the due day in the trainee’s time zone', () => {
    expect(isOverdue(assignment, Date.UTC(2025, 2, 10, 15, 59), 480)).toBe(false);
    expect(isOverdue(assignment, Date.UTC(2025, 2, 10, 16, 1), 480)).toBe(true);
    expect(isOverdue({ ...assignment, due: null }, Date.UTC(2030, 0, 1), 480)).toBe(false);
  });

  it('puts answers asked in a shuffled order back in the assignment’s order, and the code scores as the player did', () => {
    const asked = drawQuestions(assignment.questions, questionOrderSeed(assignment, 'A001'));
    expect(asked).not.toEqual(assignment.questions);
    const keys = asked.map((id) => content.questions[id] as AnswerKey);
    const answers: (Answer | undefined)[] = keys.map((key, i) =>
      i === 0 ? undefined : someAnswer(key),
    );
    const submission = submissionFrom(assignment, content, {
      name: '张三',
      employeeId: 'A001',
      attempt: 1,
      startedAt: 1_700_000_000_400,
      finishedAt: 1_700_000_300_900,
      timedOut: false,
      quiz: { questions: asked, answers, seconds: 120.4 },
      drills: { 'drill-double-sold': { choices: [0, 0, 2, 1], seconds: 61 } },
    });
    expect(submission.answers[assignment.questions.indexOf(asked[0] as string)]).toBeNull();
    expect(submission.drills).toEqual([{ choices: [0, 0, 2, 1], seconds: 61 }, null]);
    expect([submission.startedAt, submission.finishedAt, submission.quizSeconds]).toEqual([
      1_700_000_000_000, 1_700_000_300_000, 120,
    ]);
    const decoded = decodeResultCode(encodeResultCode(submission));
    if (!decoded.ok) throw new Error(decoded.error.message);
    const score = scoreSubmission(decoded.value, content);
    const byId = new Map(score.questions.map((q) => [q.id, q.score]));
    expect(asked.map((id) => byId.get(id))).toEqual(scoreQuiz(keys, answers).scores);
  });
});
