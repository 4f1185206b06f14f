import { describe, expect, it } from 'vitest';
import { reportForms } from '../../../../src/config/incident';
import { fieldKey, knownFieldKeys } from '../../../../src/lib/incident/report';
import { loadContent } from '../../../support/load-content';

// The report fills fields by their labels in src/content/forms. If a form is edited and a label
// the report knows disappears, the report would silently leave that field blank: catch it here.
describe('the report forms in src/content/forms', () => {
  const forms = loadContent().filter((entry) => entry.collection === 'forms');
  const keysOf = (id: string) => {
    const form = forms.find((entry) => entry.id === id);
    expect(form, `src/content/forms/${id}.mdx`).toBeDefined();
    const sections = (form?.data.sections ?? []) as { fields: { label: string }[] }[];
    return new Set(sections.flatMap((s) => s.fields.map((f) => fieldKey(f.label))));
  };

  it('exist and have the fields the report fills in', () => {
    const all = new Set(reportForms.flatMap((id) => [...keysOf(id)]));
    expect(knownFieldKeys.filter((key) => !all.has(key))).toEqual([]);
  });

  it('each have the timeline, the notes and the times the report is built around', () => {
    for (const key of ['报告类别', '经过', '措施及时间', '已通知的各方', '报告人'])
      expect(keysOf('incident-written-report').has(key), key).toBe(true);
    for (const key of [
      '发生日期',
      '发生时间',
      '经过',
      '现场采取的措施',
      '报总监时间',
      '报销售管理部时间',
    ]) {
      expect(keysOf('onsite-complaint-record').has(key), key).toBe(true);
    }
  });
});
