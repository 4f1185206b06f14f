import type { Question } from '../../schemas/question';

/** What a learner answered, by question type. */
export type Answer =
  /** single and multiple: indexes of the options picked (in the question's own order). */
  | { type: 'single' | 'multiple'; selected: number[] }
  /** ordering: the items' original indexes in the order the learner put them. */
  | { type: 'ordering'; order: number[] }
  /** categorise: for each item (original index), the category picked, or null. */
  | { type: 'categorise'; placed: (string | null)[] };

const clamp = (n: number) => Math.min(1, Math.max(0, n));

/** Single choice: 1 when the one picked option is the correct one, else 0. */
export function scoreSingle(correct: readonly boolean[], selected: readonly number[]): number {
  return selected.length === 1 && correct[selected[0] ?? -1] === true ? 1 : 0;
}

/**
 * Multiple choice, partial credit: (right picks − wrong picks) ÷ number of right options, never
 * below 0. Picking every option therefore earns nothing unless every option is right, and an
 * empty answer earns 0.
 */
export function scoreMultiple(correct: readonly boolean[], selected: readonly number[]): number {
  const total = correct.filter(Boolean).length;
  if (total === 0) return 0;
  const picks = new Set(selected.filter((i) => i >= 0 && i < correct.length));
  let right = 0;
  let wrong = 0;
  for (const i of picks) {
    if (correct[i]) right++;
    else wrong++;
  }
  return clamp((right - wrong) / total);
}

/**
 * Ordering, partial credit by pairs: of all n·(n−1)/2 pairs of items, the share the learner put
 * in the right relative order. The exact order earns 1, the reverse 0. Items left out count as
 * wrong for every pair they belong to.
 */
export function scoreOrdering(itemCount: number, order: readonly number[]): number {
  if (itemCount < 2) return order.length === itemCount ? 1 : 0;
  const position = new Map<number, number>();
  order.forEach((item, at) => {
    if (item >= 0 && item < itemCount && !position.has(item)) position.set(item, at);
  });
  let right = 0;
  const pairs = (itemCount * (itemCount - 1)) / 2;
  for (let a = 0; a < itemCount; a++) {
    for (let b = a + 1; b < itemCount; b++) {
      const pa = position.get(a);
      const pb = position.get(b);
      if (pa !== undefined && pb !== undefined && pa < pb) right++;
    }
  }
  return clamp(right / pairs);
}

/** Categorisation: the share of items placed in their right category; unplaced items are wrong. */
export function scoreCategorise(
  expected: readonly string[],
  placed: readonly (string | null)[],
): number {
  if (expected.length === 0) return 0;
  const right = expected.filter((category, i) => placed[i] === category).length;
  return clamp(right / expected.length);
}

/** Just what scoring needs of a question: what a page ships to the browser. */
export type AnswerKey =
  | { id: string; type: 'single' | 'multiple'; correct: boolean[] }
  | { id: string; type: 'ordering'; count: number }
  | { id: string; type: 'categorise'; categories: string[]; expected: string[] };

export function answerKeyOf(question: Question): AnswerKey {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        id: question.id,
        type: question.type,
        correct: question.options.map((o) => o.correct),
      };
    case 'ordering':
      return { id: question.id, type: 'ordering', count: question.items.length };
    case 'categorise':
      return {
        id: question.id,
        type: 'categorise',
        categories: question.categories,
        expected: question.items.map((i) => i.category),
      };
  }
}

/** Scores an answer against a key from 0 to 1; no answer, or one of another type, scores 0. */
export function scoreAnswer(key: AnswerKey, answer: Answer | undefined): number {
  if (!answer) return 0;
  switch (key.type) {
    case 'single':
      return answer.type === 'single' || answer.type === 'multiple'
        ? scoreSingle(key.correct, answer.selected)
        : 0;
    case 'multiple':
      return answer.type === 'single' || answer.type === 'multiple'
        ? scoreMultiple(key.correct, answer.selected)
        : 0;
    case 'ordering':
      return answer.type === 'ordering' ? scoreOrdering(key.count, answer.order) : 0;
    case 'categorise':
      return answer.type === 'categorise' ? scoreCategorise(key.expected, answer.placed) : 0;
  }
}

/** Scores any question from 0 to 1; an answer of the wrong type scores 0. */
export function scoreQuestion(question: Question, answer: Answer | undefined): number {
  return scoreAnswer(answerKeyOf(question), answer);
}

/** A set of answers as a whole percent: the mean of the question scores. */
export function scoreQuiz(
  keys: readonly AnswerKey[],
  answers: readonly (Answer | undefined)[],
): { scores: number[]; percent: number } {
  const scores = keys.map((key, i) => scoreAnswer(key, answers[i]));
  const total = scores.reduce((sum, s) => sum + s, 0);
  return { scores, percent: keys.length ? Math.round((total / keys.length) * 100) : 0 };
}
