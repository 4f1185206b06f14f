import { builderText } from '../i18n/zh-trainer';
import {
  assignmentLimits,
  assignmentRuleBreaks,
  dayNumber,
  isTypedField,
  type Assignment,
} from './assignment-code';

/** The builder form as typed: numbers still text, so the problems can name what was typed. */
export interface AssignmentDraft {
  title: string;
  passMark: string;
  timeLimitMinutes: string;
  attempts: string;
  seed: string;
  orderPerTrainee: boolean;
  /** YYYY-MM-DD or ''. */
  due: string;
  drillWeight: string;
  questions: string[];
  drills: string[];
}

export type DraftField = keyof typeof builderText.problems;

export interface DraftProblem {
  field: DraftField;
  message: string;
}

export type DraftResult =
  { ok: true; assignment: Assignment } | { ok: false; problems: DraftProblem[] };

/** Whole numbers only: '80' is 80, '80.5', '' and '八十' are not numbers here. */
function wholeNumber(text: string): number {
  const trimmed = text.normalize('NFKC').trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Turns the builder form into an assignment, or says in Chinese what to fix. `today` is the
 * trainer's local date (YYYY-MM-DD): a due date before it is refused.
 */
export function assignmentFromDraft(
  draft: AssignmentDraft,
  context: { contentVersion: string; now: number; today: string },
): DraftResult {
  const assignment: Assignment = {
    title: draft.title.trim(),
    createdAt: Math.floor(context.now / 60_000) * 60_000,
    contentVersion: context.contentVersion,
    passMark: wholeNumber(draft.passMark),
    timeLimitMinutes: wholeNumber(draft.timeLimitMinutes),
    attempts: wholeNumber(draft.attempts),
    seed: draft.seed.trim(),
    orderPerTrainee: draft.orderPerTrainee,
    due: draft.due.trim() === '' ? null : draft.due.trim(),
    drillWeight: wholeNumber(draft.drillWeight),
    questions: [...new Set(draft.questions)],
    drills: [...new Set(draft.drills)],
  };
  const fields = new Set<DraftField>();
  for (const rule of assignmentRuleBreaks(assignment)) {
    if (rule === 'ids') fields.add('items');
    else if (rule in builderText.problems) fields.add(rule as DraftField);
  }
  // What the trainer types now may not carry invisible characters, though older links may.
  if (!isTypedField(assignment.title, assignmentLimits.titleLength)) fields.add('title');
  if (assignment.seed !== '' && !isTypedField(assignment.seed, assignmentLimits.seedLength))
    fields.add('seed');
  const day = assignment.due === null ? undefined : dayNumber(assignment.due);
  const today = dayNumber(context.today);
  if (day !== undefined && today !== undefined && day < today) fields.add('due');
  if (fields.size > 0) {
    const order = Object.keys(builderText.problems) as DraftField[];
    return {
      ok: false,
      problems: order
        .filter((f) => fields.has(f))
        .map((field) => ({ field, message: builderText.problems[field] })),
    };
  }
  return { ok: true, assignment };
}

/** What the builder's filters look at on each drill or question. */
export interface ItemFacets {
  /** single, multiple, ordering, categorise, or drill. */
  type: string;
  modules: readonly string[];
  incidents: readonly string[];
}

/** The filter as chosen; '' means any. */
export interface ItemFilter {
  type: string;
  module: string;
  incident: string;
}

export function itemMatches(item: ItemFacets, filter: ItemFilter): boolean {
  return (
    (filter.type === '' || item.type === filter.type) &&
    (filter.module === '' || item.modules.includes(filter.module)) &&
    (filter.incident === '' || item.incidents.includes(filter.incident))
  );
}
