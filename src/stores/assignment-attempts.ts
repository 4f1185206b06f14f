import type { CollectionFormat } from '../lib/storage/versioned';
import { persistentList } from './persisted';

/** One attempt at an assignment on this device: counted from the moment it starts. */
export interface AssignmentAttempt {
  /** The assignment's fingerprint (8 hex digits). */
  assignment: string;
  /** 1 for the first attempt on this device. */
  attempt: number;
  /** ms since epoch. */
  startedAt: number;
  name: string;
  employeeId: string;
  /** The result code, once handed in; absent when the attempt was left unfinished. */
  code?: string;
}

// Checked by hand rather than with zod: zod would be split into a chunk of its own, which every
// drill page would then load as one more file (see the bench's drill page JS).
function parseAttempt(raw: unknown): AssignmentAttempt | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const ok =
    typeof r.assignment === 'string' &&
    /^[0-9a-f]{8}$/.test(r.assignment) &&
    Number.isInteger(r.attempt) &&
    (r.attempt as number) >= 1 &&
    typeof r.startedAt === 'number' &&
    Number.isFinite(r.startedAt) &&
    typeof r.name === 'string' &&
    typeof r.employeeId === 'string' &&
    (r.code === undefined || typeof r.code === 'string');
  if (!ok) return undefined;
  const attempt: AssignmentAttempt = {
    assignment: r.assignment as string,
    attempt: r.attempt as number,
    startedAt: r.startedAt as number,
    name: r.name as string,
    employeeId: r.employeeId as string,
  };
  if (typeof r.code === 'string') attempt.code = r.code;
  return attempt;
}

export const assignmentAttemptFormat: CollectionFormat<AssignmentAttempt> = {
  version: 1,
  parseItem: parseAttempt,
};

/** Every assignment attempt started on this device, oldest first. */
export const $assignmentAttempts = persistentList<AssignmentAttempt>(
  'cp:assignment-attempts',
  assignmentAttemptFormat,
);

/** The attempts at one assignment, oldest first. */
export function attemptsAt(fingerprint: string): AssignmentAttempt[] {
  return $assignmentAttempts.get().filter((a) => a.assignment === fingerprint);
}

/** Records the start of an attempt and returns its number. */
export function startAssignmentAttempt(
  fingerprint: string,
  who: { name: string; employeeId: string },
  startedAt: number,
): number {
  const attempt = Math.max(0, ...attemptsAt(fingerprint).map((a) => a.attempt)) + 1;
  $assignmentAttempts.set([
    ...$assignmentAttempts.get(),
    { assignment: fingerprint, attempt, startedAt, ...who },
  ]);
  return attempt;
}

/** Keeps the result code of a finished attempt, so it can be shown and sent again. */
export function finishAssignmentAttempt(fingerprint: string, attempt: number, code: string): void {
  $assignmentAttempts.set(
    $assignmentAttempts
      .get()
      .map((a) => (a.assignment === fingerprint && a.attempt === attempt ? { ...a, code } : a)),
  );
}
