import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../../src/lib/assignment/assignment-code';
import {
  currentPart,
  dueWarning,
  idleTake,
  onLastPart,
  takeReducer,
  type TakeAction,
  type TakeState,
} from '../../../../src/lib/assignment/take-run';

const assignment: Assignment = {
  title: '测验',
  createdAt: 0,
  contentVersion: 'v1',
  passMark: 80,
  timeLimitMinutes: 10,
  attempts: 2,
  seed: 'seed-1',
  orderPerTrainee: false,
  due: '',
  drillWeight: 3,
  questions: ['risks-01', 'risks-02'],
  drills: ['drill-a', 'drill-b'],
};
const who = { name: '王敏', employeeId: 'A001' };
const start: TakeAction = { type: 'start', assignment, who, attempt: 1, now: 1_000 };

/** Applies actions in turn from idle. */
function run(...actions: TakeAction[]): TakeState {
  return actions.reduce(takeReducer, idleTake);
}

function running(state: TakeState) {
  if (state.phase !== 'running') throw new Error(`expected a running attempt, got ${state.phase}`);
  return state;
}

describe('takeReducer', () => {
  it('starts with the quiz first, then the drills in order, before any part is shown', () => {
    const state = running(run(start));
    expect(state.parts).toEqual(['quiz', 'drill-a', 'drill-b']);
    expect(state.at).toBe(-1);
    expect(state.deadline).toBe(1_000 + 10 * 60_000);
    expect(state.record).toEqual({
      name: '王敏',
      employeeId: 'A001',
      attempt: 1,
      startedAt: 1_000,
      finishedAt: 1_000,
      timedOut: false,
      drills: {},
    });
  });

  it('starts with drills only and no deadline when there are no questions and no limit', () => {
    const state = running(
      run({ ...start, assignment: { ...assignment, questions: [], timeLimitMinutes: 0 } }),
    );
    expect(state.parts).toEqual(['drill-a', 'drill-b']);
    expect(state.deadline).toBeUndefined();
  });

  it('shows a part and restarts its clock', () => {
    const state = running(run(start, { type: 'show-part', index: 1, now: 5_000 }));
    expect(state.at).toBe(1);
    expect(state.partStartedAt).toBe(5_000);
    expect(currentPart(state)).toBe('drill-a');
  });

  it('ignores a part index the attempt does not have', () => {
    const before = run(start);
    expect(takeReducer(before, { type: 'show-part', index: 3, now: 5_000 })).toBe(before);
  });

  it('keeps the quiz answers with the seconds since the quiz was shown', () => {
    const quiz = { questions: ['risks-02', 'risks-01'], answers: [undefined, undefined] };
    const state = running(
      run(
        start,
        { type: 'show-part', index: 0, now: 2_000 },
        { type: 'quiz-done', quiz, now: 32_500 },
      ),
    );
    expect(state.record.quiz).toEqual({ ...quiz, seconds: 30.5 });
  });

  it('ignores a quiz result while a drill is shown', () => {
    const before = run(start, { type: 'show-part', index: 1, now: 2_000 });
    const quiz = { questions: [], answers: [] };
    expect(takeReducer(before, { type: 'quiz-done', quiz, now: 3_000 })).toBe(before);
  });

  it('keeps a drill run under its id, beside the runs before it', () => {
    const state = running(
      run(
        start,
        { type: 'show-part', index: 1, now: 2_000 },
        { type: 'drill-done', drill: 'drill-a', choices: [1, 0], seconds: 40 },
        { type: 'show-part', index: 2, now: 50_000 },
        { type: 'drill-done', drill: 'drill-b', choices: [2], seconds: 12 },
      ),
    );
    expect(state.record.drills).toEqual({
      'drill-a': { choices: [1, 0], seconds: 40 },
      'drill-b': { choices: [2], seconds: 12 },
    });
  });

  it('ignores a drill run that is not the part shown', () => {
    const before = run(start, { type: 'show-part', index: 1, now: 2_000 });
    expect(
      takeReducer(before, { type: 'drill-done', drill: 'drill-b', choices: [0], seconds: 1 }),
    ).toBe(before);
  });

  it('notes each warning once', () => {
    const once = run(start, { type: 'warned', minutes: 5 });
    expect(running(once).warned).toEqual([5]);
    expect(takeReducer(once, { type: 'warned', minutes: 5 })).toBe(once);
    expect(running(takeReducer(once, { type: 'warned', minutes: 1 })).warned).toEqual([5, 1]);
  });

  it('finishes with the record stamped with the end time and whether time ran out', () => {
    const state = run(
      start,
      { type: 'show-part', index: 1, now: 2_000 },
      { type: 'drill-done', drill: 'drill-a', choices: [1], seconds: 9 },
      { type: 'finish', timedOut: true, now: 601_000 },
    );
    expect(state).toEqual({
      phase: 'finished',
      record: {
        name: '王敏',
        employeeId: 'A001',
        attempt: 1,
        startedAt: 1_000,
        finishedAt: 601_000,
        timedOut: true,
        drills: { 'drill-a': { choices: [1], seconds: 9 } },
      },
    });
  });

  it('does nothing before start or after finish, except start a new attempt', () => {
    expect(takeReducer(idleTake, { type: 'show-part', index: 0, now: 1 })).toBe(idleTake);
    expect(takeReducer(idleTake, { type: 'finish', timedOut: false, now: 1 })).toBe(idleTake);
    const finished = run(start, { type: 'finish', timedOut: false, now: 2_000 });
    expect(takeReducer(finished, { type: 'warned', minutes: 1 })).toBe(finished);
    expect(takeReducer(finished, { type: 'finish', timedOut: true, now: 3_000 })).toBe(finished);
    const again = running(takeReducer(finished, { ...start, attempt: 2, now: 4_000 }));
    expect(again.record.attempt).toBe(2);
    expect(again.record.drills).toEqual({});
  });

  it('leaves the state it was given unchanged', () => {
    const before = run(start, { type: 'show-part', index: 0, now: 2_000 });
    const copy = structuredClone(before);
    takeReducer(before, { type: 'show-part', index: 1, now: 3_000 });
    takeReducer(before, { type: 'warned', minutes: 5 });
    expect(before).toEqual(copy);
  });
});

describe('onLastPart', () => {
  it('is true only on the last part of a running attempt', () => {
    expect(onLastPart(run(start, { type: 'show-part', index: 1, now: 2 }))).toBe(false);
    expect(onLastPart(run(start, { type: 'show-part', index: 2, now: 2 }))).toBe(true);
    expect(onLastPart(idleTake)).toBe(false);
  });
});

describe('dueWarning', () => {
  const started = run(start);

  it('warns at five and at one minute left', () => {
    expect(dueWarning(started, 6 * 60)).toBeUndefined();
    expect(dueWarning(started, 5 * 60)).toBe(5);
    expect(dueWarning(started, 60)).toBe(5);
    expect(dueWarning(takeReducer(started, { type: 'warned', minutes: 5 }), 60)).toBe(1);
  });

  it('gives no warning once time is up or a warning was given', () => {
    expect(dueWarning(started, 0)).toBeUndefined();
    const both = run(start, { type: 'warned', minutes: 5 }, { type: 'warned', minutes: 1 });
    expect(dueWarning(both, 30)).toBeUndefined();
  });

  it('skips a warning the limit is not longer than', () => {
    const short = run({ ...start, assignment: { ...assignment, timeLimitMinutes: 5 } });
    expect(dueWarning(short, 4 * 60)).toBeUndefined();
    expect(dueWarning(short, 50)).toBe(1);
  });

  it('gives none without a limit', () => {
    const open = run({ ...start, assignment: { ...assignment, timeLimitMinutes: 0 } });
    expect(dueWarning(open, 10)).toBeUndefined();
  });
});
