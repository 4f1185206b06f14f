import { describe, expect, it } from 'vitest';
import {
  checkReferences,
  formatProblems,
  type EntryRecord,
} from '../../../src/lib/content/check-references';
import { referencesOf } from '../../../src/lib/content/reference-fields';

function record(
  collection: EntryRecord['collection'],
  id: string,
  data: Record<string, unknown> = {},
): EntryRecord {
  return {
    collection,
    id,
    file: `src/content/${collection}/${id}.mdx`,
    references: referencesOf(collection, data),
  };
}

describe('checkReferences', () => {
  it('accepts references that exist in the collections their field allows', () => {
    const entries = [
      record('incidents', 'crowd', { procedures: ['steps'], forms: ['sheet'], related: ['story'] }),
      record('procedures', 'steps'),
      record('forms', 'sheet'),
      record('cases', 'story', { illustrates: ['crowd', 'steps'] }),
    ];
    expect(checkReferences(entries)).toEqual([]);
  });

  it('names the file, field and value of a missing id and suggests the closest one', () => {
    const [problem, ...rest] = checkReferences([
      record('incidents', 'crowd', { procedures: ['complaint-stepz'] }),
      record('procedures', 'complaint-steps'),
    ]);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'src/content/incidents/crowd.mdx',
      field: 'procedures[0]',
      value: 'complaint-stepz',
    });
    expect(problem?.message).toContain('是不是想写 "complaint-steps"？');
    expect(problem?.message).toContain('src/content/procedures/complaint-stepz.mdx');
  });

  it('offers no guess when nothing is close', () => {
    const [problem] = checkReferences([
      record('incidents', 'crowd', { forms: ['zzzzzzzz'] }),
      record('forms', 'sheet'),
    ]);
    expect(problem?.message).not.toContain('是不是想写');
  });

  it('rejects an id from a collection the field does not accept', () => {
    const [problem] = checkReferences([
      record('incidents', 'crowd', { forms: ['steps'] }),
      record('procedures', 'steps'),
    ]);
    expect(problem?.field).toBe('forms[0]');
    expect(problem?.message).toContain('只能引用 forms 的条目，但 "steps" 是 procedures 的条目');
  });

  it('reports an id used twice, once, naming both files', () => {
    const problems = checkReferences([record('incidents', 'media'), record('glossary', 'media')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(
      'src/content/incidents/media.mdx（incidents）已经使用了这个 id',
    );
    expect(problems[0]?.file).toBe('src/content/glossary/media.mdx');
  });

  it('checks ids nested in drill choices and endings and module lessons', () => {
    const drill = record('drills', 'drill-a', {
      incident: 'crowd',
      nodes: [{ choices: [{ cites: ['crowd'] }, { cites: ['nope'] }] }],
      endings: [{ cites: ['drill-a'] }],
    });
    const module = record('modules', 'basics', {
      lessons: [{ entry: 'missing-lesson' }],
      drills: ['drill-a'],
    });
    const problems = checkReferences([drill, module, record('incidents', 'crowd')]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'src/content/drills/drill-a.mdx nodes[0].choices[1].cites[0]',
      'src/content/drills/drill-a.mdx endings[0].cites[0]',
      'src/content/modules/basics.mdx lessons[0].entry',
    ]);
  });

  it('formats every problem with its file, field and value', () => {
    const text = formatProblems(checkReferences([record('incidents', 'crowd', { cases: ['x'] })]));
    expect(text).toContain('内容校验失败，共 1 处问题');
    expect(text).toContain('src/content/incidents/crowd.mdx');
    expect(text).toContain('字段 cases[0]，值 "x"');
  });
});
