import * as z from 'zod/mini';
import type { CollectionFormat } from '../lib/storage/versioned';
import { persistentList } from './persisted';

/** One attempt at an assignment on this device: counted from the moment it starts. */
const assignmentAttemptSchema = z.object({
  /** The assignment's fingerprint (8 hex digits). */
  assignment: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  /** 1 for the first attempt on this device. */
  attempt: z.number().check(z.int(), z.minimum(1)),
  /** ms since epoch. */
  startedAt: z.number(),
  name: z.string(),
  employeeId: z.string(),
  /** The result code, once handed in; absent when the attempt was left unfinished. */
  code: z.optional(z.string()),
});
export type AssignmentAttempt = z.infer<typeof assignmentAttemptSchema>;

export const assignmentAttemptFormat: CollectionFormat<AssignmentAttempt> = {
  version: 1,
  parseItem: (raw) => {
    const result = assignmentAttemptSchema.safeParse(raw);
    return result.success ? result.data : undefined;
  },
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
