import { crc32, hex32 } from './bytes';
import { canonicalJson, scoringRulesVersion, type ScoringContent } from './scoring-content';

/**
 * What one recorded content version held: a fingerprint per question and per drill. The files
 * in src/data/content-versions/ are these, one per version that may have reached trainees.
 */
export interface RecordedVersion {
  /** The content version result codes carry (8 hex digits). */
  version: string;
  /** The day it was recorded, YYYY-MM-DD. */
  recorded: string;
  /** Question or drill id → the fingerprint of what scoring saw of it. */
  items: Record<string, string>;
}

/**
 * What the report page knows about content versions other than its own: for each recorded one,
 * the questions and drills that differ from the page's content. A version not listed is unknown.
 */
export interface VersionLedger {
  current: string;
  changedSince: Record<string, string[]>;
}

const fingerprint = (value: unknown) =>
  hex32(crc32(new TextEncoder().encode(canonicalJson({ rules: scoringRulesVersion, value }))));

/** A fingerprint per question and drill: equal exactly when scoring sees the item the same way. */
export function itemFingerprints(content: ScoringContent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, question] of Object.entries(content.questions)) out[id] = fingerprint(question);
  for (const [id, drill] of Object.entries(content.drills)) out[id] = fingerprint(drill);
  return out;
}

/** The record to keep for the content as it stands. */
export function recordVersion(content: ScoringContent, recorded: string): RecordedVersion {
  return { version: content.version, recorded, items: itemFingerprints(content) };
}

/**
 * Compares every recorded version with the current content. An item counts as changed when its
 * fingerprint differs, or when it exists on one side only.
 */
export function versionLedger(
  content: ScoringContent,
  recorded: readonly RecordedVersion[],
): VersionLedger {
  const now = itemFingerprints(content);
  const changedSince: Record<string, string[]> = {};
  for (const { version, items } of recorded) {
    if (version === content.version) continue;
    const ids = new Set([...Object.keys(now), ...Object.keys(items)]);
    changedSince[version] = [...ids].filter((id) => now[id] !== items[id]).sort();
  }
  return { current: content.version, changedSince };
}

/** How the answers of a code on `version` to `item` (a question or drill id) can be read. */
export function itemStanding(
  ledger: VersionLedger,
  version: string,
  item: string,
): 'current' | 'mapped' | 'separate' {
  if (version === ledger.current) return 'current';
  const changed = ledger.changedSince[version];
  return changed && !changed.includes(item) ? 'mapped' : 'separate';
}
