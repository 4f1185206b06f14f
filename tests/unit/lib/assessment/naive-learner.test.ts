import { describe, expect, it } from 'vitest';
import {
  answerSetByHabit,
  habitReport,
  playDrillByHabit,
} from '../../../../src/lib/assessment/naive-learner';
import type { Drill } from '../../../../src/schemas/drill';
import type { Question } from '../../../../src/schemas/question';

const choice = (text: string, points: number, next: string) => ({
  text,
  next,
  meter: 0,
  scores: points ? { effectiveness: points } : {},
  feedback: '…',
  cites: ['x'],
});

/** A giveaway drill: the best choice is first in the file and the longest. */
const giveaway: Pick<Drill, 'start' | 'meter' | 'nodes' | 'endings'> & { id: string } = {
  id: 'giveaway',
  start: 'n1',
  meter: { label: '情绪', start: 50 },
  nodes: [
    {
      id: 'n1',
      speaker: 'A',
      says: '…',
      choices: [
        choice('最好而且最长的选项', 3, 'n2'),
        choice('差', 0, 'n2'),
        choice('也差', 0, 'n2'),
        choice('很差', 0, 'n2'),
      ],
    },
    {
      id: 'n2',
      speaker: 'A',
      says: '…',
      choices: [
        choice('又是最好而且最长的', 3, 'end'),
        choice('差', 0, 'end'),
        choice('也差', 0, 'end'),
        choice('很差', 0, 'end'),
      ],
    },
  ],
  endings: [{ id: 'end', title: '完', outcome: 'good', debrief: '…', cites: [] }],
};

describe('learners who click by habit', () => {
  it('always win a drill whose best answer is the longest', () => {
    expect(playDrillByHabit(giveaway, 'longest', 's')).toBe(100);
  });

  it('do not always win by clicking first, because the shown order is shuffled', () => {
    const scores = Array.from({ length: 40 }, (_, i) =>
      playDrillByHabit(giveaway, 'first', `s${i}`),
    );
    expect(Math.max(...scores)).toBe(100);
    expect(Math.min(...scores)).toBe(0);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    expect(mean).toBeGreaterThan(10);
    expect(mean).toBeLessThan(45);
  });

  it('score a single question by the option they click in the shown order', () => {
    const question: Question = {
      id: 'q1',
      type: 'single',
      prompt: '…',
      explanation: '…',
      cites: ['x'],
      options: [
        { text: '对', correct: true },
        { text: '错的而且很长的选项', correct: false },
        { text: '错', correct: false },
      ],
    };
    expect(answerSetByHabit([question], 'longest', 's')).toBe(0);
    const firsts = Array.from({ length: 30 }, (_, i) =>
      answerSetByHabit([question], 'first', `s${i}`),
    );
    expect(new Set(firsts)).toEqual(new Set([0, 100]));
  });

  it('report a mean and a max per drill and habit', () => {
    const rows = habitReport([giveaway], [], 5);
    expect(rows.map((r) => r.strategy)).toEqual(['first', 'longest', 'random']);
    expect(rows[1]).toMatchObject({ kind: 'drill', id: 'giveaway', mean: 100, max: 100 });
  });
});
