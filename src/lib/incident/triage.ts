import type { ContentProblem } from '../content/check-references';

/** One answer of a triage question: it leads either to another question or to an incident card. */
export interface TriageAnswer {
  label: string;
  /** Id of the next question. */
  next?: string;
  /** Id of the incident (file name in src/content/incidents). */
  incident?: string;
}

/** One question of the 不确定是哪类 path. */
export interface TriageQuestion {
  id: string;
  prompt: string;
  answers: TriageAnswer[];
}

/** The whole question path: where it starts and every question. */
export interface TriageTree {
  start: string;
  questions: TriageQuestion[];
}

const file = 'src/config/triage.ts';

/**
 * Finds what would leave a person stuck on the question path: unknown question ids, answers that
 * lead nowhere or two ways, loops and unreachable questions; given the incident ids, also unknown
 * incidents and incidents that no answer leads to.
 */
export function checkTriage(tree: TriageTree, incidentIds?: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map<string, TriageQuestion>();
  for (const question of tree.questions) {
    if (byId.has(question.id)) {
      problems.push({
        file,
        field: 'questions[].id',
        value: question.id,
        message: '问题 id 重复：每个问题的 id 必须不同。',
      });
    }
    byId.set(question.id, question);
  }
  if (!byId.has(tree.start)) {
    problems.push({
      file,
      field: 'start',
      value: tree.start,
      message: `没有这个问题；start 应是某个问题的 id：${[...byId.keys()].join(', ')}`,
    });
  }

  const known = new Set(incidentIds ?? []);
  const reachedIncidents = new Set<string>();
  for (const question of tree.questions) {
    if (question.answers.length < 2) {
      problems.push({
        file,
        field: `问题 ${question.id} 的 answers`,
        value: String(question.answers.length),
        message: '每个问题至少要有 2 个答案。',
      });
    }
    for (const answer of question.answers) {
      const field = `问题 ${question.id} 的答案“${answer.label}”`;
      if ((answer.next === undefined) === (answer.incident === undefined)) {
        problems.push({
          file,
          field,
          value: answer.label,
          message: '每个答案只能二选一：用 next 指向下一个问题，或用 incident 指向一张事件卡片。',
        });
      }
      if (answer.next !== undefined && !byId.has(answer.next)) {
        problems.push({
          file,
          field: `${field} 的 next`,
          value: answer.next,
          message: `没有这个问题；可用的问题 id：${[...byId.keys()].join(', ')}`,
        });
      }
      if (answer.incident !== undefined && incidentIds) {
        if (known.has(answer.incident)) reachedIncidents.add(answer.incident);
        else {
          problems.push({
            file,
            field: `${field} 的 incident`,
            value: answer.incident,
            message: `src/content/incidents 里没有这个事件；可用的 id：${incidentIds.join(', ')}`,
          });
        }
      }
    }
  }

  // Walk from the start: every question must be reachable, and no path may come back on itself.
  const reached = new Set<string>();
  const walk = (id: string, path: string[]) => {
    if (path.includes(id)) {
      problems.push({
        file,
        field: 'next',
        value: [...path, id].join(' → '),
        message: '问题之间形成了循环，回答者会一直绕圈；改掉其中一个 next。',
      });
      return;
    }
    const question = byId.get(id);
    if (!question) return;
    const firstVisit = !reached.has(id);
    reached.add(id);
    if (!firstVisit) return;
    for (const answer of question.answers) if (answer.next) walk(answer.next, [...path, id]);
  };
  walk(tree.start, []);
  for (const id of byId.keys()) {
    if (!reached.has(id))
      problems.push({
        file,
        field: 'questions[].id',
        value: id,
        message: '从 start 出发走不到这个问题；删掉它，或让某个答案的 next 指向它。',
      });
  }
  for (const id of incidentIds ?? []) {
    if (!reachedIncidents.has(id)) {
      problems.push({
        file,
        field: 'incident',
        value: id,
        message: '没有任何答案通向这个事件；给某个问题加一个答案，incident 写这个 id。',
      });
    }
  }
  return problems;
}

/**
 * The path as far as this site's content goes: answers to incidents that do not exist are left
 * out, then questions left without answers and the answers leading to them, and questions no
 * longer reachable. (Builds from other content, such as the test fixtures, rely on this; the real
 * content is checked in full by checkTriage in the unit tests.)
 */
export function pruneTriage(tree: TriageTree, incidentIds: readonly string[]): TriageTree {
  const known = new Set(incidentIds);
  let questions = tree.questions.map((q) => ({
    ...q,
    answers: q.answers.filter((a) => a.incident === undefined || known.has(a.incident)),
  }));
  for (let changed = true; changed;) {
    const live = new Set(questions.filter((q) => q.answers.length > 0).map((q) => q.id));
    const next = questions.map((q) => ({
      ...q,
      answers: q.answers.filter((a) => a.next === undefined || live.has(a.next)),
    }));
    changed = next.some((q, i) => q.answers.length !== questions[i]?.answers.length);
    questions = next;
  }
  const byId = new Map(questions.map((q) => [q.id, q]));
  const reached = new Set<string>();
  const walk = (id: string) => {
    const question = byId.get(id);
    if (!question || question.answers.length === 0 || reached.has(id)) return;
    reached.add(id);
    for (const answer of question.answers) if (answer.next) walk(answer.next);
  };
  walk(tree.start);
  return { start: tree.start, questions: questions.filter((q) => reached.has(q.id)) };
}
