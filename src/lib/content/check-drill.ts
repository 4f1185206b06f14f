import { branchIndexOf, clampMeter, type ScenarioBranch } from '../drill/engine';
import type { ContentProblem } from './check-references';

/** The shape of a drill the graph check needs; the schema has already checked the fields. */
export interface DrillGraph {
  start: string;
  /** The meter's start value (0–100); branches depend on it. */
  meter?: { start: number };
  nodes: {
    id: string;
    choices: {
      next: string;
      meter?: number;
      branches?: { meterAtLeast?: number; meterAtMost?: number; next: string }[];
    }[];
  }[];
  endings: { id: string }[];
}

const branchOf = (b: {
  meterAtLeast?: number;
  meterAtMost?: number;
  next: string;
}): ScenarioBranch => {
  const branch: ScenarioBranch = { next: b.next };
  if (b.meterAtLeast !== undefined) branch.min = b.meterAtLeast;
  if (b.meterAtMost !== undefined) branch.max = b.meterAtMost;
  return branch;
};

/** "30–45" for a sorted list of meter values, or "30" for one. */
function rangeText(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first === last ? `${first}` : `${first}–${last}`;
}

/**
 * Finds what would strand a learner: duplicate node ids, a missing start, choices or branches
 * pointing at missing nodes, nodes the start never reaches, loops, nodes from which no ending is
 * reachable, and branches that can never be taken. Because a choice's next node may depend on
 * the meter, the walk is over (node, meter) states: every meter value a play can really carry.
 */
export function checkDrillGraph(file: string, drill: DrillGraph): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, value: string, message: string) =>
    problems.push({ file, field, value, message });

  const kinds = new Map<string, 'node' | 'ending'>();
  drill.nodes.forEach((node, i) => {
    if (kinds.has(node.id))
      problem(
        `nodes[${i}].id`,
        node.id,
        `节点 id "${node.id}" 重复。修正：给每个节点和结局起不同的 id。`,
      );
    kinds.set(node.id, 'node');
  });
  drill.endings.forEach((ending, i) => {
    if (kinds.has(ending.id))
      problem(
        `endings[${i}].id`,
        ending.id,
        `结局 id "${ending.id}" 与已有节点或结局重复。修正：换一个 id。`,
      );
    kinds.set(ending.id, 'ending');
  });
  if (kinds.get(drill.start) !== 'node') {
    problem(
      'start',
      drill.start,
      `start 指向的 "${drill.start}" 不是一个决策点。修正：写成 nodes 里第一个决策点的 id（例如 ${drill.nodes[0]?.id ?? 'n1'}）。`,
    );
    return problems;
  }

  const known = [...kinds.keys()].join('、');
  drill.nodes.forEach((node, i) =>
    node.choices.forEach((choice, j) => {
      if (!kinds.has(choice.next)) {
        problem(
          `nodes[${i}].choices[${j}].next`,
          choice.next,
          `节点 "${node.id}" 的第 ${j + 1} 个选项指向不存在的 "${choice.next}"。修正：改成已有的节点或结局 id（${known}）。`,
        );
      }
      choice.branches?.forEach((branch, k) => {
        if (!kinds.has(branch.next)) {
          problem(
            `nodes[${i}].choices[${j}].branches[${k}].next`,
            branch.next,
            `节点 "${node.id}" 第 ${j + 1} 个选项的第 ${k + 1} 个分支指向不存在的 "${branch.next}"。修正：改成已有的节点或结局 id（${known}）。`,
          );
        }
      });
    }),
  );
  if (problems.length > 0) return problems;

  const byId = new Map(drill.nodes.map((node) => [node.id, node]));
  const branchesOf = drill.nodes.map((node) => node.choices.map((c) => c.branches?.map(branchOf)));
  const indexOf = new Map(drill.nodes.map((node, i) => [node.id, i]));
  /** Which branches some reachable state takes, as "node/choice/branch". */
  const taken = new Set<string>();
  /** The meter values each node is reached with. */
  const metersAt = new Map<string, Set<number>>();

  const key = (id: string, meter: number) => `${id}@${meter}`;
  const state = new Map<string, 'open' | 'done'>();
  const reachesEnding = new Map<string, boolean>();
  const deadMeters = new Map<string, number[]>();
  const loops = new Set<string>();

  // Depth-first walk over (node, meter) states: reachability, loops and dead ends in one pass.
  const visit = (id: string, meter: number, path: string[]): boolean => {
    if (kinds.get(id) === 'ending') {
      state.set(id, 'done');
      return true;
    }
    const node = byId.get(id);
    if (!node) return false;
    const k = key(id, meter);
    if (state.get(k) === 'open') {
      if (!loops.has(id)) {
        loops.add(id);
        problem(
          `nodes[${indexOf.get(id)}]`,
          id,
          `节点 "${id}" 形成循环（${[...path.slice(path.indexOf(id)), id].join(' → ')}）。修正：让剧情只向前推进，最终走到某个结局。`,
        );
      }
      return false;
    }
    if (state.get(k) === 'done') return reachesEnding.get(k) ?? false;
    state.set(k, 'open');
    let values = metersAt.get(id);
    if (!values) metersAt.set(id, (values = new Set()));
    values.add(meter);
    const i = indexOf.get(id) ?? 0;
    let ends = false;
    node.choices.forEach((choice, j) => {
      const after = clampMeter(meter + (choice.meter ?? 0));
      const branches = branchesOf[i]?.[j];
      const b = branches ? branchIndexOf({ branches }, after) : -1;
      if (b >= 0) taken.add(`${i}/${j}/${b}`);
      const next = branches?.[b]?.next ?? choice.next;
      ends = visit(next, after, [...path, id]) || ends;
    });
    state.set(k, 'done');
    reachesEnding.set(k, ends);
    if (!ends) deadMeters.set(id, [...(deadMeters.get(id) ?? []), meter]);
    return ends;
  };
  visit(drill.start, clampMeter(drill.meter?.start ?? 0), []);

  drill.nodes.forEach((node, i) => {
    if (!metersAt.has(node.id)) {
      problem(
        `nodes[${i}]`,
        node.id,
        `节点 "${node.id}" 从 start 出发走不到（也考虑了紧张度分支）。修正：让某个选项的 next 或分支指向它，或删除这个节点。`,
      );
    } else if (deadMeters.has(node.id) && !loops.has(node.id)) {
      problem(
        `nodes[${i}]`,
        node.id,
        `从节点 "${node.id}" 出发到不了任何结局（仪表为 ${rangeText(deadMeters.get(node.id) ?? [])} 时）。修正：让它的选项最终指向 endings 里的某个结局。`,
      );
    }
    node.choices.forEach((choice, j) =>
      choice.branches?.forEach((branch, k) => {
        if (metersAt.has(node.id) && !taken.has(`${i}/${j}/${k}`)) {
          problem(
            `nodes[${i}].choices[${j}].branches[${k}]`,
            branch.next,
            `节点 "${node.id}" 第 ${j + 1} 个选项的第 ${k + 1} 个分支永远不会触发：到达这里时仪表只会是 ${rangeText([...(metersAt.get(node.id) ?? [])])}，选完后不会落在这个范围（或前面的分支先命中）。修正：调整 meterAtLeast/meterAtMost 或选项的 meter，或删除这个分支。`,
          );
        }
      }),
    );
  });
  drill.endings.forEach((ending, i) => {
    if (!state.has(ending.id)) {
      problem(
        `endings[${i}]`,
        ending.id,
        `结局 "${ending.id}" 没有任何路径能到达。修正：让某个选项的 next 或分支指向它，或删除它。`,
      );
    }
  });
  return problems;
}

/** Question ids must be unique across every question set. */
export function checkQuestionIds(
  sets: { file: string; questions: { id: string }[] }[],
): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const set of sets) {
    set.questions.forEach((question, i) => {
      const first = seen.get(question.id);
      if (first) {
        problems.push({
          file: set.file,
          field: `questions[${i}].id`,
          value: question.id,
          message: `题目 id "${question.id}" 重复：${first} 已经用过。修正：换一个全站唯一的题目 id。`,
        });
      } else seen.set(question.id, set.file);
    });
  }
  return problems;
}
