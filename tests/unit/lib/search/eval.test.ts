import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { searchWords } from '../../../../src/config/search-words';
import { createSearch } from '../../../../src/lib/search/engine';
import { evalKinds, parseEvalSet, rankOf, scoreRanks } from '../../../../src/lib/search/evaluate';
import { toSimplified } from '../../../../src/lib/search/simplified';
import { contentCatalog } from '../../../support/search-catalog';

// The evaluation set, ranked in Node over a catalog built from the content files: the same
// engine the browser runs, with the exact search done on the same texts. No timing here;
// npm run bench:search measures the built site.
const set = parseEvalSet(parseYaml(readFileSync('tests/fixtures/search-eval.yaml', 'utf8')));
const { catalog, texts } = contentCatalog();
const search = createSearch({
  catalog,
  words: searchWords,
  toSimplified,
  exactSearch: async (text) =>
    new Set([...texts].filter(([, body]) => body.toLowerCase().includes(text)).map(([id]) => id)),
  loadFuzzy: () => import('../../../../src/lib/search/fuzzy'),
});

const ranked = await Promise.all(
  set.map(async (query) => {
    const outcome = await search(query.q);
    return {
      query,
      outcome,
      rank: rankOf(
        query,
        outcome.hits.map((h) => h.page.id),
      ),
    };
  }),
);

describe('the search evaluation set', () => {
  it('has at least 200 queries of every kind, each expecting pages that exist', () => {
    expect(set.length).toBeGreaterThanOrEqual(200);
    for (const kind of evalKinds)
      expect(set.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
    const unknown = set.flatMap((q) =>
      q.expect.filter((id) => !catalog.byId.has(id)).map((id) => `${q.q}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('puts the expected page in the top three for 95% and first for 80% of the queries', () => {
    const score = scoreRanks(ranked.map((r) => r.rank));
    const misses = ranked
      .filter((r) => r.rank === 0 || r.rank > 3)
      .map(
        (r) =>
          `${r.query.q} → ${r.outcome.hits
            .slice(0, 3)
            .map((h) => h.page.id)
            .join(', ')}`,
      );
    expect(score.top3, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(score.top1).toBeGreaterThanOrEqual(0.8);
  });

  it('reaches the targets on the queries written after the search was built, too', () => {
    const score = scoreRanks(ranked.filter((r) => r.query.round === 2).map((r) => r.rank));
    expect(score.count).toBeGreaterThanOrEqual(60);
    expect(score.top3).toBeGreaterThanOrEqual(0.95);
    expect(score.top1).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the exact-term set', () => {
  // Every glossary term, incident title and alias, as the bench has always measured it.
  const terms = new Set(
    catalog.pages.flatMap((p) => [
      ...(p.collection === 'glossary' || p.collection === 'incidents' ? [p.title] : []),
      ...p.aliases,
    ]),
  );

  it('finds every page whose text contains the term (recall 1.0)', async () => {
    const lost: string[] = [];
    for (const term of terms) {
      const key = term.normalize('NFKC').toLowerCase();
      const truth = [...texts]
        .filter(([, body]) => body.normalize('NFKC').toLowerCase().includes(key))
        .map(([id]) => id);
      const found = new Set((await search(term)).hits.map((h) => h.page.id));
      const missed = truth.filter((id) => !found.has(id));
      if (missed.length > 0) lost.push(`${term}: ${missed.join(', ')}`);
    }
    expect(lost).toEqual([]);
  });

  it('puts the page the term names first (its incident, when an incident has it)', async () => {
    const wrong: string[] = [];
    for (const term of terms) {
      const owners = catalog.pages.filter((p) => p.title === term || p.aliases.includes(term));
      const incidents = owners.filter((p) => p.collection === 'incidents');
      const expected = (incidents.length > 0 ? incidents : owners).map((p) => p.id);
      const first = (await search(term)).hits[0]?.page.id ?? '';
      if (!expected.includes(first)) wrong.push(`${term}: ${first}`);
    }
    expect(wrong).toEqual([]);
  });
});
