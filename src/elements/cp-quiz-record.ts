import { trainingText } from '../lib/i18n/zh-training';
import { moduleOfQuiz } from '../lib/training/plan';
import type { QuizResult } from './cp-quiz';
import { recordCheck } from '../stores/training';

/**
 * <cp-quiz-record>: wraps a <cp-quiz> and keeps what its results mean for the learner: a
 * module's check counts toward the path, and every question not fully right enters the review
 * queue. The scheduler loads on the first result, not with the page.
 */
class CpQuizRecord extends HTMLElement {
  connectedCallback() {
    this.addEventListener(
      'cp-quiz-complete',
      (event) => void this.#record((event as CustomEvent<QuizResult>).detail),
    );
  }

  async #record(result: QuizResult) {
    const status = this.querySelector<HTMLElement>('[data-record-status]');
    const text = status?.querySelector<HTMLElement>('[data-record-text]');
    const parts: string[] = [];
    const module = moduleOfQuiz(result.quiz);
    let problem = false;
    if (module && module === this.dataset.module) {
      const saved = recordCheck(module, result, Number(this.dataset.passMark ?? 80));
      problem ||= !saved;
      parts.push(
        (saved ? trainingText.checkSaved : trainingText.checkNotSaved)(
          result.percent,
          result.passed,
        ),
      );
    }
    try {
      const { queueMissedQuestions } = await import('../stores/review');
      const { missed, saved } = queueMissedQuestions(result, result.quiz);
      problem ||= !saved;
      parts.push(saved ? trainingText.queued(missed) : trainingText.queueNotSaved(missed));
    } catch {
      problem = true;
      parts.push(trainingText.queueFailed);
    }
    if (status && text) {
      text.textContent = parts.join('');
      status.classList.add('notice');
      status.classList.toggle('ok', !problem);
      const link = status.querySelector<HTMLElement>('[data-record-link]');
      if (link) link.hidden = false;
    }
  }
}

if (!customElements.get('cp-quiz-record')) customElements.define('cp-quiz-record', CpQuizRecord);
