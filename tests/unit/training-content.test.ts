import { describe, expect, it } from 'vitest';
import { checkQuestionCount } from '../../src/lib/training/plan';
import { loadContent } from '../support/load-content';

const entries = loadContent();
const modules = entries.filter((e) => e.collection === 'modules');
const sets = entries.filter((e) => e.collection === 'questions');

describe('the training path content', () => {
  it('has at least six modules in a single order', () => {
    expect(modules.length).toBeGreaterThanOrEqual(6);
    const orders = modules.map((m) => m.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('gives every module enough bank questions for a full knowledge check', () => {
    const short = modules
      .map((m) => ({
        id: m.id,
        questions: sets
          .filter((s) => ((s.data.modules as string[] | undefined) ?? []).includes(m.id))
          .reduce((sum, s) => sum + ((s.data.questions as unknown[] | undefined)?.length ?? 0), 0),
      }))
      .filter((m) => m.questions < checkQuestionCount)
      .map(
        (m) =>
          `${m.id}: ${m.questions} 题（至少 ${checkQuestionCount} 题：在某个题库的 modules 中加上 ${m.id}）`,
      );
    expect(short).toEqual([]);
  });

  it('keeps module ids clear of the path pages (/training/certificate/)', () => {
    expect(modules.map((m) => m.id)).not.toContain('certificate');
  });
});
