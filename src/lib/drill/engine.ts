import type { Drill } from '../../schemas/drill';
import {
  addPoints,
  percent,
  standardIds,
  zeroPoints,
  type StandardId,
  type StandardScores,
} from '../standards';

/** What the engine needs of a branching drill (the page ships exactly this as JSON). */
export interface ScenarioBranch {
  /** Taken when the meter after the choice is at least this… */
  min?: number;
  /** …and at most this. */
  max?: number;
  next: string;
}

export interface ScenarioChoice {
  next: string;
  /** Turns that depend on the meter after this choice; the first that fits wins. */
  branches?: ScenarioBranch[];
  /** Change to the visible meter. */
  meter: number;
  /** Points per standard, 0 to 3. */
  scores: Partial<Record<StandardId, number>>;
}

export interface Scenario {
  start: string;
  meterStart: number;
  nodes: { id: string; choices: ScenarioChoice[] }[];
  endings: { id: string; outcome: 'good' | 'mixed' | 'bad' }[];
}

/** One decision: which choice (by index) was made at which node. */
export interface Step {
  node: string;
  choice: number;
}

/** Where a play-through stands. */
export interface Play {
  /** The current node, or the ending reached. */
  at: string;
  steps: Step[];
  /** The meter, kept within 0–100. */
  meter: number;
  /** The ending's id once one is reached. */
  ending?: string;
}

export interface ScenarioScore {
  percent: number;
  earned: number;
  possible: number;
  standards: StandardScores;
}

/** The engine's view of a drill: the graph and the points; every word stays in the HTML. */
export function scenarioOf(drill: Pick<Drill, 'start' | 'meter' | 'nodes' | 'endings'>): Scenario {
  return {
    start: drill.start,
    meterStart: drill.meter.start,
    nodes: drill.nodes.map((node) => ({
      id: node.id,
      choices: node.choices.map(({ next, meter, scores, branches }) => {
        const choice: ScenarioChoice = { next, meter, scores };
        if (branches) {
          choice.branches = branches.map(({ meterAtLeast, meterAtMost, next }) => {
            const branch: ScenarioBranch = { next };
            if (meterAtLeast !== undefined) branch.min = meterAtLeast;
            if (meterAtMost !== undefined) branch.max = meterAtMost;
            return branch;
          });
        }
        return choice;
      }),
    })),
    endings: drill.endings.map(({ id, outcome }) => ({ id, outcome })),
  };
}

export const clampMeter = (n: number) => Math.min(100, Math.max(0, n));

/** Which of a choice's branches the meter (after the choice's own change) takes; -1 for none. */
export function branchIndexOf(choice: Pick<ScenarioChoice, 'branches'>, meter: number): number {
  return (
    choice.branches?.findIndex(
      (b) => (b.min === undefined || meter >= b.min) && (b.max === undefined || meter <= b.max),
    ) ?? -1
  );
}

/** Where a choice leads when the meter, after its own change, stands at `meter`. */
export function nextOf(choice: Pick<ScenarioChoice, 'next' | 'branches'>, meter: number): string {
  return choice.branches?.[branchIndexOf(choice, meter)]?.next ?? choice.next;
}

function nodeOf(scenario: Scenario, id: string) {
  return scenario.nodes.find((node) => node.id === id);
}

function isEnding(scenario: Scenario, id: string): boolean {
  return scenario.endings.some((ending) => ending.id === id);
}

export function startScenario(scenario: Scenario): Play {
  return { at: scenario.start, steps: [], meter: clampMeter(scenario.meterStart) };
}

/** The play after picking `choice` at the current node; an invalid pick changes nothing. */
export function choose(scenario: Scenario, play: Play, choice: number): Play {
  if (play.ending) return play;
  const picked = nodeOf(scenario, play.at)?.choices[choice];
  if (!picked) return play;
  const meter = clampMeter(play.meter + picked.meter);
  const at = nextOf(picked, meter);
  const next: Play = { at, steps: [...play.steps, { node: play.at, choice }], meter };
  if (isEnding(scenario, at)) next.ending = at;
  return next;
}

/**
 * Retraces recorded choices from the start. Returns undefined when they do not fit the scenario
 * (a stored attempt or a result code from another version of the drill).
 */
export function retrace(scenario: Scenario, choices: readonly number[]): Play | undefined {
  let play = startScenario(scenario);
  for (const choice of choices) {
    const next = choose(scenario, play, choice);
    if (next === play) return undefined;
    play = next;
  }
  return play;
}

function total(points: Partial<Record<StandardId, number>>): number {
  return standardIds.reduce((sum, id) => sum + (points[id] ?? 0), 0);
}

/** The index of the choice worth most points at a node (the first on a tie). */
export function bestChoice(choices: readonly Pick<ScenarioChoice, 'scores'>[]): number {
  let best = 0;
  choices.forEach((choice, i) => {
    if (total(choice.scores) > total(choices[best]?.scores ?? {})) best = i;
  });
  return best;
}

/**
 * How a choice compares with the best at its node: the best, partial (half the best's points or
 * more), or poor.
 */
export function choiceQuality(
  choices: readonly Pick<ScenarioChoice, 'scores'>[],
  index: number,
): 'good' | 'partial' | 'poor' {
  const best = bestChoice(choices);
  if (index === best) return 'good';
  const own = total(choices[index]?.scores ?? {});
  return own > 0 && own * 2 >= total(choices[best]?.scores ?? {}) ? 'partial' : 'poor';
}

/**
 * Scores the decisions made. At every node visited, the learner could have earned what the best
 * choice there is worth; the total percent is what they earned over that. Each standard is
 * scored the same way over the nodes where it was at stake, and is null where it never was.
 * `unanswered` is a node reached but not decided (time ran out): it counts as earning nothing.
 */
export function scoreScenario(
  scenario: Scenario,
  steps: readonly Step[],
  unanswered?: string,
): ScenarioScore {
  const earned = zeroPoints();
  const possible = zeroPoints();
  const decided = steps.map((step) => ({ node: nodeOf(scenario, step.node), choice: step.choice }));
  if (unanswered) decided.push({ node: nodeOf(scenario, unanswered), choice: -1 });
  let earnedTotal = 0;
  let possibleTotal = 0;
  for (const { node, choice } of decided) {
    if (!node || node.choices.length === 0) continue;
    const best = node.choices[bestChoice(node.choices)];
    possibleTotal += total(best?.scores ?? {});
    const picked = node.choices[choice];
    if (picked) {
      earnedTotal += total(picked.scores);
      addPoints(earned, picked.scores);
    }
    for (const id of standardIds) {
      possible[id] += Math.max(...node.choices.map((c) => c.scores[id] ?? 0));
    }
  }
  const standards = Object.fromEntries(
    standardIds.map((id) => [id, possible[id] > 0 ? percent(earned[id], possible[id]) : null]),
  ) as StandardScores;
  return {
    percent: percent(earnedTotal, possibleTotal),
    earned: earnedTotal,
    possible: possibleTotal,
    standards,
  };
}
