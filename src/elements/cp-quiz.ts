import { quizText } from '../lib/i18n/zh-quiz';
import { drawQuestions } from '../lib/quiz/draw';
import { freshSeed, seededShuffle, shownOrder } from '../lib/random';
import { scoreQuiz, type Answer, type AnswerKey } from '../lib/quiz/score-question';
import { CpElement } from './internal/element';

/** What <cp-quiz> reports when a check is submitted (event `cp-quiz-complete`). */
export interface QuizResult {
  quiz: string;
  seed: string;
  /** Question ids in the order asked. */
  questions: string[];
  answers: (Answer | undefined)[];
  /** Score of each question, 0 to 1. */
  scores: number[];
  percent: number;
  passed: boolean;
}

/**
 * <cp-quiz>: a knowledge check over server-rendered questions. Draws the questions for an
 * attempt, collects answers, scores them with src/lib/quiz and announces the result as a
 * `cp-quiz-complete` event for the page to record. With data-mode="assessment" (assignments)
 * the page starts it with begin() and nothing is revealed after submitting.
 */
export class CpQuiz extends CpElement {
  #keys = new Map<string, AnswerKey>();
  #asked: string[] = [];
  #seed = '';
  /** Seeds the shown order of options; the draw seed unless an assignment sets its own. */
  #optionSeed: string | undefined;
  #pool: string[] | undefined;
  #confirmedEmpty = false;
  #submitted = false;
  #assessment = false;

  connectedCallback() {
    const keys = this.readJson<AnswerKey[]>('[data-answer-keys]');
    if (!keys) return;
    for (const key of keys) this.#keys.set(key.id, key);
    this.#assessment = this.dataset.mode === 'assessment';
    this.required('[data-static-note]').hidden = true;
    const start = this.required<HTMLButtonElement>('[data-quiz-start]');
    start.hidden = this.#assessment;
    start.addEventListener('click', () => this.#start());
    this.querySelector('[data-quiz-retry]')?.addEventListener('click', () => this.#start());
    this.required('[data-quiz-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    this.addEventListener('click', (event) => {
      const move = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-move]');
      if (move) this.#move(move);
    });
  }

  #item(id: string): HTMLElement {
    return this.required(`[data-question="${id}"]`);
  }

  /**
   * Starts a check on exactly these questions (unknown ids are skipped), ordered by `seed`, with
   * options shown in the order `optionSeed` gives.
   */
  begin(ids: readonly string[], seed: string, optionSeed = seed) {
    this.#pool = ids.filter((id) => this.#keys.has(id));
    this.dataset.seed = seed;
    this.#optionSeed = optionSeed;
    this.#start();
  }

  /** Submits at once, unanswered questions included (an assignment's time ran out). */
  stop() {
    if (this.#asked.length === 0 || this.#submitted) return;
    this.#confirmedEmpty = true;
    this.#submit();
  }

  #start() {
    this.#seed = this.dataset.seed || freshSeed();
    const count = this.dataset.count ? Number(this.dataset.count) : undefined;
    // begin() sets the pool (assignments); data-pool (space-separated ids) limits the draw
    // otherwise, e.g. to the questions due for review.
    const pool =
      this.#pool ??
      (this.dataset.pool === undefined
        ? [...this.#keys.keys()]
        : this.dataset.pool.split(' ').filter((id) => this.#keys.has(id)));
    this.#asked = drawQuestions(pool, this.#seed, count);
    this.#confirmedEmpty = false;
    this.#submitted = false;
    const list = this.required('.questions');
    for (const item of list.querySelectorAll<HTMLElement>('[data-question]')) item.hidden = true;
    for (const id of this.#asked) {
      const item = this.#item(id);
      list.append(item);
      item.hidden = false;
      this.#reset(item);
    }
    const result = this.querySelector<HTMLElement>('[data-quiz-result]');
    if (result) result.hidden = true;
    this.required('[data-quiz-warning]').hidden = true;
    this.required('[data-quiz-submit]').hidden = false;
    this.required('[data-quiz-start]').hidden = true;
    this.required('[data-quiz-form]').hidden = false;
    list
      .querySelector<HTMLElement>(
        '[data-question]:not([hidden]) input, [data-question]:not([hidden]) select, [data-question]:not([hidden]) button',
      )
      ?.focus();
  }

  #reset(item: HTMLElement) {
    for (const input of item.querySelectorAll<HTMLInputElement>('input')) {
      input.checked = false;
      input.disabled = false;
    }
    for (const select of item.querySelectorAll<HTMLSelectElement>('select')) {
      select.value = '';
      select.disabled = false;
    }
    for (const button of item.querySelectorAll<HTMLButtonElement>('[data-move]'))
      button.disabled = false;
    const order = item.querySelector<HTMLElement>('[data-order-list]');
    if (order) {
      // Back to the content order first, so the same seed always shows the same order.
      const items = ([...order.children] as HTMLElement[]).sort(
        (a, b) => Number(a.dataset.item) - Number(b.dataset.item),
      );
      order.append(...seededShuffle(items, `${this.#seed}:${item.dataset.question}`));
    }
    // Options are shown in this attempt's order; their values stay the content index.
    const options = item.querySelector<HTMLElement>('[data-options]');
    if (options) {
      const byIndex = new Map(
        [...options.querySelectorAll<HTMLElement>('[data-option]')].map((option) => [
          Number(option.dataset.option),
          option,
        ]),
      );
      options.append(
        ...shownOrder(
          byIndex.size,
          `${this.#optionSeed ?? this.#seed}:${item.dataset.question}`,
        ).flatMap((i) => byIndex.get(i) ?? []),
      );
    }
    const result = item.querySelector<HTMLElement>('[data-question-result]');
    if (!result) return;
    result.hidden = true;
    result.classList.remove('right', 'wrong');
  }

  #move(button: HTMLButtonElement) {
    const item = button.closest('li');
    const list = item?.parentElement;
    if (!item || !list) return;
    if (button.dataset.move === 'up' && item.previousElementSibling)
      list.insertBefore(item, item.previousElementSibling);
    if (button.dataset.move === 'down' && item.nextElementSibling)
      list.insertBefore(item.nextElementSibling, item);
    button.focus();
  }

  #answer(id: string): Answer | undefined {
    const key = this.#keys.get(id);
    const item = this.#item(id);
    if (!key) return undefined;
    switch (key.type) {
      case 'single':
      case 'multiple': {
        const selected = [...item.querySelectorAll<HTMLInputElement>('input:checked')].map((i) =>
          Number(i.value),
        );
        return selected.length ? { type: key.type, selected } : undefined;
      }
      case 'ordering':
        return {
          type: 'ordering',
          order: [...item.querySelectorAll<HTMLElement>('[data-order-list] > li')].map((li) =>
            Number(li.dataset.item),
          ),
        };
      case 'categorise': {
        const placed: (string | null)[] = [];
        for (const select of item.querySelectorAll<HTMLSelectElement>('[data-category-for]')) {
          placed[Number(select.dataset.categoryFor)] = select.value || null;
        }
        return placed.some((p) => p !== null) ? { type: 'categorise', placed } : undefined;
      }
    }
  }

  #submit() {
    if (this.#submitted) return;
    const answers = this.#asked.map((id) => this.#answer(id));
    const empty = answers.filter((a) => a === undefined).length;
    const warning = this.required('[data-quiz-warning]');
    if (empty > 0 && !this.#confirmedEmpty) {
      this.#confirmedEmpty = true;
      warning.textContent = quizText.unanswered(empty);
      warning.hidden = false;
      return;
    }
    warning.hidden = true;
    this.#submitted = true;
    const keys = this.#asked
      .map((id) => this.#keys.get(id))
      .filter((k): k is AnswerKey => k !== undefined);
    const { scores, percent } = scoreQuiz(keys, answers);
    const passMark = Number(this.dataset.passMark ?? 80);
    const passed = percent >= passMark;
    this.#asked.forEach((id, i) => {
      const item = this.#item(id);
      for (const control of item.querySelectorAll<
        HTMLInputElement | HTMLSelectElement | HTMLButtonElement
      >('input, select, [data-move]')) {
        control.disabled = true;
      }
      const result = item.querySelector<HTMLElement>('[data-question-result]');
      if (!result) return;
      const score = scores[i] ?? 0;
      result.classList.toggle('right', score === 1);
      result.classList.toggle('wrong', score < 1);
      this.required('[data-verdict]', result).textContent =
        score === 1
          ? quizText.right
          : score > 0
            ? quizText.partly(Math.round(score * 100))
            : quizText.wrong;
      result.hidden = false;
    });
    this.required('[data-quiz-submit]').hidden = true;
    if (!this.#assessment) {
      this.required('[data-quiz-score]').textContent = quizText.score(percent);
      this.required('[data-quiz-verdict]').textContent =
        this.dataset.mode === 'review'
          ? quizText.reviewDone(scores.filter((s) => s === 1).length, scores.length)
          : passed
            ? quizText.passedNote
            : quizText.failed(passMark);
      const section = this.required('[data-quiz-result]');
      section.hidden = false;
      this.required('h2', section).focus();
    }
    const detail: QuizResult = {
      quiz: this.dataset.quiz ?? '',
      seed: this.#seed,
      questions: this.#asked,
      answers,
      scores,
      percent,
      passed,
    };
    this.dispatchEvent(new CustomEvent<QuizResult>('cp-quiz-complete', { detail, bubbles: true }));
  }
}

if (!customElements.get('cp-quiz')) customElements.define('cp-quiz', CpQuiz);
