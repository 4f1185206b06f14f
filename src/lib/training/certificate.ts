import type { PlanModule, TrainingPlan } from './plan';
import { summarizeCheck } from './progress';
import type { CheckResult } from './records';

/** One line of the certificate: a module and the learner's best check score. */
export interface CertificateRow {
  module: PlanModule;
  /** Best percent, when taken. */
  best?: number;
  passed: boolean;
  passedAt?: number;
}

export interface CertificateStatus {
  /** Every module's knowledge check is passed. */
  ready: boolean;
  rows: CertificateRow[];
  /** Modules whose check is not passed yet, in path order. */
  missing: PlanModule[];
  /** When the last module was first passed: the date the path was completed. */
  completedAt?: number;
  /** Mean of the best scores, rounded, once ready. */
  average?: number;
}

/** Whether the certificate can be issued, and the scores it shows. */
export function certificateStatus(
  plan: TrainingPlan,
  checks: readonly CheckResult[],
): CertificateStatus {
  const rows = plan.modules.map((module): CertificateRow => {
    const summary = summarizeCheck(checks, module.id);
    const row: CertificateRow = { module, passed: summary.passed };
    if (summary.best !== undefined) row.best = summary.best;
    if (summary.passedAt !== undefined) row.passedAt = summary.passedAt;
    return row;
  });
  const missing = rows.filter((r) => !r.passed).map((r) => r.module);
  const status: CertificateStatus = {
    ready: plan.modules.length > 0 && missing.length === 0,
    rows,
    missing,
  };
  if (status.ready) {
    status.completedAt = Math.max(...rows.map((r) => r.passedAt ?? 0));
    status.average = Math.round(rows.reduce((sum, r) => sum + (r.best ?? 0), 0) / rows.length);
  }
  return status;
}

/** Longest name the certificate prints. */
export const nameMaxLength = 40;

/**
 * A typed name made fit to print: control and formatting characters removed, runs of spaces
 * collapsed, trimmed, cut to nameMaxLength characters. It stays plain text; pages set it with
 * textContent, never as markup.
 */
export function cleanName(raw: string): string {
  const plain = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return [...plain].slice(0, nameMaxLength).join('').trim();
}
