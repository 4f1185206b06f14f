import { standardIds, type StandardId } from '../standards';
import { assignmentFingerprint, dueDeadline, type Assignment } from './assignment-code';
import type { CodeError } from './envelope';
import { decodeResultCode, type Submission } from './result-code';
import { scoreSubmission, type SubmissionScore } from './rescore';
import type { ScoringContent } from './scoring-content';

/** Something the trainer should look at before trusting a row. */
export type RowFlag =
  /** The trainee's site had other content than this page: re-scored against this page's. */
  | { kind: 'content-version'; version: string }
  /** The same code was pasted more than once (counted once). */
  | { kind: 'duplicate'; copies: number }
  /** More attempts handed in than the assignment allows; only the first ones count. */
  | { kind: 'over-attempts'; allowed: number; received: number }
  /** Two different codes claim the same attempt number (two devices, or an edited code). */
  | { kind: 'attempt-clash'; attempt: number }
  /** Handed in after the due date (by the trainee's clock). */
  | { kind: 'late'; due: string }
  /** Took longer than the time limit allows (by the trainee's clock). */
  | { kind: 'overtime'; minutes: number; limit: number }
  /** Items whose answers do not fit the content here. */
  | { kind: 'unscorable'; ids: string[] }
  /** One 工号 handed in under different names. */
  | { kind: 'names-differ'; names: string[] };

/** One distinct code, decoded and re-scored. */
export interface ScoredCode {
  code: string;
  submission: Submission;
  score: SubmissionScore;
  /** How many times this exact code was pasted. */
  copies: number;
}

/** One trainee of one assignment: all their codes, and the one that counts. */
export interface TraineeRow {
  /** The normalised 工号 the row is keyed by. */
  key: string;
  name: string;
  employeeId: string;
  counted: ScoredCode;
  /** Every distinct code of this trainee, earliest first. */
  codes: ScoredCode[];
  flags: RowFlag[];
}

export interface ItemStat {
  id: string;
  /** Mean score over the counted codes, 0–100, or null when nobody could be scored. */
  average: number | null;
  count: number;
}

/** The class result for one assignment. */
export interface AssignmentGroup {
  fingerprint: string;
  assignment: Assignment;
  /** False when a specific assignment was asked for and this is another one. */
  expected: boolean;
  rows: TraineeRow[];
  passed: number;
  failed: number;
  /** Mean counted percent, or null without rows. */
  average: number | null;
  /** Per question: how well the class did (a low average marks a hard question). */
  questions: ItemStat[];
  drills: ItemStat[];
  standards: Record<StandardId, { average: number | null; count: number }>;
}

export interface UnreadableCode {
  code: string;
  error: CodeError;
}

export interface ClassReport {
  groups: AssignmentGroup[];
  unreadable: UnreadableCode[];
  /** Distinct codes that could be read. */
  read: number;
  /** Codes pasted more than once, extra copies. */
  duplicates: number;
}

export interface ReportOptions {
  /** Only this assignment is expected; codes of others are still shown, marked. */
  expected?: Assignment | undefined;
  /** The trainer's UTC offset in minutes east (China: 480), for due dates. */
  utcOffsetMinutes?: number;
}

/** 工号 as people type it: full-width digits and letters folded; case, spaces and invisible format characters ignored. */
export function normaliseId(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{Cf}]+/gu, '')
    .toLowerCase();
}

const mean = (values: readonly number[]) =>
  values.length ? Math.round(values.reduce((s, v) => s + v, 0) / values.length) : null;

/** The better of two codes: the higher percent, then the later one. */
function better(a: ScoredCode, b: ScoredCode): ScoredCode {
  if (b.score.percent !== a.score.percent) return b.score.percent > a.score.percent ? b : a;
  return b.submission.finishedAt >= a.submission.finishedAt ? b : a;
}

function traineeRow(
  assignment: Assignment,
  key: string,
  codes: ScoredCode[],
  content: ScoringContent,
  options: ReportOptions,
): TraineeRow {
  const sorted = [...codes].sort(
    (a, b) => a.submission.startedAt - b.submission.startedAt || a.code.localeCompare(b.code),
  );
  const allowed = assignment.attempts;
  const eligible = allowed > 0 ? sorted.slice(0, allowed) : sorted;
  const counted = eligible.reduce(better);
  const { submission } = counted;
  const flags: RowFlag[] = [];

  if (submission.contentVersion !== content.version)
    flags.push({ kind: 'content-version', version: submission.contentVersion });
  const copies = sorted.reduce((n, c) => n + c.copies - 1, 0);
  if (copies > 0) flags.push({ kind: 'duplicate', copies: copies + 1 });
  const highest = Math.max(...sorted.map((c) => c.submission.attempt));
  if (allowed > 0 && (sorted.length > allowed || highest > allowed)) {
    flags.push({ kind: 'over-attempts', allowed, received: Math.max(sorted.length, highest) });
  }
  const attemptNumbers = sorted.map((c) => c.submission.attempt);
  const clash = attemptNumbers.find((n, i) => attemptNumbers.indexOf(n) !== i);
  if (clash !== undefined) flags.push({ kind: 'attempt-clash', attempt: clash });
  const deadline = dueDeadline(assignment, options.utcOffsetMinutes ?? 480);
  if (deadline !== undefined && assignment.due && submission.finishedAt > deadline)
    flags.push({ kind: 'late', due: assignment.due });
  const minutes = Math.ceil((submission.finishedAt - submission.startedAt) / 60_000);
  const limit = assignment.timeLimitMinutes;
  // One minute of grace: the page submits on its own when time is up.
  if (limit > 0 && submission.finishedAt - submission.startedAt > (limit + 1) * 60_000)
    flags.push({ kind: 'overtime', minutes, limit });
  if (counted.score.unscorable.length > 0)
    flags.push({ kind: 'unscorable', ids: counted.score.unscorable });
  const names = [...new Set(sorted.map((c) => c.submission.name))];
  if (new Set(names.map((n) => n.normalize('NFKC').replace(/\s+/g, ''))).size > 1)
    flags.push({ kind: 'names-differ', names });

  return {
    key,
    name: submission.name,
    employeeId: submission.employeeId,
    counted,
    codes: sorted,
    flags,
  };
}

function groupOf(
  fingerprint: string,
  codes: ScoredCode[],
  content: ScoringContent,
  options: ReportOptions,
): AssignmentGroup {
  const first = codes[0];
  if (!first) throw new Error('groupOf needs at least one code');
  const { assignment } = first.submission;
  // Not Map.groupBy: WeChat's built-in browser may be older than it.
  const byTrainee = new Map<string, ScoredCode[]>();
  for (const code of codes) {
    const key = normaliseId(code.submission.employeeId);
    const list = byTrainee.get(key);
    if (list) list.push(code);
    else byTrainee.set(key, [code]);
  }
  const rows = [...byTrainee]
    .map(([key, list]) => traineeRow(assignment, key, list, content, options))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const counted = rows.map((r) => r.counted.score);
  const stat = (
    id: string,
    pick: (s: SubmissionScore) => { value: number; ok: boolean } | undefined,
  ): ItemStat => {
    const values = counted.flatMap((s) => {
      const v = pick(s);
      return v && v.ok ? [v.value] : [];
    });
    return { id, average: mean(values), count: values.length };
  };
  return {
    fingerprint,
    assignment,
    expected: options.expected ? assignmentFingerprint(options.expected) === fingerprint : true,
    rows,
    passed: counted.filter((s) => s.passed).length,
    failed: counted.filter((s) => !s.passed).length,
    average: mean(counted.map((s) => s.percent)),
    questions: assignment.questions.map((id, i) =>
      stat(id, (s) => {
        const q = s.questions[i];
        return q && { value: q.score * 100, ok: q.fits };
      }),
    ),
    drills: assignment.drills.map((id, i) =>
      stat(id, (s) => {
        const d = s.drills[i];
        return d && { value: d.percent, ok: d.fits };
      }),
    ),
    standards: Object.fromEntries(
      standardIds.map((standard) => {
        const values = counted.flatMap((s) =>
          s.standards[standard] === null ? [] : [s.standards[standard] as number],
        );
        return [standard, { average: mean(values), count: values.length }];
      }),
    ) as AssignmentGroup['standards'],
  };
}

/**
 * Reads every code, re-scores each against `content` and groups them by assignment and trainee.
 * Unreadable codes are listed with the reason; nothing is dropped silently.
 */
export function buildClassReport(
  codes: readonly string[],
  content: ScoringContent,
  options: ReportOptions = {},
): ClassReport {
  const copies = new Map<string, number>();
  for (const raw of codes) {
    const code = raw.trim();
    if (code) copies.set(code, (copies.get(code) ?? 0) + 1);
  }
  const unreadable: UnreadableCode[] = [];
  const byAssignment = new Map<string, ScoredCode[]>();
  for (const [code, count] of copies) {
    const decoded = decodeResultCode(code);
    if (!decoded.ok) {
      unreadable.push({ code, error: decoded.error });
      continue;
    }
    const submission = decoded.value;
    const fingerprint = assignmentFingerprint(submission.assignment);
    const scored: ScoredCode = {
      code,
      submission,
      score: scoreSubmission(submission, content),
      copies: count,
    };
    // push, not a copy per code: a class can hand in hundreds.
    const list = byAssignment.get(fingerprint);
    if (list) list.push(scored);
    else byAssignment.set(fingerprint, [scored]);
  }
  const groups = [...byAssignment].map(([fingerprint, list]) =>
    groupOf(fingerprint, list, content, options),
  );
  // The assignment asked for first, then the others by how many handed them in.
  groups.sort((a, b) => Number(b.expected) - Number(a.expected) || b.rows.length - a.rows.length);
  const read = [...byAssignment.values()].reduce((n, list) => n + list.length, 0);
  const duplicates = [...copies.values()].reduce((n, c) => n + c - 1, 0);
  return { groups, unreadable, read, duplicates };
}
