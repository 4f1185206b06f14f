import type { CollectionEntry } from 'astro:content';
import {
  versionLedger,
  type RecordedVersion,
  type VersionLedger,
} from '../lib/assignment/item-versions';
import { shortText, type ItemLabel, type ReportLabels } from '../lib/assignment/report-labels';
import { buildScoringContent, type ScoringContent } from '../lib/assignment/scoring-content';
import { scenarioOf } from '../lib/drill/engine';
import type { Question } from '../schemas/question';
import { getCatalog, hrefOf } from './catalog';

/** A question a trainer can assign, with what the builder filters on. */
export interface AssignableQuestion {
  question: Question;
  set: CollectionEntry<'questions'>;
  modules: string[];
  incidents: string[];
}

/** A drill a trainer can assign, with what the builder filters on. */
export interface AssignableDrill {
  entry: CollectionEntry<'drills'>;
  modules: string[];
  incidents: string[];
}

/** What the trainer pages need to know about the assignable content, built once per build. */
export interface Assignables {
  questions: AssignableQuestion[];
  drills: AssignableDrill[];
  /** Question sets in reading order. */
  sets: CollectionEntry<'questions'>[];
  modules: CollectionEntry<'modules'>[];
  /** Incidents some drill or question set is about, in reading order. */
  incidents: CollectionEntry<'incidents'>[];
  /** Answer keys, drill graphs and the content version. */
  scoring: ScoringContent;
  /** A label, a link and shortened option and choice words for every item, for the class report. */
  labels: ReportLabels;
  /** Which items changed since each recorded content version (src/data/content-versions). */
  ledger: VersionLedger;
}

// One JSON file per content version that may have reached trainees (npm run content:record).
const recordedVersions = Object.values(
  import.meta.glob<RecordedVersion>('./content-versions/*.json', {
    eager: true,
    import: 'default',
  }),
);

function questionLabel(question: Question, href: string): ItemLabel {
  const label: ItemLabel = { label: question.prompt, href };
  if (question.type === 'single' || question.type === 'multiple')
    label.options = question.options.map((o) => shortText(o.text));
  else if (question.type === 'ordering') label.parts = question.items.map((i) => shortText(i));
  else label.parts = question.items.map((i) => shortText(i.text));
  return label;
}

function drillLabel(entry: CollectionEntry<'drills'>): ItemLabel {
  const { title, nodes, endings } = entry.data;
  return {
    label: title,
    href: hrefOf(entry),
    nodes: Object.fromEntries(
      nodes.map((node) => [
        node.id,
        {
          label: shortText(`${node.speaker}：${node.says}`),
          choices: node.choices.map((c) => shortText(c.text)),
        },
      ]),
    ),
    endings: Object.fromEntries(endings.map((e) => [e.id, { title: e.title, outcome: e.outcome }])),
  };
}

async function load(): Promise<Assignables> {
  const catalog = await getCatalog();
  const modules = catalog.list('modules');
  const sets = catalog.list('questions');
  const questions = sets.flatMap((set) =>
    set.data.questions.map((question) => ({
      question,
      set,
      modules: set.data.modules,
      incidents: set.data.incidents,
    })),
  );
  const drills = catalog.list('drills').map((entry) => ({
    entry,
    modules: modules.filter((m) => m.data.drills.includes(entry.id)).map((m) => m.id),
    incidents: entry.data.incident ? [entry.data.incident] : [],
  }));
  const used = new Set([...questions, ...drills].flatMap((item) => item.incidents));
  const labels: ReportLabels = {};
  for (const { question, set } of questions)
    labels[question.id] = questionLabel(question, hrefOf(set));
  for (const { entry } of drills) labels[entry.id] = drillLabel(entry);
  const scoring = buildScoringContent(
    questions.map((q) => q.question),
    drills.map(({ entry }) => ({ id: entry.id, scenario: scenarioOf(entry.data) })),
  );
  return {
    questions,
    drills,
    sets,
    modules,
    incidents: catalog.list('incidents').filter((i) => used.has(i.id)),
    scoring,
    labels,
    ledger: versionLedger(scoring, recordedVersions),
  };
}

let assignables: Promise<Assignables> | undefined;

/** The assignable content; loaded on first use, shared by every trainer page of the build. */
export function getAssignables(): Promise<Assignables> {
  assignables ??= load();
  return assignables;
}
