import { bestChoice, type Scenario } from '../drill/engine';
import { standardIds } from '../standards';
import type { AssignmentGroup, ScoredCode } from './class-report';
import {
  averagePercent,
  discriminationIn,
  facilityOf,
  flagOrder,
  groupWeights,
  itemFlags,
  itemRules,
  round2,
  type ItemFlag,
} from './item-stats';
import { itemStanding, type VersionLedger } from './item-versions';
import type { CodedAnswer } from './result-code';
import type { ScoredQuestion, ScoringContent } from './scoring-content';

/** How many picked one option or choice (by its index in the content, not as shown). */
export interface ChoiceCount {
  index: number;
  count: number;
  /** A correct option, or the drill's best choice at this point. */
  best: boolean;
}

/** Ordering and categorising: how many put one item (by content index) in its right place. */
export interface PartCount {
  index: number;
  right: number;
}

/** One row of the item table: a question, or one decision point of a drill. */
export interface ItemAnalysis {
  /** The question id, or `drill-id:node-id` for a decision point. */
  id: string;
  /** The question or drill the row belongs to (what content versions are compared by). */
  source: string;
  node?: string;
  type: 'single' | 'multiple' | 'ordering' | 'categorise' | 'decision';
  /** Learners who answered the question, or reached the point and decided. */
  answered: number;
  /** Share fully right (a decision: the best choice), 0–1 to two decimals; null without answers. */
  facility: number | null;
  /** Mean score with partial credit, 0–100; null without answers. */
  average: number | null;
  /** Upper minus lower 27 % by total score, −1 to 1; null below the minimum of codes. */
  discrimination: number | null;
  choices: ChoiceCount[];
  parts: PartCount[];
  flags: ItemFlag[];
}

/** The item table for one set of codes. */
export interface Cohort {
  /** Counted codes (one per trainee) whose answers the table reads. */
  codes: number;
  /** Discrimination is left empty: fewer codes than `itemRules.minCodesForDiscrimination`. */
  fewCodes: boolean;
  items: ItemAnalysis[];
}

/** Codes handed in on another content version than the page's. */
export interface VersionCohort {
  version: string;
  /** The version is recorded, so the page knows which items changed since. */
  known: boolean;
  codes: number;
  /** Questions and drills unchanged since: their answers joined the main table. */
  mapped: string[];
  /** The other items, analysed on these codes alone. */
  separate: Cohort;
}

/** One decision on a drill path: the point, the choice (content index), and whether it was the best. */
export interface PathStep {
  node: string;
  choice: number;
  best: boolean;
}

/** Where the class went in one drill. */
export interface DrillPaths {
  drill: string;
  /** Codes in which the drill was started. */
  played: number;
  /** Endings reached, most often first. */
  endings: { id: string; outcome: 'good' | 'mixed' | 'bad'; count: number }[];
  /** Started but never reached an ending (time ran out). */
  unfinished: number;
  /** The full path most runs took to an ending; null when no run reached one. */
  commonPath: { steps: PathStep[]; ending: string; count: number; ties: number } | null;
}

/** A wrong option or choice a large share of the class picked. */
export interface CommonMistake {
  item: string;
  choice: number;
  count: number;
  /** count ÷ answered, 0–1. */
  share: number;
}

export interface GroupAnalysis {
  /** Codes on this page's content version, plus unchanged items from recorded versions. */
  main: Cohort;
  versions: VersionCohort[];
  paths: DrillPaths[];
  mistakes: CommonMistake[];
  /** Flagged rows of the main table, most telling flag first. */
  review: ItemAnalysis[];
}

interface Response {
  /** 0–1, partial credit in proportion. */
  score: number;
  picked: readonly number[];
  parts: readonly boolean[];
}

interface ItemDef {
  id: string;
  source: string;
  node?: string;
  type: ItemAnalysis['type'];
  options: number;
  best: number[];
  parts: number;
  /** A decision point: what each choice earns against the best one there, 0–1. */
  credit?: number[];
}

const pointsOf = (scores: Partial<Record<string, number>>) =>
  standardIds.reduce((sum, id) => sum + (scores[id] ?? 0), 0);

function questionDef(id: string, key: ScoredQuestion): ItemDef {
  switch (key.type) {
    case 'single':
    case 'multiple':
      return {
        id,
        source: id,
        type: key.type,
        options: key.correct.length,
        best: key.correct.flatMap((right, i) => (right ? [i] : [])),
        parts: 0,
      };
    case 'ordering':
      return { id, source: id, type: 'ordering', options: 0, best: [], parts: key.count };
    case 'categorise':
      return {
        id,
        source: id,
        type: 'categorise',
        options: 0,
        best: [],
        parts: key.expected.length,
      };
  }
}

function drillDefs(drill: string, scenario: Scenario): ItemDef[] {
  return scenario.nodes.map((node) => {
    const top = bestChoice(node.choices);
    const most = pointsOf(node.choices[top]?.scores ?? {});
    return {
      id: `${drill}:${node.id}`,
      source: drill,
      node: node.id,
      type: 'decision',
      options: node.choices.length,
      best: [top],
      parts: 0,
      credit: node.choices.map((c) => (most > 0 ? Math.min(1, pointsOf(c.scores) / most) : 1)),
    };
  });
}

/** Every row of an assignment's item table, in the assignment's order, drills' points in content order. */
function itemDefs(group: AssignmentGroup, content: ScoringContent): ItemDef[] {
  const { questions, drills } = group.assignment;
  return [
    ...questions.flatMap((id) => {
      const key = content.questions[id];
      return key ? [questionDef(id, key)] : [];
    }),
    ...drills.flatMap((id) => {
      const scenario = content.drills[id];
      return scenario ? drillDefs(id, scenario) : [];
    }),
  ];
}

function questionResponse(key: ScoredQuestion, coded: CodedAnswer, score: number): Response {
  switch (coded.type) {
    case 'single':
    case 'multiple':
      return { score, picked: coded.selected, parts: [] };
    case 'ordering':
      return { score, picked: [], parts: coded.order.map((item, at) => item === at) };
    case 'categorise': {
      const expected = key.type === 'categorise' ? key.expected : [];
      const categories = key.type === 'categorise' ? key.categories : [];
      return {
        score,
        picked: [],
        parts: expected.map((name, i) => {
          const placed = coded.placed[i];
          return placed !== null && placed !== undefined && categories[placed] === name;
        }),
      };
    }
  }
}

/** What one code answered, per row id; only answers that fit the content are read. */
function responsesOf(
  code: ScoredCode,
  content: ScoringContent,
  defs: ReadonlyMap<string, ItemDef>,
): Map<string, Response> {
  const out = new Map<string, Response>();
  const { submission, score } = code;
  submission.assignment.questions.forEach((id, i) => {
    const key = content.questions[id];
    const coded = submission.answers[i];
    const scored = score.questions[i];
    if (key && coded && scored?.fits) out.set(id, questionResponse(key, coded, scored.score));
  });
  for (const drill of score.drills) {
    if (!drill.fits) continue;
    for (const step of drill.steps) {
      const id = `${drill.id}:${step.node}`;
      const credit = defs.get(id)?.credit;
      if (credit)
        out.set(id, { score: credit[step.choice] ?? 0, picked: [step.choice], parts: [] });
    }
  }
  return out;
}

interface Learner {
  total: number;
  responses: Map<string, Response>;
}

/** The item table for a set of learners: counts, facility, discrimination and flags. */
function analyseCohort(learners: readonly Learner[], defs: readonly ItemDef[]): Cohort {
  const fewCodes = learners.length < itemRules.minCodesForDiscrimination;
  const groups = groupWeights(learners.map((l) => l.total));
  const items = defs.map((def): ItemAnalysis => {
    const responses = learners.map((l) => l.responses.get(def.id) ?? null);
    const given = responses.filter((r): r is Response => r !== null);
    const scores = given.map((r) => r.score);
    const choices = Array.from({ length: def.options }, (_, index) => ({
      index,
      count: 0,
      best: def.best.includes(index),
    }));
    const parts = Array.from({ length: def.parts }, (_, index) => ({ index, right: 0 }));
    for (const response of given) {
      for (const index of response.picked) {
        const choice = choices[index];
        if (choice) choice.count++;
      }
      response.parts.forEach((right, index) => {
        const part = parts[index];
        if (part && right) part.right++;
      });
    }
    const share = facilityOf(scores);
    const facility = share === null ? null : round2(share);
    const discrimination = fewCodes
      ? null
      : discriminationIn(
          groups,
          responses.map((r) => r?.score ?? null),
        );
    const item: ItemAnalysis = {
      id: def.id,
      source: def.source,
      type: def.type,
      answered: given.length,
      facility,
      average: averagePercent(scores),
      discrimination,
      choices,
      parts,
      flags: [],
    };
    if (def.node) item.node = def.node;
    item.flags = itemFlags(item);
    return item;
  });
  return { codes: learners.length, fewCodes, items };
}

/** Only the responses to rows whose source passes `keep`. */
function filtered(
  responses: Map<string, Response>,
  defs: readonly ItemDef[],
  keep: (source: string) => boolean,
) {
  const out = new Map<string, Response>();
  for (const def of defs) {
    const response = responses.get(def.id);
    if (response && keep(def.source)) out.set(def.id, response);
  }
  return out;
}

function drillPaths(drill: string, scenario: Scenario, codes: readonly ScoredCode[]): DrillPaths {
  const endings = new Map<string, number>();
  const paths = new Map<string, { steps: PathStep[]; ending: string; count: number }>();
  let played = 0;
  let unfinished = 0;
  for (const { submission, score } of codes) {
    const at = submission.assignment.drills.indexOf(drill);
    const run = score.drills[at];
    if (!run || !run.played || !run.fits) continue;
    played++;
    if (!run.ending) {
      unfinished++;
      continue;
    }
    endings.set(run.ending, (endings.get(run.ending) ?? 0) + 1);
    const key = `${run.steps.map((s) => `${s.node}.${s.choice}`).join('>')}>${run.ending}`;
    const known = paths.get(key);
    if (known) known.count++;
    else {
      const steps = run.steps.map((s) => {
        const choices = scenario.nodes.find((n) => n.id === s.node)?.choices ?? [];
        return { node: s.node, choice: s.choice, best: bestChoice(choices) === s.choice };
      });
      paths.set(key, { steps, ending: run.ending, count: 1 });
    }
  }
  const order = scenario.endings.map((e) => e.id);
  const ranked = [...paths.entries()]
    .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, path]) => path);
  const mostCommon = ranked[0];
  // Other paths taken as often as the one shown: the page says so rather than pick silently.
  const ties = ranked.filter((p) => p !== mostCommon && p.count === mostCommon?.count).length;
  return {
    drill,
    played,
    unfinished,
    endings: scenario.endings
      .filter((e) => endings.has(e.id))
      .map((e) => ({ id: e.id, outcome: e.outcome, count: endings.get(e.id) ?? 0 }))
      .sort((a, b) => b.count - a.count || order.indexOf(a.id) - order.indexOf(b.id)),
    commonPath: mostCommon ? { ...mostCommon, ties } : null,
  };
}

/**
 * The wrong options and choices a large share of the class picked: at least two people and a
 * quarter of those who answered, biggest share first.
 */
export function commonMistakes(items: readonly ItemAnalysis[], limit = 3): CommonMistake[] {
  const found: CommonMistake[] = [];
  for (const item of items) {
    if (item.answered === 0) continue;
    const worst = item.choices
      .filter((c) => !c.best)
      .sort((a, b) => b.count - a.count || a.index - b.index)[0];
    if (!worst || worst.count < 2 || worst.count / item.answered < 0.25) continue;
    found.push({
      item: item.id,
      choice: worst.index,
      count: worst.count,
      share: worst.count / item.answered,
    });
  }
  return found.sort((a, b) => b.share - a.share || b.count - a.count).slice(0, limit);
}

/** Flagged rows, the most telling flag first, then the lower facility. */
export function itemsToReview(items: readonly ItemAnalysis[]): ItemAnalysis[] {
  const rank = (item: ItemAnalysis) =>
    Math.min(...item.flags.map((f) => flagOrder.indexOf(f.kind)));
  return items
    .filter((item) => item.flags.length > 0)
    .sort((a, b) => rank(a) - rank(b) || (a.facility ?? 0) - (b.facility ?? 0));
}

/**
 * Item analysis of one assignment's counted codes (one per trainee). Codes on the page's
 * content version are read together; from a recorded older version, the questions and drills
 * unchanged since join them and the rest are analysed per version; an unknown version is
 * analysed on its own.
 */
export function analyseGroup(
  group: AssignmentGroup,
  content: ScoringContent,
  ledger: VersionLedger,
): GroupAnalysis {
  const defs = itemDefs(group, content);
  const defsById = new Map(defs.map((def) => [def.id, def]));
  const sources = [...group.assignment.questions, ...group.assignment.drills];
  const counted = group.rows.map((row) => row.counted);
  const standing = new Map<string, Map<string, ReturnType<typeof itemStanding>>>();
  const standingOf = (version: string, source: string) => {
    let known = standing.get(version);
    if (!known) {
      known = new Map(sources.map((s) => [s, itemStanding(ledger, version, s)]));
      standing.set(version, known);
    }
    return known.get(source) ?? itemStanding(ledger, version, source);
  };
  const joins = (version: string) => (source: string) => standingOf(version, source) !== 'separate';

  const mainLearners: Learner[] = [];
  const byVersion = new Map<string, { total: number; responses: Map<string, Response> }[]>();
  for (const code of counted) {
    const { contentVersion } = code.submission;
    const responses = responsesOf(code, content, defsById);
    const total = code.score.percent;
    if (contentVersion === ledger.current) {
      mainLearners.push({ total, responses });
      continue;
    }
    const list = byVersion.get(contentVersion);
    if (list) list.push({ total, responses });
    else byVersion.set(contentVersion, [{ total, responses }]);
    if (sources.some(joins(contentVersion)))
      mainLearners.push({ total, responses: filtered(responses, defs, joins(contentVersion)) });
  }
  const main = analyseCohort(mainLearners, defs);

  const versions = [...byVersion.entries()]
    .map(([version, codes]): VersionCohort => {
      const separate = (source: string) => standingOf(version, source) === 'separate';
      const learners = codes.map(({ total, responses }) => ({
        total,
        responses: filtered(responses, defs, separate),
      }));
      return {
        version,
        known: version in ledger.changedSince,
        codes: codes.length,
        mapped: sources.filter((s) => !separate(s)),
        separate: analyseCohort(
          learners,
          defs.filter((d) => separate(d.source)),
        ),
      };
    })
    .sort((a, b) => b.codes - a.codes || (a.version < b.version ? -1 : 1));

  const paths = group.assignment.drills.flatMap((drill) => {
    const scenario = content.drills[drill];
    if (!scenario) return [];
    const codes = counted.filter((c) => joins(c.submission.contentVersion)(drill));
    return [drillPaths(drill, scenario, codes)];
  });

  return {
    main,
    versions,
    paths,
    mistakes: commonMistakes(main.items),
    review: itemsToReview(main.items),
  };
}
