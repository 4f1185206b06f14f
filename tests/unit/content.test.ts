import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { checkReferences } from '../../src/lib/content/check-references';
import type { CollectionName } from '../../src/lib/content/collections';
import { referencesOf } from '../../src/lib/content/reference-fields';
import { caseSchema } from '../../src/schemas/case';
import { drillSchema } from '../../src/schemas/drill';
import { formSchema } from '../../src/schemas/form';
import { glossarySchema } from '../../src/schemas/glossary';
import { incidentSchema } from '../../src/schemas/incident';
import { lawSchema } from '../../src/schemas/law';
import { moduleSchema } from '../../src/schemas/module';
import { procedureSchema } from '../../src/schemas/procedure';
import { questionSetSchema } from '../../src/schemas/question';
import { checkDrillGraph, checkQuestionIds } from '../../src/lib/content/check-drill';
import type { DrillGraph } from '../../src/lib/content/check-drill';
import { strategySchema } from '../../src/schemas/strategy';
import { loadContent } from '../support/load-content';

const schemas: Record<CollectionName, z.ZodType> = {
  incidents: incidentSchema,
  procedures: procedureSchema,
  strategies: strategySchema,
  cases: caseSchema,
  forms: formSchema,
  glossary: glossarySchema,
  laws: lawSchema,
  modules: moduleSchema,
  drills: drillSchema,
  questions: questionSetSchema,
};

const entries = loadContent();
const parsed = entries.map((entry) => ({
  ...entry,
  result: schemas[entry.collection].safeParse(entry.data),
}));

describe('the playbook content', () => {
  it('matches its schema in every file', () => {
    const failures = parsed
      .filter((e) => !e.result.success)
      .map(
        (e) =>
          `${e.file}: ${e.result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    expect(failures).toEqual([]);
  });

  it('has no duplicate, dangling or misdirected reference', () => {
    const records = entries.map((e) => ({
      collection: e.collection,
      id: e.id,
      file: e.file,
      references: referencesOf(e.collection, e.data),
    }));
    expect(checkReferences(records).map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('has drills whose every node is reachable and leads to an ending', () => {
    const problems = entries
      .filter((e) => e.collection === 'drills')
      .flatMap((e) => checkDrillGraph(e.file, e.data as unknown as DrillGraph));
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('has question ids unique across all sets', () => {
    const sets = entries
      .filter((e) => e.collection === 'questions')
      .map((e) => ({
        file: e.file,
        questions: (e.data.questions as { id: string }[] | undefined) ?? [],
      }));
    expect(checkQuestionIds(sets).map((p) => p.message)).toEqual([]);
  });

  it('gives every incident at least three aliases', () => {
    const few = entries
      .filter((e) => e.collection === 'incidents')
      .filter((e) => !Array.isArray(e.data.aliases) || e.data.aliases.length < 3)
      .map((e) => e.file);
    expect(few).toEqual([]);
  });

  it('links every case to at least one rule', () => {
    const unlinked = entries
      .filter((e) => e.collection === 'cases')
      .filter((e) => !Array.isArray(e.data.illustrates) || e.data.illustrates.length === 0)
      .map((e) => e.file);
    expect(unlinked).toEqual([]);
  });

  it('uses every glossary term on some other page', () => {
    const pages = entries.filter((e) => e.collection !== 'glossary');
    const text = pages.map((e) => JSON.stringify(e.data) + e.body).join('\n');
    const unused = entries
      .filter((e) => e.collection === 'glossary')
      .filter((term) => {
        const names = [term.data.title, ...((term.data.aliases as string[] | undefined) ?? [])];
        return !names.some((name) => typeof name === 'string' && text.includes(name));
      })
      .map((e) => `${e.file} (${String(e.data.title)})`);
    expect(unused).toEqual([]);
  });
});
