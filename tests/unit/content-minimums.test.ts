import { describe, expect, it } from 'vitest';
import { triageTree } from '../../src/config/triage';
import { loadContent, type LoadedEntry } from '../support/load-content';

// The playbook's promised minimums (issues 3 and 4): a lost file or a trimmed drill fails here.
const entries = loadContent();
const of = (collection: LoadedEntry['collection']) =>
  entries.filter((e) => e.collection === collection);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Incidents the 不确定是哪类 question path leads to. */
function triageReaches(): Set<string> {
  const reached = new Set<string>();
  const seen = new Set<string>();
  const walk = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const answer of triageTree.questions.find((q) => q.id === id)?.answers ?? []) {
      if (answer.incident) reached.add(answer.incident);
      if (answer.next) walk(answer.next);
    }
  };
  walk(triageTree.start);
  return reached;
}

// The incidents firms face every week (issue 13), beyond the ten sales-site risks.
const weekly = [
  'hotline-complaint',
  'online-opinion',
  'delayed-delivery',
  'price-cut-protest',
  'mass-delivery-inspection',
];

describe('the playbook holds at least what it promises', () => {
  it('has an incident page for every sales-site risk, delivery defects and the weekly incidents', () => {
    const ids = of('incidents').map((e) => e.id);
    for (const id of [
      'double-sold-unit',
      'unverified-deposit',
      'fee-dispute',
      'misrepresentation',
      'data-leak',
      'crowd-protest',
      'site-accident',
      'media-inquiry',
      'property-loss',
      'on-site-dispute',
      'government-inspection',
      'delivery-defects',
      ...weekly,
    ])
      expect(ids).toContain(id);
  });

  it('covers the incidents firms face every week: card, triage path, drill, 8 questions, case and term each', () => {
    const reached = triageReaches();
    const questions = of('questions').flatMap((set) =>
      list(set.data.questions).map((q) => ({
        set: set.data,
        cites: list((q as { cites?: unknown }).cites),
      })),
    );
    const missing = weekly.flatMap((id) => {
      const problems: string[] = [];
      const incident = of('incidents').find((e) => e.id === id);
      if (!incident) return [`${id}: no incident card`];
      if (!reached.has(id)) problems.push('not reached by the triage path');
      if (!of('drills').some((d) => d.data.incident === id)) problems.push('no drill');
      const asked = questions.filter(
        (q) => list(q.set.incidents).includes(id) && q.cites.includes(id),
      );
      if (asked.length < 8) problems.push(`${asked.length} questions (at least 8)`);
      if (
        !of('cases').some((c) => c.data.fictional === true && list(c.data.illustrates).includes(id))
      )
        problems.push('no 示例案例 illustrating it');
      if (list(incident.data.cases).length === 0) problems.push('card lists no case');
      if (!of('glossary').some((t) => list(t.data.related).includes(id)))
        problems.push('no glossary term');
      return problems.map((p) => `${id}: ${p}`);
    });
    expect(missing).toEqual([]);
  });

  it('has at least 21 cases, 50 glossary terms and the five printable forms', () => {
    expect(of('cases').length).toBeGreaterThanOrEqual(21);
    expect(of('glossary').length).toBeGreaterThanOrEqual(50);
    expect(of('forms').map((e) => e.data.title)).toEqual(
      expect.arrayContaining([
        '房号管理单',
        '现场投诉记录表',
        '购买须知与置业计划确认单',
        '应急电话表',
        '危机事件书面报告',
      ]),
    );
  });

  it('has at least 19 drills, each with 4 decision points and 3 endings', () => {
    const drills = of('drills');
    expect(drills.length).toBeGreaterThanOrEqual(19);
    const thin = drills
      .filter((d) => list(d.data.nodes).length < 4 || list(d.data.endings).length < 3)
      .map((d) => d.file);
    expect(thin).toEqual([]);
  });

  it('lets the story turn on the meter in at least 6 drills', () => {
    const branching = of('drills').filter((d) =>
      list(d.data.nodes).some((node) =>
        list((node as { choices?: unknown }).choices).some(
          (choice) => list((choice as { branches?: unknown }).branches).length > 0,
        ),
      ),
    );
    expect(branching.length).toBeGreaterThanOrEqual(6);
  });

  it('drills every incident type, the complaint procedure and each group-complaint type', () => {
    const drills = of('drills');
    const drilled = new Set(drills.map((d) => d.data.incident));
    expect(
      of('incidents')
        .filter((i) => !drilled.has(i.id))
        .map((i) => i.file),
    ).toEqual([]);
    for (const rule of [
      'complaint-six-steps',
      'core-group-complaint',
      'team-group-complaint',
      'loose-group-complaint',
    ])
      expect(
        drills.some((d) => d.data.incident === undefined && list(d.data.related).includes(rule)),
        rule,
      ).toBe(true);
  });

  it('has at least 160 knowledge-check questions, in sets tagged by module and incident', () => {
    const sets = of('questions');
    expect(sets.flatMap((set) => list(set.data.questions)).length).toBeGreaterThanOrEqual(160);
    const untagged = sets
      .filter((set) => list(set.data.modules).length === 0 || list(set.data.incidents).length === 0)
      .map((set) => set.file);
    expect(untagged).toEqual([]);
  });
});
