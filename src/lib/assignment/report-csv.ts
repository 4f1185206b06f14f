import { analysisText } from '../i18n/zh-analysis';
import { standardsText } from '../i18n/zh-drill';
import { reportText } from '../i18n/zh-trainer';
import { standardIds } from '../standards';
import type { AssignmentGroup } from './class-report';
import type { Cohort, GroupAnalysis } from './item-analysis';
import { choiceLabelText, itemLabelText, type ReportLabels } from './report-labels';
import { flagText, formatDateTime, itemFlagText, minutesBetween } from './report-text';
import { sortGridRows } from './standards-grid';

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
  const lines = [header];
  for (const group of groups) {
    for (const row of group.rows) {
      const { submission, score, code } = row.counted;
      lines.push([
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
      ]);
    }
  }
  return csvDocument(lines);
}

/** Rows of fields as a file Excel and WPS open correctly: UTF-8 with a byte-order mark, CRLF. */
function csvDocument(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

/** A 0–1 share with two decimals, or empty. */
const share = (value: number | null) => (value === null ? '' : value.toFixed(2));

/**
 * The item table as CSV: one row per question and decision point, the main table first, then
 * each content version analysed on its own. Option counts get one column each, in content order.
 */
export function itemAnalysisCsv(
  group: AssignmentGroup,
  analysis: GroupAnalysis,
  labels: ReportLabels,
): string {
  const c = analysisText.csv;
  const columns = analysisText.columns;
  const tables: [string, Cohort][] = [
    [c.mainTable, analysis.main],
    ...analysis.versions.map((v): [string, Cohort] => [c.versionTable(v.version), v.separate]),
  ];
  const widest = Math.max(
    0,
    ...tables.flatMap(([, cohort]) => cohort.items.map((item) => item.choices.length)),
  );
  const header = [
    c.assignment,
    c.table,
    c.id,
    c.type,
    c.text,
    columns.answered,
    columns.facility,
    columns.discrimination,
    columns.average,
    ...Array.from({ length: widest }, (_, i) => c.option(i)),
    c.best,
    c.topWrong,
    columns.flags,
  ].map((h) => csvField(h));
  const lines = [header];
  for (const [table, cohort] of tables) {
    for (const item of cohort.items) {
      const wrong = item.choices
        .filter((choice) => !choice.best && choice.count > 0)
        .sort((a, b) => b.count - a.count || a.index - b.index)[0];
      lines.push([
        csvField(group.assignment.title, true),
        csvField(table),
        csvField(item.id),
        csvField(analysisText.types[item.type]),
        csvField(itemLabelText(item, labels) ?? '', true),
        csvField(item.answered),
        csvField(share(item.facility)),
        csvField(share(item.discrimination)),
        csvField(item.average ?? ''),
        ...Array.from({ length: widest }, (_, i) => csvField(item.choices[i]?.count ?? '')),
        csvField(
          item.choices
            .filter((choice) => choice.best)
            .map((choice) => choice.index + 1)
            .join('、'),
        ),
        csvField(
          wrong
            ? `${wrong.index + 1}. ${choiceLabelText(item, wrong.index, labels) ?? ''}（${wrong.count}）`
            : '',
          true,
        ),
        csvField(item.flags.map(itemFlagText).join('；'), true),
      ]);
    }
  }
  return csvDocument(lines);
}

/** The people × standards grid as CSV, one row per trainee by name, the counted total beside. */
export function standardsGridCsv(group: AssignmentGroup): string {
  const c = analysisText.csv;
  const header = [c.name, c.employeeId, c.total, ...standardIds.map((id) => standardsText[id])];
  const lines = [header.map((h) => csvField(h))];
  for (const row of sortGridRows(group.rows, { by: 'person' })) {
    const { score } = row.counted;
    lines.push([
      csvField(row.name, true),
      csvField(row.employeeId, true),
      csvField(score.percent),
      ...standardIds.map((id) => csvField(score.standards[id] ?? '')),
    ]);
  }
  return csvDocument(lines);
}
