import { describe, expect, it } from 'vitest';
import { hasPartialCredit, lintDrill, lintQuestionSet } from '../../../../src/lib/assessment/lint';

const node = (id: string, texts: string[], totals: number[]) => ({
  id,
  choices: texts.map((text, i) => ({ text, scores: { effectiveness: totals[i] ?? 0 } })),
});

describe('partial credit', () => {
  it('counts an alternative worth at least half the best', () => {
    expect(
      hasPartialCredit([
        { scores: { effectiveness: 3, timeliness: 1 } },
        { scores: { effectiveness: 2 } },
      ]),
    ).toBe(true);
  });
  it('counts a smaller alternative on a standard the best does not touch', () => {
    expect(
      hasPartialCredit([
        { scores: { effectiveness: 3, timeliness: 2 } },
        { scores: { continuity: 1 } },
      ]),
    ).toBe(true);
  });
  it('does not count a small share of the same standards, or nothing', () => {
    expect(
      hasPartialCredit([
        { scores: { effectiveness: 3, timeliness: 2 } },
        { scores: { timeliness: 1 } },
        { scores: {} },
      ]),
    ).toBe(false);
  });
});

describe('drill lint', () => {
  it('names the file and node without partial credit, and a giveaway length pattern', () => {
    const { stats, problems } = lintDrill('d.yaml', {
      nodes: [
        node('n1', ['最长最好的那个选项啊', '短', '短短'], [3, 0, 0]),
        node('n2', ['较长的最好选项', '短', '中等长'], [3, 2, 0]),
        node('n3', ['短', '最长的是错误的选项', '中等'], [0, 0, 3]),
      ],
    });
    expect(stats).toEqual({ points: 3, bestFirst: 2, bestLongest: 2, withPartialCredit: 1 });
    expect(problems.map((p) => [p.file, p.field, p.value])).toEqual([
      ['d.yaml', 'nodes[0].choices', 'n1'],
      ['d.yaml', 'nodes[2].choices', 'n3'],
      ['d.yaml', 'nodes', '2/3'],
    ]);
  });
  it('passes a drill whose best answers are seldom the longest', () => {
    const { problems } = lintDrill('d.yaml', {
      nodes: [
        node('n1', ['对', '错的长选项', '部分'], [4, 0, 2]),
        node('n2', ['部分对', '错错错错', '好'], [2, 0, 4]),
        node('n3', ['好的', '坏坏坏', '一半'], [4, 0, 2]),
      ],
    });
    expect(problems).toEqual([]);
  });
});

describe('question set lint', () => {
  it('counts correct-first and correct-longest over single and multiple questions only', () => {
    const { stats, problems } = lintQuestionSet('q.yaml', {
      questions: [
        {
          id: 'a',
          type: 'single',
          options: [
            { text: '正确而且最长', correct: true },
            { text: '错', correct: false },
          ],
        },
        {
          id: 'b',
          type: 'multiple',
          options: [
            { text: '错的最长的选项', correct: false },
            { text: '对', correct: true },
            { text: '对对', correct: true },
          ],
        },
        { id: 'c', type: 'ordering' },
      ],
    });
    expect(stats).toEqual({ points: 2, bestFirst: 1, bestLongest: 1 });
    expect(problems).toMatchObject([{ file: 'q.yaml', field: 'questions', value: '1/2' }]);
  });
});
