import { standardsText } from '../i18n/zh-drill';
import { reportText } from '../i18n/zh-trainer';
import { standardIds } from '../quiz/standards';
import type { AssignmentGroup } from './class-report';
import { flagText, formatDateTime, minutesBetween } from './report-text';

/**
 * One CSV field. Quoted when it holds a comma, quote or line break; text a trainee typed that
 * starts like a formula (= + - @) gets a leading apostrophe so Excel shows it instead of running it.
 */
export function csvField(value: string | number, typed = false): string {
  let text = String(value);
  if (typed && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The class table as CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line
 * ends, one row per trainee of every group. The result code is the last column, so importing
 * the file again restores the report.
 */
export function classReportCsv(
  groups: readonly AssignmentGroup[],
  utcOffsetMinutes: number,
): string {
  const c = reportText.csv;
  const header = [
    c.assignment,
    c.assignmentId,
    c.name,
    c.employeeId,
    c.score,
    c.result,
    c.passMark,
    c.attempts,
    c.counted,
    c.started,
    c.finished,
    c.minutes,
    ...standardIds.map((id) => standardsText[id]),
    c.contentVersion,
    c.flags,
    c.code,
  ].map((h) => csvField(h));
  const lines = [header.join(',')];
  for (const group of groups) {
    for (const row of group.rows) {
      const { submission, score, code } = row.counted;
      lines.push(
        [
          csvField(group.assignment.title, true),
          csvField(group.fingerprint),
          csvField(row.name, true),
          csvField(row.employeeId, true),
          csvField(score.percent),
          csvField(score.passed ? reportText.passed : reportText.failed),
          csvField(group.assignment.passMark),
          csvField(row.codes.length),
          csvField(submission.attempt),
          csvField(formatDateTime(submission.startedAt, utcOffsetMinutes)),
          csvField(formatDateTime(submission.finishedAt, utcOffsetMinutes)),
          csvField(minutesBetween(submission.startedAt, submission.finishedAt)),
          ...standardIds.map((id) => csvField(score.standards[id] ?? '')),
          csvField(submission.contentVersion),
          csvField(row.flags.map(flagText).join('；'), true),
          csvField(code),
        ].join(','),
      );
    }
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
