import { load as parseYaml, YAMLException } from 'js-yaml';
import { drillSchema, type Drill } from '../../schemas/drill';
import { lintDrill, type PositionStats } from '../assessment/lint';
import {
  playDrillByHabit,
  strategies,
  strategyNames,
  type Strategy,
} from '../assessment/naive-learner';
import { checkDrillGraph } from '../content/check-drill';
import { checkReferences, type EntryRecord } from '../content/check-references';
import type { CollectionName } from '../content/collections';
import { referencesOf } from '../content/reference-fields';
import { drillPreviewText } from '../i18n/zh-cms';

/** Which check found a problem, in the order the build runs them. */
export type FindingKind = 'yaml' | 'schema' | 'reference' | 'graph' | 'lint' | 'habit';

/** One problem in a drill being written, worded as the build words it. */
export interface Finding {
  kind: FindingKind;
  /** The field or node, e.g. `nodes[2].choices[0].next`; empty for the file as a whole. */
  field: string;
  message: string;
}

/** How a habit learner fares on the drill (README: must stay under 70% on every drill). */
export interface HabitRow {
  strategy: Strategy;
  name: string;
  mean: number;
  max: number;
}

export interface DrillReview {
  /** The drill as the site would load it (defaults filled in); absent if it cannot be played. */
  drill?: Drill;
  findings: Finding[];
  lint?: PositionStats;
  habits?: HabitRow[];
}

/** An entry of the site, for the reference check. */
export interface KnownEntry {
  id: string;
  collection: CollectionName;
}

export interface ReviewOptions {
  /** The drill's id (file name); a new drill gets a placeholder. */
  id?: string;
  /**
   * Every entry of the built site, so cites and related ids can be checked; absent in the
   * editor's own preview pane, whose reference fields only offer ids that exist.
   */
  known?: readonly KnownEntry[];
}

/** The per-drill limit a habit learner must stay under (tests/unit/naive-learner.test.ts). */
export const habitLimit = 70;
const habitAttempts = 20;
export const previewDrillId = 'preview-drill';

const t = drillPreviewText;
const han = /[\u4e00-\u9fff]/;

const fieldOf = (path: readonly PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (at, key) =>
      at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
  keys?: string[];
}

/** A schema problem in Chinese: the schema's own words where it has them, else by kind. */
export function issueText(issue: Issue, data: unknown): string {
  if (han.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(data, issue.path) === undefined
        ? t.missing(fieldOf(issue.path))
        : t.wrongType(t.types[issue.expected ?? ''] ?? issue.expected ?? '');
    case 'too_small':
      if (issue.origin === 'string') return t.tooShort(Number(issue.minimum));
      if (issue.origin === 'array') return t.tooFew(Number(issue.minimum));
      return t.tooSmall(Number(issue.minimum));
    case 'too_big':
      return t.tooBig(Number(issue.maximum));
    case 'invalid_value':
      return t.notAllowed((issue.values ?? []).map(String).join('、'));
    case 'unrecognized_keys':
      return t.unknownKeys((issue.keys ?? []).join('、'));
    default:
      return issue.message;
  }
}

/** Reads a drill file's text; a YAML mistake is a finding with its line. */
export function parseDrillText(text: string): { data?: unknown; findings: Finding[] } {
  try {
    return { data: parseYaml(text), findings: [] };
  } catch (error) {
    if (error instanceof YAMLException) {
      return {
        findings: [
          {
            kind: 'yaml',
            field: '',
            message: t.yamlError((error.mark?.line ?? 0) + 1, error.reason),
          },
        ],
      };
    }
    throw error;
  }
}

/**
 * Every check the build runs on a drill, on data not yet committed: the schema, references to
 * the site's entries, the graph (unreachable nodes, dead ends, loops, branches never taken), the
 * assessment lint, and the habit learners. Stops after the schema when the data is not a drill.
 */
export function reviewDrillData(
  data: unknown,
  { id = previewDrillId, known }: ReviewOptions,
): DrillReview {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { findings: [{ kind: 'schema', field: '', message: t.notAnObject }] };
  }
  const parsed = drillSchema.safeParse(data);
  if (!parsed.success) {
    return {
      findings: parsed.error.issues.map((issue) => ({
        kind: 'schema' as const,
        field: fieldOf(issue.path),
        message: issueText(issue as unknown as Issue, data),
      })),
    };
  }
  const drill = parsed.data;
  const file = `src/content/drills/${id}.yaml`;
  const self: EntryRecord = {
    collection: 'drills',
    id,
    file,
    references: referencesOf('drills', drill as Record<string, unknown>),
  };
  // The drill being edited replaces its committed version; any other entry keeps its id.
  const others: EntryRecord[] = (known ?? [])
    .filter((entry) => !(entry.id === id && entry.collection === 'drills'))
    .map((entry) => ({
      ...entry,
      file: `src/content/${entry.collection}/${entry.id}`,
      references: [],
    }));
  const findings: Finding[] = known
    ? checkReferences([...others, self]).map((p) => ({
        kind: 'reference' as const,
        field: p.field,
        message: p.message,
      }))
    : [];
  const graph = checkDrillGraph(file, drill);
  findings.push(
    ...graph.map((p) => ({ kind: 'graph' as const, field: p.field, message: p.message })),
  );
  const lint = lintDrill(file, drill);
  findings.push(
    ...lint.problems.map((p) => ({ kind: 'lint' as const, field: p.field, message: p.message })),
  );
  const review: DrillReview = { drill, findings, lint: lint.stats };
  if (graph.length > 0) return review;
  review.habits = strategies.map((strategy) => {
    const scores = Array.from({ length: habitAttempts }, (_, i) =>
      playDrillByHabit(drill, strategy, `habit-${i}`),
    );
    return {
      strategy,
      name: strategyNames[strategy],
      mean: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
      max: Math.max(...scores),
    };
  });
  for (const row of review.habits) {
    if (row.mean >= habitLimit) {
      findings.push({
        kind: 'habit',
        field: 'nodes',
        message: `${t.habitRow(row.name, row.mean, row.max)}。${t.habitTooHigh}`,
      });
    }
  }
  return review;
}

/** Reviews a drill file's text (pasted, opened, or handed over by the editor). */
export function reviewDrillText(text: string, options: ReviewOptions): DrillReview {
  const { data, findings } = parseDrillText(text);
  return findings.length > 0 ? { findings } : reviewDrillData(data, options);
}
