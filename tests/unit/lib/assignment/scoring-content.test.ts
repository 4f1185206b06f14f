import { describe, expect, it } from 'vitest';
import { buildScoringContent, canonicalJson } from '../../../../src/lib/assignment/scoring-content';
import { scenarioOf } from '../../../../src/lib/drill/engine';
import { realContent, realScoringContent } from '../../../support/scoring-content';

const { drills, questions } = realContent();
const scenarios = () => drills.map((d) => ({ id: d.id, scenario: scenarioOf(d) }));

describe('the content version', () => {
  it('covers every question and drill on the site and is 8 hex digits', () => {
    const content = realScoringContent();
    expect(questions.length).toBeGreaterThanOrEqual(140);
    expect(Object.keys(content.questions).sort()).toEqual(questions.map((q) => q.id).sort());
    expect(Object.keys(content.drills).sort()).toEqual(drills.map((d) => d.id).sort());
    expect(content.version).toMatch(/^[0-9a-f]{8}$/);
  });

  it('stays the same when only words change, or the content comes in another order', () => {
    const base = buildScoringContent(questions, scenarios()).version;
    const reworded = questions.map((q) => ({
      ...q,
      prompt: `${q.prompt}（改写）`,
      explanation: '另一种解释',
    }));
    expect(buildScoringContent([...reworded].reverse(), [...scenarios()].reverse()).version).toBe(
      base,
    );
  });

  it('changes when an answer key changes', () => {
    const base = buildScoringContent(questions, scenarios()).version;
    const changed = questions.map((q) =>
      q.type === 'single' && q.id === 'risks-01'
        ? { ...q, options: q.options.map((o, i) => ({ ...o, correct: i === 1 })) }
        : q,
    );
    expect(buildScoringContent(changed, scenarios()).version).not.toBe(base);
  });

  it('changes when a drill’s points change', () => {
    const base = buildScoringContent(questions, scenarios()).version;
    const changed = scenarios().map((d, i) =>
      i === 0
        ? {
            ...d,
            scenario: {
              ...d.scenario,
              nodes: d.scenario.nodes.map((n, j) =>
                j === 0
                  ? {
                      ...n,
                      choices: n.choices.map((c) => ({
                        ...c,
                        scores: { ...c.scores, timeliness: 0 },
                      })),
                    }
                  : n,
              ),
            },
          }
        : d,
    );
    expect(buildScoringContent(questions, changed).version).not.toBe(base);
  });
});

describe('canonicalJson', () => {
  it('sorts object keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: undefined, b: 2 }] })).toBe(
      '{"a":[{"b":2,"d":1}],"b":1}',
    );
  });
});
