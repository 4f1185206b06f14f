import type { Question } from '../../schemas/question';
import type { Scenario } from '../drill/engine';
import { answerKeyOf, type AnswerKey } from '../quiz/score-question';
import { standardIds, type StandardId } from '../standards';
import { crc32, hex32 } from './bytes';

/** A question as scoring sees it: its answer key and the standard it exercises, if any. */
export type ScoredQuestion = AnswerKey & { standard?: StandardId };

/**
 * Everything re-scoring needs, built from the content at build time and shipped as JSON to the
 * pages that take and report assignments. No words, only keys and points.
 */
export interface ScoringContent {
  /** 8 hex digits; changes whenever anything scoring depends on changes. */
  version: string;
  questions: Record<string, ScoredQuestion>;
  drills: Record<string, Scenario>;
}

/** Raise when the scoring rules themselves change, so old codes are flagged as another version. */
export const scoringRulesVersion = 1;

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A stable hash of what scoring depends on: answer keys, drill graphs and points, the rules. */
export function contentVersionOf(
  questions: Record<string, ScoredQuestion>,
  drills: Record<string, Scenario>,
): string {
  const text = canonicalJson({ rules: scoringRulesVersion, questions, drills });
  return hex32(crc32(new TextEncoder().encode(text)));
}

function scoresInOrder(
  scores: Partial<Record<StandardId, number>>,
): Partial<Record<StandardId, number>> {
  return Object.fromEntries(standardIds.flatMap((id) => (scores[id] ? [[id, scores[id]]] : [])));
}

/** Builds the scoring content from every question and every drill's scenario. */
export function buildScoringContent(
  questions: readonly Question[],
  drills: readonly { id: string; scenario: Scenario }[],
): ScoringContent {
  const scored: Record<string, ScoredQuestion> = {};
  for (const question of [...questions].sort((a, b) => a.id.localeCompare(b.id))) {
    scored[question.id] = question.standard
      ? { ...answerKeyOf(question), standard: question.standard }
      : answerKeyOf(question);
  }
  const scenarios: Record<string, Scenario> = {};
  for (const { id, scenario } of [...drills].sort((a, b) => a.id.localeCompare(b.id))) {
    scenarios[id] = {
      ...scenario,
      nodes: scenario.nodes.map((node) => ({
        id: node.id,
        choices: node.choices.map((choice) => ({
          ...choice,
          scores: scoresInOrder(choice.scores),
        })),
      })),
    };
  }
  return { version: contentVersionOf(scored, scenarios), questions: scored, drills: scenarios };
}
