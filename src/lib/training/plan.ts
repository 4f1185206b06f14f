// The training path as the browser sees it: built from the content at build time
// (src/data/training-plan.ts) and shipped to training pages as JSON.

/** A lesson: one playbook entry to read. */
export interface PlanLesson {
  entry: string;
  title: string;
  href: string;
}

/** A drill that belongs to a module. */
export interface PlanDrill {
  id: string;
  title: string;
  href: string;
}

/** One step of the path. */
export interface PlanModule {
  id: string;
  title: string;
  href: string;
  /** The module's knowledge check page. */
  checkHref: string;
  passMark: number;
  lessons: PlanLesson[];
  drills: PlanDrill[];
}

/** Every module in path order. */
export interface TrainingPlan {
  modules: PlanModule[];
  /** Every question id in the bank: review cards of questions no longer asked are not counted. */
  questions: string[];
}

/** The knowledge check id a module's check reports in its results (cp-quiz `quiz`). */
export function checkQuizId(moduleId: string): string {
  return `module:${moduleId}`;
}

/** The module id of a check's quiz id, or undefined for any other quiz. */
export function moduleOfQuiz(quizId: string): string | undefined {
  return quizId.startsWith('module:') ? quizId.slice('module:'.length) || undefined : undefined;
}

/** How many questions a module's knowledge check asks per attempt. */
export const checkQuestionCount = 10;
