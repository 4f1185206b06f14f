import { computed, type ReadableAtom } from 'nanostores';
import { certificateStatus, cleanName, type CertificateStatus } from '../lib/training/certificate';
import type { TrainingPlan } from '../lib/training/plan';
import { summarizePath, type PathProgress } from '../lib/training/progress';
import {
  checkResultFormat,
  learnerNameFormat,
  lessonMarkFormat,
  type CheckResult,
  type LearnerName,
  type LessonMark,
} from '../lib/training/records';
import { $attempts } from './attempts';
import { persistentList } from './persisted';
import { unsaved } from './storage';

/** Lessons marked read (or unread again), one mark per playbook entry. */
export const $lessonMarks = persistentList<LessonMark>('cp:lessons', lessonMarkFormat, {
  durable: true,
});

/** Every submitted module knowledge check on this device, oldest first. */
export const $checkResults = persistentList<CheckResult>('cp:checks', checkResultFormat, {
  durable: true,
});

/** The name for the certificate (at most one record). */
export const $learnerName = persistentList<LearnerName>('cp:learner', learnerNameFormat, {
  durable: true,
});

/**
 * A moment later than `previous`: a new mark must beat the one it replaces even when that one
 * came from a device whose clock runs ahead.
 */
function after(previous: number | undefined, now: number): number {
  return previous === undefined ? now : Math.max(now, previous + 1);
}

/** Marks a lesson (a playbook entry) read or unread; false when it could not be saved. */
export function setLessonRead(entry: string, read: boolean, now = Date.now()): boolean {
  const marks = $lessonMarks.get();
  const previous = marks.find((m) => m.entry === entry);
  if (previous?.read === read) return true;
  return $lessonMarks.save([
    ...marks.filter((m) => m.entry !== entry),
    { entry, read, at: after(previous?.at, now) },
  ]);
}

/** Records a submitted knowledge check of a module; false when it could not be saved. */
export function recordCheck(
  module: string,
  result: { percent: number; questions: readonly string[] },
  passMark: number,
  now = Date.now(),
): boolean {
  const check: CheckResult = {
    module,
    at: now,
    percent: result.percent,
    passMark,
    asked: result.questions.length,
  };
  return $checkResults.save([...$checkResults.get(), check]);
}

/** Keeps the learner's name for the certificate, cleaned to plain text: what was kept, and whether it was saved. */
export function setLearnerName(raw: string, now = Date.now()): { name: string; saved: boolean } {
  const name = cleanName(raw);
  const previous = $learnerName.get()[0];
  if (previous?.name === name) return { name, saved: !unsaved().has($learnerName.key) };
  return { name, saved: $learnerName.save([{ name, at: after(previous?.at, now) }]) };
}

/** Where the learner stands on the given path, kept up to date. */
export function pathProgress(plan: TrainingPlan): ReadableAtom<PathProgress> {
  return computed([$lessonMarks, $checkResults, $attempts], (lessons, checks, attempts) =>
    summarizePath(plan, { lessons, checks, attempts }),
  );
}

/** Whether the certificate can be issued for the given path, kept up to date. */
export function certificate(plan: TrainingPlan): ReadableAtom<CertificateStatus> {
  return computed($checkResults, (checks) => certificateStatus(plan, checks));
}
