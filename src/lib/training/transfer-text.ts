import { transferText } from '../i18n/zh-training';
import { recordSections, type MergeReport } from './merge';
import type { ImportProblem, ReadExport } from './transfer';
import type { PracticeAttempt } from './records';

/** Why a file was refused, in words the learner can act on. */
export function importProblemText(problem: ImportProblem): string {
  const t = transferText;
  switch (problem) {
    case 'empty':
      return t.empty;
    case 'too-large':
      return t.tooLarge;
    case 'not-json':
      return t.notJson;
    case 'not-ours':
      return t.notOurs;
  }
}

/** What an import did: what was taken, what was older and kept, what was skipped. */
export function importReportText<A extends PracticeAttempt>(
  read: Extract<ReadExport<A>, { ok: true }>,
  report: MergeReport,
): string {
  const t = transferText;
  const added = recordSections
    .filter((s) => report[s].added > 0)
    .map((s) => t.count(t.sections[s], report[s].added));
  const older = recordSections.reduce((sum, s) => sum + report[s].older, 0);
  const skipped = recordSections.reduce((sum, s) => sum + read.skipped[s], 0);
  const valid = recordSections.reduce((sum, s) => sum + read.records[s].length, 0);
  const parts: string[] = [];
  if (valid === 0) parts.push(t.nothingValid);
  else if (added.length > 0) parts.push(t.imported(added.join('、')));
  else parts.push(t.nothingNew);
  if (older > 0) parts.push(t.olderKept(older));
  if (skipped > 0) parts.push(t.skipped(skipped));
  if (read.newer) parts.push(t.newer);
  return parts.join('');
}
