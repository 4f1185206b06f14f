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
    this.addEventListener('cp-quiz-complete', (event) => void this.#record((event as CustomEvent<QuizResult>).detail));
  }

  async #record(result: QuizResult) {
    const status = this.querySelector<HTMLElement>('[data-record-status]');
    const text = status?.querySelector<HTMLElement>('[data-record-text]');
    const parts: string[] = [];
    const module = moduleOfQuiz(result.quiz);
    if (module && module === this.dataset.module) {
      recordCheck(module, result, Number(this.dataset.passMark ?? 80));
      parts.push(trainingText.checkSaved(result.percent, result.passed));
    }
    try {
      const { queueMissedQuestions } = await import('../stores/review');
      parts.push(trainingText.queued(queueMissedQuestions(result, result.quiz)));
    } catch {
      parts.push(trainingText.queueFailed);
    }
    if (status && text) {
      text.textContent = parts.join('');
      status.classList.add('filled');
      const link = status.querySelector<HTMLElement>('[data-record-link]');
      if (link) link.hidden = false;
    }
  }
}

if (!customElements.get('cp-quiz-record')) customElements.define('cp-quiz-record', CpQuizRecord);
