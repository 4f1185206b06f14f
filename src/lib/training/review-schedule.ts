import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCard } from './records';

// Spaced repetition for missed questions, scheduled by FSRS (ts-fsrs). Short-term learning steps
// stay on: a question missed today comes back later today (1 and 10 minutes), and once it is
// answered well it moves out to days, then weeks.

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

/** How well a question was answered (0..1) as an FSRS grade. */
export function gradeOfScore(score: number): Grade {
  if (score >= 1) return Rating.Good;
  if (score > 0) return Rating.Hard;
  return Rating.Again;
}

function toCard(card: ReviewCard): Card {
  const { question: _q, source: _s, updated: _u, due, last_review, ...numbers } = card;
  const result: Card = { ...numbers, due: new Date(due) };
  if (last_review !== undefined) result.last_review = new Date(last_review);
  return result;
}

function fromCard(
  question: string,
  card: Card,
  now: number,
  source: string | undefined,
): ReviewCard {
  const result: ReviewCard = {
    question,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    updated: now,
  };
  if (card.last_review) result.last_review = card.last_review.getTime();
  if (source !== undefined) result.source = source;
  return result;
}

/** The card after answering its question with `score` at `now`; a new card when there was none. */
export function scheduleAnswer(
  previous: ReviewCard | undefined,
  question: string,
  score: number,
  now: number,
  source?: string,
): ReviewCard {
  const card = previous ? toCard(previous) : createEmptyCard(new Date(now));
  const next = scheduler.next(card, new Date(now), gradeOfScore(score)).card;
  return fromCard(question, next, now, source ?? previous?.source);
}

/** The questions of a quiz result and how well each was answered. */
export interface AnsweredQuestions {
  questions: readonly string[];
  scores: readonly number[];
}

/**
 * Every question answered with a score below 1 enters the queue, or, when already there, is
 * rescheduled as a lapse. Questions answered fully right outside a review are left alone.
 */
export function queueMisses(
  queue: readonly ReviewCard[],
  result: AnsweredQuestions,
  now: number,
  source: string,
): ReviewCard[] {
  const byQuestion = new Map(queue.map((card) => [card.question, card]));
  result.questions.forEach((question, i) => {
    const score = result.scores[i] ?? 0;
    if (score >= 1) return;
    byQuestion.set(
      question,
      scheduleAnswer(byQuestion.get(question), question, score, now, source),
    );
  });
  return [...byQuestion.values()];
}

/** A review round: every question asked is rescheduled by how well it was answered. */
export function applyReview(
  queue: readonly ReviewCard[],
  result: AnsweredQuestions,
  now: number,
): ReviewCard[] {
  const byQuestion = new Map(queue.map((card) => [card.question, card]));
  result.questions.forEach((question, i) => {
    byQuestion.set(
      question,
      scheduleAnswer(byQuestion.get(question), question, result.scores[i] ?? 0, now),
    );
  });
  return [...byQuestion.values()];
}
