import { formatOf, number, object, optional, text, time, type Infer } from '../lib/storage/schema';
import { persistentList } from './persisted';

/** One attempt at an assignment on this device: counted from the moment it starts. */
const assignmentAttemptSchema = object({
  /** The assignment's fingerprint (8 hex digits). */
  assignment: text({ pattern: /^[0-9a-f]{8}$/ }),
  /** 1 for the first attempt on this device. */
  attempt: number({ min: 1, max: 1_000_000, int: true }),
  startedAt: time,
  name: text({ max: 200 }),
  employeeId: text({ max: 200 }),
  /** The result code, once handed in; absent when the attempt was left unfinished. */
  code: optional(text({ max: 100_000 })),
});
export type AssignmentAttempt = Infer<typeof assignmentAttemptSchema>;

export const assignmentAttemptFormat = formatOf(assignmentAttemptSchema);

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
