import { mergeRecords, type TrainingRecords } from '../lib/training/merge';
import {
  checkResultFormat,
  learnerNameFormat,
  lessonMarkFormat,
  reviewCardFormat,
} from '../lib/training/records';
import { buildExport, readExport, type TransferFormats } from '../lib/training/transfer';
import { importProblemText, importReportText } from '../lib/training/transfer-text';
import { transferText } from '../lib/i18n/zh-training';
import { $attempts, attemptFormat, type Attempt } from './attempts';
import { $reviewQueue } from './review-queue';
import { $checkResults, $learnerName, $lessonMarks } from './training';

const formats: TransferFormats<Attempt> = {
  lessons: lessonMarkFormat,
  checks: checkResultFormat,
  attempts: attemptFormat,
  review: reviewCardFormat,
  learner: learnerNameFormat,
};

function current(): TrainingRecords<Attempt> {
  return {
    lessons: $lessonMarks.get(),
    checks: $checkResults.get(),
    attempts: $attempts.get(),
    review: $reviewQueue.get(),
    learner: $learnerName.get(),
  };
}

/** The text of an export file with everything the training path keeps on this device. */
export function exportTrainingRecords(now = Date.now()): string {
  return buildExport(current(), formats, now);
}

/** What an import did, in Chinese, and whether the file could be read at all. */
export interface ImportOutcome {
  ok: boolean;
  message: string;
}

/**
 * Merges an export file into this device's records: new and newer records are taken, nothing
 * newer here is overwritten, invalid records are skipped. A file that is not ours changes nothing.
 */
export function importTrainingRecords(text: string): ImportOutcome {
  const read = readExport(text, formats);
  if (!read.ok) return { ok: false, message: importProblemText(read.problem) };
  const { records, report } = mergeRecords(current(), read.records);
  const saves = [
    report.lessons.added === 0 || $lessonMarks.save(records.lessons),
    report.checks.added === 0 || $checkResults.save(records.checks),
    report.attempts.added === 0 || $attempts.save(records.attempts),
    report.review.added === 0 || $reviewQueue.save(records.review),
    report.learner.added === 0 || $learnerName.save(records.learner),
  ];
  const unsaved = saves.includes(false);
  return {
    ok: true,
    message: importReportText(read, report) + (unsaved ? transferText.notSaved : ''),
  };
}
