// The search evaluation set (tests/fixtures/search-eval.yaml) and its measures: top-1, top-3
// and mean reciprocal rank per kind of query. Shared by npm run bench:search, which searches
// the built site in a browser, and the unit test, which ranks in Node.

/** How a query is written; the evaluation reports each kind on its own. */
export const evalKinds = [
  'phrase',
  'question',
  'slip',
  'traditional',
  'abbreviation',
  'exact',
] as const;
export type EvalKind = (typeof evalKinds)[number];

/** Chinese names of the kinds, for printed reports. */
export const evalKindLabel: Record<EvalKind, string> = {
  phrase: '短语',
  question: '整句',
  slip: '错字',
  traditional: '繁体',
  abbreviation: '缩写与简称',
  exact: '手册原词',
};

/** One query of the set and the pages that answer it. */
export interface EvalQuery {
  q: string;
  /** Entry ids; any of them at a rank counts as a hit there. */
  expect: string[];
  kind: EvalKind;
  /** 1: written while the search was built; 2: written afterwards, never tuned for. */
  round: number;
}

/**
 * Reads the parsed YAML of the set; throws naming the item and the field when one is malformed,
 * and when a query appears twice.
 */
export function parseEvalSet(data: unknown): EvalQuery[] {
  if (!Array.isArray(data)) throw new Error('search eval: the file must be a YAML list of queries');
  const seen = new Set<string>();
  return data.map((item: unknown, at) => {
    const where = `search eval item ${at + 1}`;
    if (typeof item !== 'object' || item === null) throw new Error(`${where}: not a mapping`);
    const { q, expect, kind, round } = item as Record<string, unknown>;
    if (typeof q !== 'string' || q.trim() === '')
      throw new Error(`${where}: q must be the query text`);
    const ids = typeof expect === 'string' ? [expect] : expect;
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
      throw new Error(`${where} (${q}): expect must be an entry id or a list of ids`);
    }
    if (!evalKinds.includes(kind as EvalKind)) {
      throw new Error(
        `${where} (${q}): kind "${String(kind)}" is not one of ${evalKinds.join(', ')}`,
      );
    }
    if (round !== 1 && round !== 2) throw new Error(`${where} (${q}): round must be 1 or 2`);
    if (seen.has(q)) throw new Error(`${where}: the query "${q}" is already in the set`);
    seen.add(q);
    return { q, expect: ids as string[], kind: kind as EvalKind, round };
  });
}

/** The 1-based rank of the first expected page in a ranked list of entry ids, or 0 if absent. */
export function rankOf(query: Pick<EvalQuery, 'expect'>, ranked: readonly string[]): number {
  const at = ranked.findIndex((id) => query.expect.includes(id));
  return at + 1;
}

export interface EvalScore {
  count: number;
  top1: number;
  top3: number;
  /** Mean reciprocal rank: 1 for first, 1/2 for second …, 0 when missing. */
  mrr: number;
}

/** Top-1, top-3 and MRR (shares between 0 and 1) over a list of ranks (0 = not found). */
export function scoreRanks(ranks: readonly number[]): EvalScore {
  const count = ranks.length;
  if (count === 0) return { count, top1: 0, top3: 0, mrr: 0 };
  return {
    count,
    top1: ranks.filter((r) => r === 1).length / count,
    top3: ranks.filter((r) => r >= 1 && r <= 3).length / count,
    mrr: ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / count,
  };
}
