import type { Drill } from '../../schemas/drill';
import type { Question } from '../../schemas/question';
import { createRandom, seededShuffle, seedFromString, shownOrder } from '../random';
import { choose, scenarioOf, scoreScenario, startScenario } from '../drill/engine';
import { answerKeyOf, scoreQuiz, type Answer } from '../quiz/score-question';
import { lengthOf } from './lint';

/**
 * Learners who know nothing and click by habit. If any of them scores well, the score measures
 * test-taking, not judgement. They play the real engines in the real shown order.
 */
export const strategies = ['first', 'longest', 'random'] as const;
export type Strategy = (typeof strategies)[number];

export const strategyNames: Record<Strategy, string> = {
  first: '总点第一个',
  longest: '总点最长的',
  random: '随便点',
};

/** The shown position a habit picks among texts already in shown order. */
function pick(strategy: Strategy, shownTexts: readonly string[], random: () => number): number {
  if (strategy === 'first') return 0;
  if (strategy === 'random') return Math.floor(random() * shownTexts.length);
  let longest = 0;
  shownTexts.forEach((text, i) => {
    if (lengthOf(text) > lengthOf(shownTexts[longest] ?? '')) longest = i;
  });
  return longest;
}

type PlayableDrill = Pick<Drill, 'start' | 'meter' | 'nodes' | 'endings'>;

/** Plays a drill to its end by habit; returns the percent the real scoring gives. */
export function playDrillByHabit(drill: PlayableDrill, strategy: Strategy, seed: string): number {
  const scenario = scenarioOf(drill);
  const random = createRandom(seedFromString(`${seed}:habit`));
  let play = startScenario(scenario);
  for (let guard = 0; !play.ending && guard < 1000; guard++) {
    const node = drill.nodes.find((n) => n.id === play.at);
    if (!node) break;
    const order = shownOrder(node.choices.length, `${seed}:${node.id}`);
    const position = pick(
      strategy,
      order.map((i) => node.choices[i]?.text ?? ''),
      random,
    );
    const next = choose(scenario, play, order[position] ?? 0);
    if (next === play) break;
    play = next;
  }
  return scoreScenario(scenario, play.steps, play.ending ? undefined : play.at).percent;
}

/** How a habit answers one question, in the shown order the quiz player uses for `seed`. */
function answerByHabit(
  question: Question,
  strategy: Strategy,
  seed: string,
  random: () => number,
): Answer {
  const shownSeed = `${seed}:${question.id}`;
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const order = shownOrder(question.options.length, shownSeed);
      if (question.type === 'multiple' && strategy === 'random') {
        return { type: 'multiple', selected: order.filter(() => random() < 0.5) };
      }
      const position = pick(
        strategy,
        order.map((i) => question.options[i]?.text ?? ''),
        random,
      );
      return { type: question.type, selected: [order[position] ?? 0] };
    }
    case 'ordering': {
      const shown = seededShuffle(
        question.items.map((_, i) => i),
        shownSeed,
      );
      return {
        type: 'ordering',
        order: strategy === 'random' ? seededShuffle(shown, random() * 2 ** 32) : shown,
      };
    }
    case 'categorise': {
      const at = pick(strategy, question.categories, random);
      return {
        type: 'categorise',
        placed: question.items.map(() =>
          strategy === 'random'
            ? (question.categories[Math.floor(random() * question.categories.length)] ?? null)
            : (question.categories[at] ?? null),
        ),
      };
    }
  }
}

/** Answers every question of a set by habit; returns the percent the real scoring gives. */
export function answerSetByHabit(
  questions: readonly Question[],
  strategy: Strategy,
  seed: string,
): number {
  const random = createRandom(seedFromString(`${seed}:habit`));
  const answers = questions.map((q) => answerByHabit(q, strategy, seed, random));
  return scoreQuiz(questions.map(answerKeyOf), answers).percent;
}

export interface HabitResult {
  kind: 'drill' | 'set';
  id: string;
  strategy: Strategy;
  /** Mean percent over the attempts. */
  mean: number;
  /** Best attempt. */
  max: number;
}

/** Every drill and set under every habit, `attempts` seeded attempts each. */
export function habitReport(
  drills: readonly (PlayableDrill & { id: string })[],
  sets: readonly { id: string; questions: Question[] }[],
  attempts = 20,
): HabitResult[] {
  const rows: HabitResult[] = [];
  const summarise = (kind: HabitResult['kind'], id: string, strategy: Strategy, scores: number[]) =>
    rows.push({
      kind,
      id,
      strategy,
      mean: scores.reduce((a, b) => a + b, 0) / scores.length,
      max: Math.max(...scores),
    });
  const seeds = Array.from({ length: attempts }, (_, i) => `habit-${i}`);
  for (const strategy of strategies) {
    for (const drill of drills) {
      summarise(
        'drill',
        drill.id,
        strategy,
        seeds.map((seed) => playDrillByHabit(drill, strategy, `${drill.id}:${seed}`)),
      );
    }
    for (const set of sets) {
      summarise(
        'set',
        set.id,
        strategy,
        seeds.map((seed) => answerSetByHabit(set.questions, strategy, `${set.id}:${seed}`)),
      );
    }
  }
  return rows;
}
