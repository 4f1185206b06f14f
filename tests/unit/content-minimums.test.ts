import { describe, expect, it } from 'vitest';
import { loadContent, type LoadedEntry } from '../support/load-content';

// The playbook's promised minimums (issues 3 and 4): a lost file or a trimmed drill fails here.
const entries = loadContent();
const of = (collection: LoadedEntry['collection']) =>
  entries.filter((e) => e.collection === collection);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

describe('the playbook holds at least what it promises', () => {
  it('has an incident page for every sales-site risk and for delivery defects', () => {
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
    ])
      expect(ids).toContain(id);
  });

  it('has at least 16 cases, 40 glossary terms and the five printable forms', () => {
    expect(of('cases').length).toBeGreaterThanOrEqual(16);
    expect(of('glossary').length).toBeGreaterThanOrEqual(40);
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

  it('has at least 14 drills, each with 4 decision points and 3 endings', () => {
    const drills = of('drills');
    expect(drills.length).toBeGreaterThanOrEqual(14);
    const thin = drills
      .filter((d) => list(d.data.nodes).length < 4 || list(d.data.endings).length < 3)
      .map((d) => d.file);
    expect(thin).toEqual([]);
  });

  it('lets the story turn on the meter in at least 6 drills', () => {
    const branching = of('drills').filter((d) =>
      list(d.data.nodes).some((node) =>
        list((node as { choices?: unknown }).choices).some((choice) => list((choice as { branches?: unknown }).branches).length > 0),
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

  it('has at least 120 knowledge-check questions, in sets tagged by module and incident', () => {
    const sets = of('questions');
    expect(sets.flatMap((set) => list(set.data.questions)).length).toBeGreaterThanOrEqual(120);
    const untagged = sets
      .filter((set) => list(set.data.modules).length === 0 || list(set.data.incidents).length === 0)
      .map((set) => set.file);
    expect(untagged).toEqual([]);
  });
});
