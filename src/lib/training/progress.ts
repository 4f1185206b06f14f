import type { PlanDrill, PlanLesson, PlanModule, TrainingPlan } from './plan';
import type { CheckResult, LessonMark, PracticeAttempt } from './records';

// Where a learner stands on the path, computed from what is stored against the current content.
// Records about lessons, modules or drills that are no longer in the plan are kept but simply not
// counted, so content can change without breaking anyone's progress.

/** What the progress is computed from. */
export interface ProgressRecords {
  lessons: readonly LessonMark[];
  checks: readonly CheckResult[];
  attempts: readonly PracticeAttempt[];
}

/** The best of a module's knowledge checks so far. */
export interface CheckSummary {
  attempts: number;
  /** Best percent, when taken at least once. */
  best?: number;
  passed: boolean;
  /** When it was first passed. */
  passedAt?: number;
}

export type ModuleState = 'todo' | 'doing' | 'done';

export interface LessonProgress extends PlanLesson {
  read: boolean;
}

export interface DrillProgress extends PlanDrill {
  done: boolean;
  /** Best percent of any attempt, finished or not. */
  best?: number;
}

/** The next thing to do on the path. */
export type NextStep =
  | { kind: 'lesson'; module: PlanModule; lesson: PlanLesson }
  | { kind: 'check'; module: PlanModule }
  | { kind: 'drill'; module: PlanModule; drill: PlanDrill };

export interface ModuleProgress {
  module: PlanModule;
  lessons: LessonProgress[];
  lessonsRead: number;
  check: CheckSummary;
  drills: DrillProgress[];
  drillsDone: number;
  stepsDone: number;
  stepsTotal: number;
  state: ModuleState;
  /** The module's first unfinished step; undefined once the module is done. */
  next?: NextStep;
}

export interface PathProgress {
  modules: ModuleProgress[];
  stepsDone: number;
  stepsTotal: number;
  /** Whole percent of steps done, rounded down: 100 only when everything is done. */
  percent: number;
  modulesDone: number;
  checksPassed: number;
  /** The first unfinished step in path order; undefined once the whole path is done. */
  next?: NextStep;
}

/** The entries whose latest mark says read. */
export function readEntries(marks: readonly LessonMark[]): Set<string> {
  const latest = new Map<string, LessonMark>();
  for (const mark of marks) {
    const seen = latest.get(mark.entry);
    if (!seen || mark.at > seen.at || (mark.at === seen.at && mark.read))
      latest.set(mark.entry, mark);
  }
  return new Set([...latest.values()].filter((m) => m.read).map((m) => m.entry));
}

/** A check passes when its percent reaches the pass mark it was taken under. */
export function checkPassed(result: CheckResult): boolean {
  return result.percent >= result.passMark;
}

export function summarizeCheck(checks: readonly CheckResult[], moduleId: string): CheckSummary {
  const mine = checks.filter((c) => c.module === moduleId);
  const summary: CheckSummary = { attempts: mine.length, passed: false };
  for (const check of mine) {
    summary.best = Math.max(summary.best ?? 0, check.percent);
    if (checkPassed(check)) {
      summary.passed = true;
      summary.passedAt = Math.min(summary.passedAt ?? Infinity, check.at);
    }
  }
  return summary;
}

/** A drill is done once an attempt reached an ending; a run that timed out does not count. */
export function summarizeDrill(
  attempts: readonly PracticeAttempt[],
  drill: PlanDrill,
): DrillProgress {
  const mine = attempts.filter((a) => a.drill === drill.id);
  const progress: DrillProgress = { ...drill, done: mine.some((a) => a.ending !== undefined) };
  if (mine.length > 0) progress.best = Math.max(...mine.map((a) => a.percent));
  return progress;
}

export function summarizeModule(
  module: PlanModule,
  records: ProgressRecords,
  read = readEntries(records.lessons),
): ModuleProgress {
  const lessons = module.lessons.map((lesson) => ({ ...lesson, read: read.has(lesson.entry) }));
  const lessonsRead = lessons.filter((l) => l.read).length;
  const check = summarizeCheck(records.checks, module.id);
  const drills = module.drills.map((drill) => summarizeDrill(records.attempts, drill));
  const drillsDone = drills.filter((d) => d.done).length;
  const stepsTotal = lessons.length + 1 + drills.length;
  const stepsDone = lessonsRead + (check.passed ? 1 : 0) + drillsDone;
  const started = stepsDone > 0 || check.attempts > 0 || drills.some((d) => d.best !== undefined);
  const progress: ModuleProgress = {
    module,
    lessons,
    lessonsRead,
    check,
    drills,
    drillsDone,
    stepsDone,
    stepsTotal,
    state: stepsDone === stepsTotal ? 'done' : started ? 'doing' : 'todo',
  };
  const next = nextStepIn(progress);
  if (next) progress.next = next;
  return progress;
}

/** Lessons in order first, then the knowledge check, then the drills. */
function nextStepIn(progress: ModuleProgress): NextStep | undefined {
  const { module } = progress;
  const lesson = progress.lessons.find((l) => !l.read);
  if (lesson)
    return {
      kind: 'lesson',
      module,
      lesson: { entry: lesson.entry, title: lesson.title, href: lesson.href },
    };
  if (!progress.check.passed) return { kind: 'check', module };
  const drill = progress.drills.find((d) => !d.done);
  if (drill)
    return { kind: 'drill', module, drill: { id: drill.id, title: drill.title, href: drill.href } };
  return undefined;
}

export function summarizePath(plan: TrainingPlan, records: ProgressRecords): PathProgress {
  const read = readEntries(records.lessons);
  const modules = plan.modules.map((module) => summarizeModule(module, records, read));
  const stepsDone = modules.reduce((sum, m) => sum + m.stepsDone, 0);
  const stepsTotal = modules.reduce((sum, m) => sum + m.stepsTotal, 0);
  const progress: PathProgress = {
    modules,
    stepsDone,
    stepsTotal,
    percent: stepsTotal > 0 ? Math.floor((stepsDone / stepsTotal) * 100) : 0,
    modulesDone: modules.filter((m) => m.state === 'done').length,
    checksPassed: modules.filter((m) => m.check.passed).length,
  };
  const next = modules.find((m) => m.next)?.next;
  if (next) progress.next = next;
  return progress;
}

/** The anchor of a lesson on its module page. */
export function lessonAnchor(entry: string): string {
  return `lesson-${entry}`;
}

/**
 * Where a step's link goes. A lesson goes to its place on the module page, where the learner
 * opens it and marks it read (content pages carry no script).
 */
export function hrefOfStep(step: NextStep): string {
  switch (step.kind) {
    case 'lesson':
      return `${step.module.href}#${lessonAnchor(step.lesson.entry)}`;
    case 'check':
      return step.module.checkHref;
    case 'drill':
      return step.drill.href;
  }
}
