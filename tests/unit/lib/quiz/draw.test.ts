import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../../../../src/lib/quiz/draw';

describe('drawQuestions', () => {
  const pool = Array.from({ length: 20 }, (_, i) => `q${i}`);
  it('draws the same questions for the same seed, and other ones for another', () => {
    expect(drawQuestions(pool, 'seed-1', 5)).toEqual(drawQuestions(pool, 'seed-1', 5));
    expect(drawQuestions(pool, 'seed-1', 5)).not.toEqual(drawQuestions(pool, 'seed-2', 5));
  });
  it('draws distinct questions, all of them when no count is given', () => {
    expect(new Set(drawQuestions(pool, 7, 10)).size).toBe(10);
    expect([...drawQuestions(pool, 7)].sort()).toEqual([...pool].sort());
  });
});
