import type { ContentProblem } from './check-references';

/** The shape of a drill the graph check needs; the schema has already checked the fields. */
export interface DrillGraph {
  start: string;
  nodes: { id: string; choices: { next: string }[] }[];
  endings: { id: string }[];
}

/**
 * Finds what would strand a learner: duplicate node ids, a missing start, choices pointing at
 * missing nodes, nodes the start never reaches, loops, and nodes from which no ending is reachable.
 */
export function checkDrillGraph(file: string, drill: DrillGraph): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, value: string, message: string) =>
    problems.push({ file, field, value, message });

  const kinds = new Map<string, 'node' | 'ending'>();
  drill.nodes.forEach((node, i) => {
    if (kinds.has(node.id)) problem(`nodes[${i}].id`, node.id, `节点 id "${node.id}" 重复。修正：给每个节点和结局起不同的 id。`);
    kinds.set(node.id, 'node');
  });
  drill.endings.forEach((ending, i) => {
    if (kinds.has(ending.id)) problem(`endings[${i}].id`, ending.id, `结局 id "${ending.id}" 与已有节点或结局重复。修正：换一个 id。`);
    kinds.set(ending.id, 'ending');
  });
  if (kinds.get(drill.start) !== 'node') {
    problem('start', drill.start, `start 指向的 "${drill.start}" 不是一个决策点。修正：写成 nodes 里第一个决策点的 id（例如 ${drill.nodes[0]?.id ?? 'n1'}）。`);
    return problems;
  }

  const byId = new Map(drill.nodes.map((node) => [node.id, node]));
  drill.nodes.forEach((node, i) =>
    node.choices.forEach((choice, j) => {
      if (!kinds.has(choice.next)) {
        problem(
          `nodes[${i}].choices[${j}].next`,
          choice.next,
          `节点 "${node.id}" 的第 ${j + 1} 个选项指向不存在的 "${choice.next}"。修正：改成已有的节点或结局 id（${[...kinds.keys()].join('、')}）。`,
        );
      }
    }),
  );

  // Depth-first walk from the start: reachability and loops in one pass.
  const state = new Map<string, 'open' | 'done'>();
  const reachesEnding = new Map<string, boolean>();
  const visit = (id: string, path: string[]): boolean => {
    if (kinds.get(id) === 'ending') {
      state.set(id, 'done');
      return true;
    }
    const node = byId.get(id);
    if (!node) return false;
    if (state.get(id) === 'open') {
      const at = drill.nodes.indexOf(node);
      problem(`nodes[${at}]`, id, `节点 "${id}" 形成循环（${[...path.slice(path.indexOf(id)), id].join(' → ')}）。修正：让剧情只向前推进，最终走到某个结局。`);
      return false;
    }
    if (state.get(id) === 'done') return reachesEnding.get(id) ?? false;
    state.set(id, 'open');
    let ends = false;
    for (const choice of node.choices) ends = visit(choice.next, [...path, id]) || ends;
    state.set(id, 'done');
    reachesEnding.set(id, ends);
    return ends;
  };
  visit(drill.start, []);

  drill.nodes.forEach((node, i) => {
    if (!state.has(node.id)) {
      problem(`nodes[${i}]`, node.id, `节点 "${node.id}" 从 start 出发走不到。修正：让某个选项的 next 指向它，或删除这个节点。`);
    } else if (reachesEnding.get(node.id) === false) {
      problem(`nodes[${i}]`, node.id, `从节点 "${node.id}" 出发到不了任何结局。修正：让它的选项最终指向 endings 里的某个结局。`);
    }
  });
  drill.endings.forEach((ending, i) => {
    if (!state.has(ending.id)) {
      problem(`endings[${i}]`, ending.id, `结局 "${ending.id}" 没有任何路径能到达。修正：让某个选项的 next 指向它，或删除它。`);
    }
  });
  return problems;
}

/** Question ids must be unique across every question set. */
export function checkQuestionIds(sets: { file: string; questions: { id: string }[] }[]): ContentProblem[] {
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
