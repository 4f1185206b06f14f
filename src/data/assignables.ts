import type { CollectionEntry } from 'astro:content';
import { buildScoringContent, type ScoringContent } from '../lib/assignment/scoring-content';
import { scenarioOf } from '../lib/quiz/scenario';
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
  /** A short label and a link for every item, for the class report. */
  labels: Record<string, { label: string; href: string }>;
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
  const labels: Assignables['labels'] = {};
  for (const { question, set } of questions)
    labels[question.id] = { label: question.prompt, href: hrefOf(set) };
  for (const { entry } of drills)
    labels[entry.id] = { label: entry.data.title, href: hrefOf(entry) };
  return {
    questions,
    drills,
    sets,
    modules,
    incidents: catalog.list('incidents').filter((i) => used.has(i.id)),
    scoring: buildScoringContent(
      questions.map((q) => q.question),
      drills.map(({ entry }) => ({ id: entry.id, scenario: scenarioOf(entry.data) })),
    ),
    labels,
  };
}

let assignables: Promise<Assignables> | undefined;

/** The assignable content; loaded on first use, shared by every trainer page of the build. */
export function getAssignables(): Promise<Assignables> {
  assignables ??= load();
  return assignables;
}
