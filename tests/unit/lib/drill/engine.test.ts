import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestChoice,
  choose,
  retrace,
  scoreScenario,
  startScenario,
  type Scenario,
} from '../../../../src/lib/drill/engine';

const scenario: Scenario = {
  start: 'n1',
  meterStart: 50,
  nodes: [
    {
      id: 'n1',
      choices: [
        { next: 'n2', meter: -20, scores: { timeliness: 3, transparency: 1 } },
        { next: 'n2', meter: 30, scores: { timeliness: 1 } },
        { next: 'bad', meter: 80, scores: {} },
      ],
    },
    {
      id: 'n2',
      choices: [
        { next: 'good', meter: -10, scores: { responsibility: 2 } },
        { next: 'mixed', meter: 0, scores: { responsibility: 1, transparency: 1 } },
      ],
    },
  ],
  endings: [
    { id: 'good', outcome: 'good' },
    { id: 'mixed', outcome: 'mixed' },
    { id: 'bad', outcome: 'bad' },
  ],
};

describe('playing a scenario', () => {
  it('moves through nodes, tracks the meter within bounds and stops at an ending', () => {
    let play = startScenario(scenario);
    play = choose(scenario, play, 0);
    expect(play).toMatchObject({ at: 'n2', meter: 30 });
    play = choose(scenario, play, 0);
    expect(play).toMatchObject({ at: 'good', ending: 'good', meter: 20 });
    expect(choose(scenario, play, 1)).toBe(play);
  });

  it('clamps the meter at 100', () => {
    expect(choose(scenario, startScenario(scenario), 2).meter).toBe(100);
  });

  it('ignores a choice that does not exist', () => {
    const play = startScenario(scenario);
    expect(choose(scenario, play, 7)).toBe(play);
  });

  it('retraces recorded choices, and refuses ones that do not fit', () => {
    expect(retrace(scenario, [1, 1])).toMatchObject({ ending: 'mixed' });
    expect(retrace(scenario, [2, 0])).toBeUndefined();
    expect(retrace(scenario, [5])).toBeUndefined();
  });
});

describe('scoreScenario', () => {
  it('scores the best path 100 in total, each standard against its own best at every node', () => {
    const score = scoreScenario(scenario, retrace(scenario, [0, 0])!.steps);
    expect(score.percent).toBe(100);
    // n2's best choice gives up the transparency point its other choice would earn.
    expect(score.standards).toEqual({
      timeliness: 100,
      transparency: 50,
      responsibility: 100,
      effectiveness: null,
      continuity: null,
      flexibility: null,
    });
  });

  it('gives the exact partial score and breakdown for a mixed path', () => {
    // n1: picked 1 of a best 4; n2: picked 2 of a best 2 → 3 of 6.
    const score = scoreScenario(scenario, retrace(scenario, [1, 1])!.steps);
    expect(score).toMatchObject({ earned: 3, possible: 6, percent: 50 });
    expect(score.standards.timeliness).toBe(33);
    expect(score.standards.transparency).toBe(50);
    expect(score.standards.responsibility).toBe(50);
  });

  it('counts a node left undecided as nothing earned', () => {
    const steps = retrace(scenario, [0])!.steps;
    expect(scoreScenario(scenario, steps, 'n2').percent).toBe(67);
  });

  it('scores nothing for no decisions', () => {
    expect(scoreScenario(scenario, []).percent).toBe(0);
  });

  it('picks the choice worth most points as the better choice', () => {
    expect(bestChoice(scenario.nodes[0]!.choices)).toBe(0);
    expect(bestChoice(scenario.nodes[1]!.choices)).toBe(0);
  });

  it('keeps every score within 0 and 100 for any sequence of choices (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }), (choices) => {
        let play = startScenario(scenario);
        for (const c of choices) play = choose(scenario, play, c);
        const score = scoreScenario(scenario, play.steps, play.ending ? undefined : play.at);
        expect(score.percent).toBeGreaterThanOrEqual(0);
        expect(score.percent).toBeLessThanOrEqual(100);
        for (const value of Object.values(score.standards)) {
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
        }
        expect(play.meter).toBeGreaterThanOrEqual(0);
        expect(play.meter).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('branching on the meter', () => {
  const branching: Scenario = {
    start: 'n1',
    meterStart: 60,
    nodes: [
      {
        id: 'n1',
        choices: [
          { next: 'n2', meter: -20, scores: { effectiveness: 3 } },
          {
            next: 'n2',
            meter: 25,
            scores: { timeliness: 1 },
            branches: [{ min: 80, next: 'live' }],
          },
        ],
      },
      { id: 'n2', choices: [{ next: 'good', meter: 0, scores: { continuity: 2 } }] },
      { id: 'live', choices: [{ next: 'bad', meter: 0, scores: { transparency: 2 } }] },
    ],
    endings: [
      { id: 'good', outcome: 'good' },
      { id: 'bad', outcome: 'bad' },
    ],
  };

  it('takes the branch when the meter after the choice is in its range', () => {
    const play = choose(branching, startScenario(branching), 1);
    expect(play).toMatchObject({ at: 'live', meter: 85 });
  });

  it('keeps to next when the meter stays out of the range', () => {
    const calm = { ...branching, meterStart: 40 };
    expect(choose(calm, startScenario(calm), 1)).toMatchObject({ at: 'n2', meter: 65 });
  });

  it('re-scores a retraced play along the branch that was really taken', () => {
    const play = retrace(branching, [1, 0]);
    expect(play).toMatchObject({
      ending: 'bad',
      steps: [
        { node: 'n1', choice: 1 },
        { node: 'live', choice: 0 },
      ],
    });
    // n1: 1 of 3; live: 2 of 2.
    expect(scoreScenario(branching, play!.steps).percent).toBe(60);
  });
});
