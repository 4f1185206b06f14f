import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../../src/lib/assignment/assignment-code';
import { buildClassReport } from '../../../../src/lib/assignment/class-report';
import {
  analyseGroup,
  commonMistakes,
  type ItemAnalysis,
} from '../../../../src/lib/assignment/item-analysis';
import { versionLedger } from '../../../../src/lib/assignment/item-versions';
import {
  encodeResultCode,
  type CodedAnswer,
  type Submission,
} from '../../../../src/lib/assignment/result-code';
import { bestChoice, retrace } from '../../../../src/lib/drill/engine';
import type { AnswerKey } from '../../../../src/lib/quiz/score-question';
import { drillPath } from '../../../support/content-answers';
import { realScoringContent } from '../../../support/scoring-content';

const content = realScoringContent();
const ledger = versionLedger(content, []);
const choiceKey = (id: string) =>
  content.questions[id] as AnswerKey & { type: 'single' | 'multiple' };
const right = (id: string): CodedAnswer => ({
  type: 'single',
  selected: [choiceKey(id).correct.indexOf(true)],
});
const wrong = (id: string): CodedAnswer => ({
  type: 'single',
  selected: [choiceKey(id).correct.indexOf(false)],
});

const assignment: Assignment = {
  title: '逐题分析',
  createdAt: Date.UTC(2025, 2, 8),
  contentVersion: content.version,
  passMark: 60,
  timeLimitMinutes: 0,
  attempts: 0,
  seed: 'S',
  orderPerTrainee: false,
  due: null,
  drillWeight: 5,
  questions: ['risks-01', 'risks-02', 'risks-03'],
  drills: ['drill-double-sold'],
};
const best = drillPath('drill-double-sold', 'best');
const worst = drillPath('drill-double-sold', 'worst');

/**
 * Twelve learners. risks-01: everyone right. risks-02: only learners 0 and 1. risks-03: only the
 * six who play the drill worst (6–11). The drill (weight 5) ranks 0–5 above 6–11, so risks-03
 * is got right by the weak only: discrimination −1.
 */
function learner(n: number, over: Partial<Submission> = {}): Submission {
  return {
    assignment,
    contentVersion: content.version,
    name: `学员${n}`,
    employeeId: `E${String(n).padStart(2, '0')}`,
    attempt: 1,
    startedAt: Date.UTC(2025, 2, 9, 1) + n * 1000,
    finishedAt: Date.UTC(2025, 2, 9, 1, 20) + n * 1000,
    timedOut: false,
    quizSeconds: 300,
    answers: [
      right('risks-01'),
      n < 2 ? right('risks-02') : wrong('risks-02'),
      n >= 6 ? right('risks-03') : wrong('risks-03'),
    ],
    drills: [{ choices: n < 6 ? best.choices : worst.choices, seconds: 200 }],
    ...over,
  };
}
const cohort = Array.from({ length: 12 }, (_, n) => encodeResultCode(learner(n)));
const analyse = (codes: string[], l = ledger) => {
  const group = buildClassReport(codes, content).groups[0];
  if (!group) throw new Error('no group');
  return analyseGroup(group, content, l);
};
const row = (items: ItemAnalysis[], id: string) => {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('analyseGroup', () => {
  const analysis = analyse(cohort);
  const items = analysis.main.items;

  it('has one row per question, then one per decision point of each drill in content order', () => {
    const nodes =
      content.drills['drill-double-sold']?.nodes.map((n) => `drill-double-sold:${n.id}`) ?? [];
    expect(items.map((i) => i.id)).toEqual(['risks-01', 'risks-02', 'risks-03', ...nodes]);
    expect(analysis.main).toMatchObject({ codes: 12, fewCodes: false });
  });

  it('counts each option by its content index and marks the correct ones', () => {
    const q1 = row(items, 'risks-01');
    const correct = choiceKey('risks-01').correct;
    expect(q1.choices.map((c) => c.best)).toEqual(correct);
    expect(q1.choices.map((c) => c.count)).toEqual(correct.map((r) => (r ? 12 : 0)));
    const q2 = row(items, 'risks-02');
    expect(q2.choices[choiceKey('risks-02').correct.indexOf(false)]?.count).toBe(10);
  });

  it('gives facility, discrimination and flags as computed by hand', () => {
    const q1 = row(items, 'risks-01');
    expect(q1).toMatchObject({ answered: 12, facility: 1, discrimination: 0, average: 100 });
    expect(q1.flags.map((f) => f.kind)).toEqual(['unused-distractor', 'too-easy']);

    // Upper group: learners 0 and 1 (both right) and a quarter each of 2–5 (wrong): 2 ÷ 3.
    const q2 = row(items, 'risks-02');
    expect(q2).toMatchObject({ answered: 12, facility: 0.17, discrimination: 0.67 });
    expect(q2.flags.map((f) => f.kind)).toContain('too-hard');

    const q3 = row(items, 'risks-03');
    expect(q3).toMatchObject({ facility: 0.5, discrimination: -1 });
    expect(q3.flags[0]).toEqual({ kind: 'negative-discrimination', discrimination: -1 });
  });

  it('reads decision points through the engine: who reached each and what they chose', () => {
    const scenario = content.drills['drill-double-sold'];
    if (!scenario) throw new Error('no drill');
    const start = row(items, `drill-double-sold:${scenario.start}`);
    const startNode = scenario.nodes.find((n) => n.id === scenario.start);
    const top = bestChoice(startNode?.choices ?? []);
    expect(start.answered).toBe(12);
    expect(start.choices.filter((c) => c.best).map((c) => c.index)).toEqual([top]);
    expect(start.choices[best.choices[0] ?? -1]?.count).toBe(6);
    expect(start.choices[worst.choices[0] ?? -1]?.count).toBe(6);
    expect(start.facility).toBe(0.5);
    // Every node the worst path visits was reached by exactly the six who took it (or twelve if shared).
    const bestNodes = new Set(retrace(scenario, best.choices)?.steps.map((s) => s.node));
    for (const step of retrace(scenario, worst.choices)?.steps ?? []) {
      const point = row(items, `drill-double-sold:${step.node}`);
      expect(point.answered).toBe(bestNodes.has(step.node) ? 12 : 6);
    }
    const reached = new Set([
      ...bestNodes,
      ...(retrace(scenario, worst.choices)?.steps.map((s) => s.node) ?? []),
    ]);
    for (const node of scenario.nodes.filter((n) => !reached.has(n.id)))
      expect(row(items, `drill-double-sold:${node.id}`)).toMatchObject({
        answered: 0,
        facility: null,
        flags: [],
      });
  });

  it('lists the endings reached and the most common path', () => {
    const [paths] = analysis.paths;
    expect(paths).toMatchObject({ drill: 'drill-double-sold', played: 12, unfinished: 0 });
    expect(paths?.endings.map((e) => [e.id, e.count]).sort()).toEqual(
      [
        [best.ending, 6],
        [worst.ending, 6],
      ].sort(),
    );
    expect(paths?.commonPath?.count).toBe(6);
    // The best and the worst path were taken by six each: the other one is a tie.
    expect(paths?.commonPath?.ties).toBe(1);
    expect(paths?.commonPath?.steps.map((s) => s.choice)).toEqual(
      paths?.commonPath?.ending === best.ending ? best.choices : worst.choices,
    );
  });

  it('names the wrong moves half the class made, and puts the misleading question first to review', () => {
    expect(analysis.mistakes.length).toBeGreaterThan(0);
    expect(analysis.mistakes.every((m) => m.share >= 0.25 && m.count >= 2)).toBe(true);
    expect(analysis.mistakes.map((m) => m.item)).toContain('risks-03');
    expect(analysis.review[0]?.id).toBe('risks-03');
  });

  it('leaves discrimination empty below ten codes', () => {
    const few = analyse(cohort.slice(0, 9));
    expect(few.main.fewCodes).toBe(true);
    expect(few.main.items.every((i) => i.discrimination === null)).toBe(true);
    expect(few.main.items.some((i) => i.facility !== null)).toBe(true);
  });

  it('counts a time-out in a drill as not answering the point the learner stood at', () => {
    const cut = encodeResultCode(
      learner(12, { drills: [{ choices: best.choices.slice(0, 1), seconds: 420 }] }),
    );
    const analysis = analyse([...cohort, cut]);
    const [paths] = analysis.paths;
    expect(paths).toMatchObject({ played: 13, unfinished: 1 });
    const second =
      retrace(content.drills['drill-double-sold'] as never, best.choices.slice(0, 1))?.at ?? '';
    expect(row(analysis.main.items, `drill-double-sold:${second}`).answered).toBe(12);
  });
});

describe('codes from other content versions', () => {
  it('analyses an unrecorded version on its own', () => {
    const old = [0, 1].map((n) =>
      encodeResultCode(learner(20 + n, { contentVersion: 'deadbeef' })),
    );
    const analysis = analyse([...cohort, ...old]);
    expect(analysis.main.codes).toBe(12);
    expect(analysis.versions).toHaveLength(1);
    expect(analysis.versions[0]).toMatchObject({
      version: 'deadbeef',
      known: false,
      codes: 2,
      mapped: [],
    });
    expect(analysis.versions[0]?.separate.items).toHaveLength(analysis.main.items.length);
    expect(analysis.versions[0]?.separate.fewCodes).toBe(true);
    expect(row(analysis.versions[0]?.separate.items ?? [], 'risks-01').answered).toBe(2);
  });

  it('maps the unchanged items of a recorded version into the main table and keeps the changed apart', () => {
    const recorded = versionLedger(content, []);
    recorded.changedSince.cafebabe = ['risks-02', 'some-other-question'];
    const old = [0, 1, 2].map((n) =>
      encodeResultCode(learner(30 + n, { contentVersion: 'cafebabe' })),
    );
    const analysis = analyse([...cohort, ...old], recorded);
    expect(analysis.main.codes).toBe(15);
    expect(row(analysis.main.items, 'risks-01').answered).toBe(15);
    expect(row(analysis.main.items, 'risks-02').answered).toBe(12);
    const [version] = analysis.versions;
    expect(version).toMatchObject({ version: 'cafebabe', known: true, codes: 3 });
    expect(version?.mapped).toEqual(['risks-01', 'risks-03', 'drill-double-sold']);
    expect(version?.separate.items.map((i) => i.id)).toEqual(['risks-02']);
    expect(version?.separate.items[0]?.answered).toBe(3);
    expect(analysis.paths[0]?.played).toBe(15);
  });
});

describe('commonMistakes', () => {
  it('keeps wrong choices picked by two or more and a quarter or more, biggest share first', () => {
    const item = (id: string, answered: number, counts: number[]): ItemAnalysis => ({
      id,
      source: id,
      type: 'single',
      answered,
      facility: null,
      average: null,
      discrimination: null,
      choices: counts.map((count, index) => ({ index, count, best: index === 0 })),
      parts: [],
      flags: [],
    });
    const found = commonMistakes([
      item('a', 8, [4, 3, 1]),
      item('b', 4, [1, 1, 2]),
      item('c', 10, [8, 2, 0]),
      item('d', 4, [3, 1, 0]),
    ]);
    expect(found).toEqual([
      { item: 'b', choice: 2, count: 2, share: 0.5 },
      { item: 'a', choice: 1, count: 3, share: 0.375 },
    ]);
  });
});

describe('ordering and categorising questions', () => {
  it('count, for each item in content order, how many put it in its right place', () => {
    const ordering = content.questions['risks-14'];
    const categorise = content.questions['complaint-17'];
    if (ordering?.type !== 'ordering' || categorise?.type !== 'categorise')
      throw new Error('types changed');
    const both: Assignment = { ...assignment, questions: ['risks-14', 'complaint-17'], drills: [] };
    const right = Array.from({ length: ordering.count }, (_, i) => i);
    // First two items swapped: items 0 and 1 misplaced, the rest in place.
    const swapped = [1, 0, ...right.slice(2)];
    const rightPlaces = categorise.expected.map((name) => categorise.categories.indexOf(name));
    // The first item put in another category.
    const firstWrong = rightPlaces.map((c, i) =>
      i === 0 ? (c + 1) % categorise.categories.length : c,
    );
    const codes = [right, swapped, swapped].map((order, n) =>
      encodeResultCode({
        ...learner(n),
        assignment: both,
        answers: [
          { type: 'ordering', order },
          { type: 'categorise', placed: n === 0 ? rightPlaces : firstWrong },
        ],
        drills: [],
      }),
    );
    const items = analyse(codes).main.items;
    const order = row(items, 'risks-14');
    expect(order.choices).toEqual([]);
    expect(order.parts.map((p) => p.right)).toEqual(right.map((i) => (i < 2 ? 1 : 3)));
    expect(order.facility).toBe(0.33);
    const sort = row(items, 'complaint-17');
    expect(sort.parts.map((p) => p.right)).toEqual(rightPlaces.map((_, i) => (i === 0 ? 1 : 3)));
    expect(sort.average).toBe(
      Math.round(((1 + 2 * ((rightPlaces.length - 1) / rightPlaces.length)) / 3) * 100),
    );
  });
});
