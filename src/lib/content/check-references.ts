import { collectionFileHint, type CollectionName } from './collections';
import type { Reference } from './reference-fields';

/** What the checker needs to know of one entry. */
export interface EntryRecord {
  collection: CollectionName;
  id: string;
  /** Path of the entry's file, relative to the project root. */
  file: string;
  references: Reference[];
}

/** One thing wrong with the content, worded for the person who must fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  value: string;
  message: string;
}

/** Levenshtein distance, to suggest the id an author probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function closest(value: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(value.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(value, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * Finds duplicate ids, ids that name no entry, and ids that name an entry of a collection the
 * field does not accept. Ids are unique across the whole site, so `related` needs no prefix.
 */
export function checkReferences(entries: EntryRecord[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map<string, EntryRecord>();
  for (const entry of entries) {
    const first = byId.get(entry.id);
    if (first) {
      problems.push({
        file: entry.file,
        field: 'id（文件名）',
        value: entry.id,
        message: `id "${entry.id}" 重复：${first.file}（${first.collection}）已经使用了这个 id。修正：把 ${entry.file} 改名为一个全站唯一的 id。`,
      });
      continue;
    }
    byId.set(entry.id, entry);
  }

  for (const entry of entries) {
    for (const ref of entry.references) {
      const target = byId.get(ref.value);
      const accepted = ref.accepts.join(' / ');
      if (!target) {
        const candidates = entries
          .filter((e) => ref.accepts.includes(e.collection))
          .map((e) => e.id);
        const guess = closest(ref.value, candidates);
        const create =
          ref.accepts.length === 1
            ? collectionFileHint[ref.accepts[0]!].replace('<id>', ref.value)
            : `src/content/<栏目>/${ref.value}.*`;
        problems.push({
          file: entry.file,
          field: ref.field,
          value: ref.value,
          message:
            `${ref.field} 引用了不存在的 id "${ref.value}"。修正：` +
            (guess ? `是不是想写 "${guess}"？` : '') +
            `改成已有的 ${accepted} 条目 id，或新建 ${create}。`,
        });
      } else if (!ref.accepts.includes(target.collection)) {
        problems.push({
          file: entry.file,
          field: ref.field,
          value: ref.value,
          message: `${ref.field} 只能引用 ${accepted} 的条目，但 "${ref.value}" 是 ${target.collection} 的条目（${target.file}）。修正：把它移到合适的字段（例如 related），或换成一个 ${accepted} 条目的 id。`,
        });
      }
    }
  }
  return problems;
}

/** The build error text: one block per problem, naming file, field, value and fix. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map(
    (p) => `  • ${p.file}\n    字段 ${p.field}，值 "${p.value}"\n    ${p.message}`,
  );
  return `内容校验失败，共 ${problems.length} 处问题：\n${lines.join('\n')}`;
}
