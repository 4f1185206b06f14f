import { trainingText } from '../i18n/zh-training';
import type { DrillProgress, ModuleProgress, NextStep } from './progress';

// Progress in words. Used by the server for the first paint and by the elements afterwards,
// so both always say the same thing.

const t = trainingText;

/** The next step, e.g. "客户危机基础 · 读《危机管理》". */
export function stepText(step: NextStep): string {
  switch (step.kind) {
    case 'lesson':
      return t.stepLesson(step.module.title, step.lesson.title);
    case 'check':
      return t.stepCheck(step.module.title);
    case 'drill':
      return t.stepDrill(step.module.title, step.drill.title);
  }
}

export function checkStatusText(m: ModuleProgress): string {
  const { best, passed } = m.check;
  if (best === undefined) return t.checkNone;
  return passed ? t.checkPassed(best) : t.checkFailed(best, m.module.passMark);
}

export function drillStatusText(drill: DrillProgress): string {
  if (drill.done) return t.drillDone(drill.best ?? 0);
  return drill.best !== undefined ? t.drillTried(drill.best) : t.drillTodo;
}

/** A module in one line: lessons read, the check, drills done. */
export function moduleSummaryText(m: ModuleProgress): string {
  return [
    t.lessonsRead(m.lessonsRead, m.lessons.length),
    checkStatusText(m),
    m.drills.length > 0 ? t.drillsDone(m.drillsDone, m.drills.length) : t.noDrills,
  ].join(' · ');
}
