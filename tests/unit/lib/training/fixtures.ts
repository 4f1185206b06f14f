import type { PlanModule, TrainingPlan } from '../../../../src/lib/training/plan';

const lesson = (entry: string) => ({ entry, title: `课 ${entry}`, href: `/procedures/${entry}/` });
const drill = (id: string) => ({ id, title: `演练 ${id}`, href: `/drills/${id}/` });

function module(id: string, lessons: string[], drills: string[], passMark = 80): PlanModule {
  return {
    id,
    title: `模块 ${id}`,
    href: `/training/${id}/`,
    checkHref: `/training/${id}/check/`,
    passMark,
    lessons: lessons.map(lesson),
    drills: drills.map(drill),
  };
}

/** Two modules sharing one lesson (shared) and one drill (d-shared); the second has no own drill. */
export const plan: TrainingPlan = {
  modules: [
    module('m1', ['a', 'b', 'shared'], ['d1', 'd-shared']),
    module('m2', ['shared', 'c'], ['d-shared'], 70),
  ],
  questions: ['q1', 'q2', 'q3'],
};

/** A drill attempt; `timedOut` leaves out the ending, as a run that ran out of time. */
export function run(drillId: string, at: number, { timedOut = false, percent = 60 } = {}) {
  return { drill: drillId, at, percent, choices: [0], ...(timedOut ? {} : { ending: 'end' }) };
}
