import { describe, expect, it } from 'vitest';
import { triageTree } from '../../../../src/config/triage';
import { checkTriage, pruneTriage, type TriageTree } from '../../../../src/lib/incident/triage';
import { loadContent } from '../../../support/load-content';

const incidentIds = loadContent()
  .filter((entry) => entry.collection === 'incidents')
  .map((entry) => entry.id);

describe('checkTriage', () => {
  it('accepts the real question path: every incident reachable in at most two questions', () => {
    expect(checkTriage(triageTree, incidentIds)).toEqual([]);
    const start = triageTree.questions.find((q) => q.id === triageTree.start);
    for (const answer of start?.answers ?? []) {
      const next = triageTree.questions.find((q) => q.id === answer.next);
      for (const deeper of next?.answers ?? []) expect(deeper.incident, deeper.label).toBeDefined();
    }
  });

  const tiny: TriageTree = {
    start: 'a',
    questions: [
      {
        id: 'a',
        prompt: 'A?',
        answers: [
          { label: 'x', incident: 'one' },
          { label: 'y', next: 'b' },
        ],
      },
      {
        id: 'b',
        prompt: 'B?',
        answers: [
          { label: 'z', incident: 'two' },
          { label: 'w', incident: 'one' },
        ],
      },
    ],
  };

  it('accepts a small valid tree', () => {
    expect(checkTriage(tiny, ['one', 'two'])).toEqual([]);
  });

  it('names an unknown incident, the question and the ids to choose from', () => {
    const problems = checkTriage(tiny, ['one', 'three']);
    expect(problems.map((p) => p.value)).toEqual(['two', 'three']);
    expect(problems[0]?.field).toBe('问题 b 的答案“z” 的 incident');
    expect(problems[0]?.message).toContain('one, three');
  });

  it('finds loops, unreachable questions and answers that go nowhere or two ways', () => {
    const broken: TriageTree = {
      start: 'a',
      questions: [
        {
          id: 'a',
          prompt: 'A?',
          answers: [
            { label: 'x', next: 'b' },
            { label: 'y', incident: 'one', next: 'b' },
          ],
        },
        { id: 'b', prompt: 'B?', answers: [{ label: 'z', next: 'a' }, { label: 'w' }] },
        {
          id: 'c',
          prompt: 'C?',
          answers: [
            { label: 'v', incident: 'one' },
            { label: 'u', next: 'nope' },
          ],
        },
      ],
    };
    const messages = checkTriage(broken, ['one']).map((p) => `${p.field}|${p.value}|${p.message}`);
    expect(messages.some((m) => m.includes('a → b → a') && m.includes('循环'))).toBe(true);
    expect(messages.some((m) => m.startsWith('questions[].id|c|'))).toBe(true);
    expect(messages.filter((m) => m.includes('二选一'))).toHaveLength(2);
    expect(messages.some((m) => m.includes('|nope|'))).toBe(true);
  });
});

describe('pruneTriage', () => {
  it('keeps the whole real path for the real incidents', () => {
    expect(pruneTriage(triageTree, incidentIds)).toEqual(triageTree);
  });

  it('drops answers to missing incidents, then questions left empty and the answers to them', () => {
    const tree: TriageTree = {
      start: 'a',
      questions: [
        {
          id: 'a',
          prompt: 'A?',
          answers: [
            { label: 'x', incident: 'one' },
            { label: 'y', next: 'b' },
          ],
        },
        {
          id: 'b',
          prompt: 'B?',
          answers: [
            { label: 'z', incident: 'gone' },
            { label: 'w', incident: 'also-gone' },
          ],
        },
      ],
    };
    expect(pruneTriage(tree, ['one'])).toEqual({
      start: 'a',
      questions: [{ id: 'a', prompt: 'A?', answers: [{ label: 'x', incident: 'one' }] }],
    });
    expect(pruneTriage(tree, [])).toEqual({ start: 'a', questions: [] });
  });

  it('checks only the structure when no incident ids are given', () => {
    expect(checkTriage(triageTree)).toEqual([]);
    expect(
      checkTriage({ start: 'nope', questions: triageTree.questions }).map((p) => p.field),
    ).toContain('start');
  });
});
