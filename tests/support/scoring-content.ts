import { buildScoringContent, type ScoringContent } from '../../src/lib/assignment/scoring-content';
import { scenarioOf } from '../../src/lib/drill/engine';
import { drillSchema, type Drill } from '../../src/schemas/drill';
import { questionSetSchema, type Question, type QuestionSet } from '../../src/schemas/question';
import { loadContent } from './load-content';

/** The site's real drills and question sets, parsed by their schemas. */
export function realContent(): {
  drills: (Drill & { id: string })[];
  sets: (QuestionSet & { id: string })[];
  questions: Question[];
} {
  const entries = loadContent();
  const drills = entries
    .filter((e) => e.collection === 'drills')
    .map((e) => ({ ...drillSchema.parse(e.data), id: e.id }));
  const sets = entries
    .filter((e) => e.collection === 'questions')
    .map((e) => ({ ...questionSetSchema.parse(e.data), id: e.id }));
  return { drills, sets, questions: sets.flatMap((s) => s.questions) };
}

/** The scoring content the pages ship, built from the real content. */
export function realScoringContent(): ScoringContent {
  const { drills, questions } = realContent();
  return buildScoringContent(
    questions,
    drills.map((d) => ({ id: d.id, scenario: scenarioOf(d) })),
  );
}
