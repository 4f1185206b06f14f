import type { Assignment } from './assignment-code';
import type { TakeRecord } from './take';

/** An attempt in progress on the assignment page. */
export interface TakeRun {
  record: TakeRecord;
  /** 'quiz' and drill ids, in the order they are taken. */
  parts: readonly string[];
  /** The part shown, as an index into `parts`; -1 before the first. */
  at: number;
  partStartedAt: number;
  deadline: number | undefined;
  /** The minutes-left warnings already given. */
  warned: readonly number[];
}

/** Where an assignment attempt stands: not started, running, or handed in with its record. */
export type TakeState =
  { phase: 'idle' } | ({ phase: 'running' } & TakeRun) | { phase: 'finished'; record: TakeRecord };

export type TakeAction =
  | {
      type: 'start';
      assignment: Assignment;
      who: { name: string; employeeId: string };
      attempt: number;
      now: number;
    }
  | { type: 'show-part'; index: number; now: number }
  /** The quiz part reported its questions and answers (`cp-quiz-complete`). */
  | { type: 'quiz-done'; quiz: Omit<NonNullable<TakeRecord['quiz']>, 'seconds'>; now: number }
  /** A drill part reported its run (`cp-drill-complete`). */
  | { type: 'drill-done'; drill: string; choices: number[]; seconds: number }
  | { type: 'warned'; minutes: number }
  | { type: 'finish'; timedOut: boolean; now: number };

export const idleTake: TakeState = { phase: 'idle' };

/** Minutes left at which a running attempt is warned, where its limit is longer than that. */
const warnAt = [5, 1] as const;

/**
 * The next state of an attempt. `start` begins a new one from any state; any other action that
 * does not fit the state (a part reported that is not the one shown, anything before start or
 * after finish) returns the same state object.
 */
export function takeReducer(state: TakeState, action: TakeAction): TakeState {
  if (action.type === 'start') {
    const { assignment, who, attempt, now } = action;
    return {
      phase: 'running',
      record: { ...who, attempt, startedAt: now, finishedAt: now, timedOut: false, drills: {} },
      parts: [...(assignment.questions.length > 0 ? ['quiz'] : []), ...assignment.drills],
      at: -1,
      partStartedAt: now,
      deadline:
        assignment.timeLimitMinutes > 0 ? now + assignment.timeLimitMinutes * 60_000 : undefined,
      warned: [],
    };
  }
  if (state.phase !== 'running') return state;
  switch (action.type) {
    case 'show-part':
      if (action.index < 0 || action.index >= state.parts.length) return state;
      return { ...state, at: action.index, partStartedAt: action.now };
    case 'quiz-done':
      if (currentPart(state) !== 'quiz') return state;
      return {
        ...state,
        record: {
          ...state.record,
          quiz: { ...action.quiz, seconds: (action.now - state.partStartedAt) / 1000 },
        },
      };
    case 'drill-done': {
      if (currentPart(state) !== action.drill) return state;
      const run = { choices: action.choices, seconds: action.seconds };
      return {
        ...state,
        record: { ...state.record, drills: { ...state.record.drills, [action.drill]: run } },
      };
    }
    case 'warned':
      if (state.warned.includes(action.minutes)) return state;
      return { ...state, warned: [...state.warned, action.minutes] };
    case 'finish':
      return {
        phase: 'finished',
        record: { ...state.record, finishedAt: action.now, timedOut: action.timedOut },
      };
  }
}

/** The id of the part shown ('quiz' or a drill id), if an attempt is running. */
export function currentPart(state: TakeState): string | undefined {
  return state.phase === 'running' ? state.parts[state.at] : undefined;
}

/** Whether the part shown is the attempt's last. */
export function onLastPart(state: TakeState): boolean {
  return state.phase === 'running' && state.at === state.parts.length - 1;
}

/** The minutes-left warning due with `secondsLeft` to go, if one is and was not given yet. */
export function dueWarning(state: TakeState, secondsLeft: number): number | undefined {
  if (state.phase !== 'running' || state.deadline === undefined) return undefined;
  const total = state.deadline - state.record.startedAt;
  return warnAt.find(
    (m) =>
      secondsLeft <= m * 60 && secondsLeft > 0 && total > m * 60_000 && !state.warned.includes(m),
  );
}
