import type { Answer } from '../quiz/score-question';
import { assignmentFingerprint, dueDeadline, type Assignment } from './assignment-code';
import { normaliseId } from './class-report';
import type { CodedDrillRun, Submission } from './result-code';
import { codeFromAnswer } from './rescore';
import type { ScoringContent } from './scoring-content';

/** Ids the assignment names that the content here does not have. */
export function missingItems(assignment: Assignment, content: ScoringContent): string[] {
  return [
    ...assignment.questions.filter((id) => !content.questions[id]),
    ...assignment.drills.filter((id) => !content.drills[id]),
  ];
}

/**
 * The seed that orders a trainee's questions: the assignment's own (its fingerprint when the
 * trainer left it empty), mixed with the 工号 when each trainee gets their own order.
 */
export function questionOrderSeed(assignment: Assignment, employeeId: string): string {
  const seed = assignment.seed || assignmentFingerprint(assignment);
  return assignment.orderPerTrainee ? `${seed}:${normaliseId(employeeId)}` : seed;
}

/**
 * Seeds the shown order of drill choices and question options in one attempt: a reload of the
 * same attempt shows the same order, the next attempt a new one. Recorded answers stay content
 * indices, so codes and re-scoring never depend on it.
 */
export function choiceOrderSeed(
  assignment: Assignment,
  employeeId: string,
  attempt: number,
): string {
  return `${questionOrderSeed(assignment, employeeId)}:${attempt}`;
}

/** Attempts still open on this device, or null when unlimited. */
export function attemptsLeft(assignment: Assignment, used: number): number | null {
  return assignment.attempts === 0 ? null : Math.max(0, assignment.attempts - used);
}

/** Whether the due date has passed at `now`, in the trainee's UTC offset (minutes east). */
export function isOverdue(assignment: Assignment, now: number, utcOffsetMinutes: number): boolean {
  const deadline = dueDeadline(assignment, utcOffsetMinutes);
  return deadline !== undefined && now > deadline;
}

/** What a trainee did, as the players reported it. */
export interface TakeRecord extends Pick<
  Submission,
  'name' | 'employeeId' | 'attempt' | 'startedAt' | 'finishedAt' | 'timedOut'
> {
  /** From `cp-quiz-complete`: the ids in the order asked and the answers in that order. */
  quiz?: {
    questions: readonly string[];
    answers: readonly (Answer | undefined)[];
    seconds: number;
  };
  /** From `cp-drill-complete`, by drill id. */
  drills: Readonly<Record<string, CodedDrillRun>>;
}

/**
 * The submission a result code carries: answers put back in the assignment's own order and
 * coded, whatever order they were asked in; times kept to the second.
 */
export function submissionFrom(
  assignment: Assignment,
  content: ScoringContent,
  record: TakeRecord,
): Submission {
  const asked = new Map<string, Answer | undefined>();
  record.quiz?.questions.forEach((id, i) => asked.set(id, record.quiz?.answers[i]));
  const startedAt = Math.floor(record.startedAt / 1000) * 1000;
  return {
    assignment,
    contentVersion: content.version,
    name: record.name,
    employeeId: record.employeeId,
    attempt: record.attempt,
    startedAt,
    finishedAt: Math.max(startedAt, Math.floor(record.finishedAt / 1000) * 1000),
    timedOut: record.timedOut,
    quizSeconds: Math.round(record.quiz?.seconds ?? 0),
    answers: assignment.questions.map((id) => {
      const answer = asked.get(id);
      const key = content.questions[id];
      return answer && key ? codeFromAnswer(answer, key) : null;
    }),
    drills: assignment.drills.map((id) => {
      const run = record.drills[id];
      return run ? { choices: [...run.choices], seconds: Math.round(run.seconds) } : null;
    }),
  };
}
