import { reviewText } from '../lib/i18n/zh-training';
import type { ReviewCard } from '../lib/training/records';
import { recordReviewRound } from '../stores/review';
import { reviewAgenda, type ReviewAgenda } from '../stores/review-queue';
import type { QuizResult } from './cp-quiz';
import { CpElement } from './internal/element';

const t = reviewText;
const dayFormat = new Intl.DateTimeFormat('zh-CN', {
  month: 'long',
  day: 'numeric',
  weekday: 'short',
});

/**
 * <cp-review>: the review queue. Lists what is due today and later, hands today's questions to
 * the <cp-quiz> inside it as its pool, and reschedules every question of a finished round.
 */
class CpReview extends CpElement {
  #known = new Set<string>();
  #sources: Record<string, string> = {};
  #roundOpen = false;

  connectedCallback() {
    const keys = this.readJson<{ id: string }[]>('[data-answer-keys]');
    if (keys) this.#known = new Set(keys.map((k) => k.id));
    this.#sources = this.readJson<Record<string, string>>('[data-review-sources]') ?? {};
    for (const note of this.querySelectorAll<HTMLElement>('[data-needs-script]'))
      note.hidden = true;
    this.addEventListener('click', (event) => {
      if (!(event.target as HTMLElement).closest('[data-quiz-start], [data-quiz-retry]')) return;
      // The round shows the questions themselves; the list would only push them down.
      this.#roundOpen = true;
      const list = this.querySelector<HTMLElement>('[data-review-due-section]');
      if (list) list.hidden = true;
    });
    this.addEventListener('cp-quiz-complete', (event) => {
      const result = (event as CustomEvent<QuizResult>).detail;
      // The player has just said the questions were rescheduled: correct it if nothing was saved.
      if (!recordReviewRound(result)) {
        const verdict = this.querySelector('[data-quiz-verdict]');
        if (verdict) verdict.textContent = t.roundNotSaved;
      }
    });
    this.keep(reviewAgenda(this.#known).subscribe((agenda) => this.#render(agenda)));
  }

  #render({ due, later }: ReviewAgenda) {
    const summary = this.querySelector<HTMLElement>('[data-review-summary]');
    if (summary) {
      const first = later[0];
      summary.textContent =
        due.length > 0
          ? t.due(due.length)
          : first
            ? t.noneDue(dayFormat.format(first.due))
            : t.empty;
    }
    this.#fill('[data-review-due-list]', '[data-review-due-section]', due, (card) =>
      this.#sourceText(card),
    );
    const dueSection = this.querySelector<HTMLElement>('[data-review-due-section]');
    if (dueSection && this.#roundOpen) dueSection.hidden = true;
    this.#fill('[data-review-later-list]', '[data-review-later-section]', later, (card) =>
      t.dueAt(dayFormat.format(card.due)),
    );

    const quiz = this.querySelector<HTMLElement>('cp-quiz');
    if (quiz) quiz.dataset.pool = due.map((card) => card.question).join(' ');
    const box = this.querySelector<HTMLElement>('[data-review-quiz]');
    if (box) box.hidden = due.length === 0 && !this.#roundOpen;
    const retry = this.querySelector<HTMLElement>('[data-quiz-retry]');
    if (retry) retry.hidden = due.length === 0;
  }

  #sourceText(card: ReviewCard): string {
    const parts: string[] = [];
    const source = card.source ? this.#sources[card.source] : undefined;
    if (source) parts.push(t.fromCheck(source));
    if (card.lapses > 0) parts.push(t.lapses(card.lapses));
    return parts.join(' · ');
  }

  #fill(
    listSelector: string,
    sectionSelector: string,
    cards: ReviewCard[],
    note: (card: ReviewCard) => string,
  ) {
    const list = this.querySelector<HTMLElement>(listSelector);
    const section = this.querySelector<HTMLElement>(sectionSelector);
    if (!list) return;
    if (section) section.hidden = cards.length === 0;
    const items = cards.map((card) => {
      const item = document.createElement('li');
      item.dataset.reviewItem = card.question;
      const prompt = document.createElement('span');
      prompt.className = 'prompt';
      prompt.textContent = this.#prompt(card.question);
      item.append(prompt);
      const detail = note(card);
      if (detail) {
        const small = document.createElement('span');
        small.className = 'detail';
        small.textContent = detail;
        item.append(small);
      }
      return item;
    });
    list.replaceChildren(...items);
    const count = section?.querySelector('[data-count]');
    if (count) count.textContent = String(cards.length);
  }

  /** The question as the learner reads it, from its server-rendered legend without the type tag. */
  #prompt(id: string): string {
    const legend = this.querySelector(`[data-question="${id}"] legend`);
    if (!legend) return id;
    return [...legend.childNodes]
      .filter((node) => !(node instanceof Element && node.classList.contains('tag')))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
  }
}

if (!customElements.get('cp-review')) customElements.define('cp-review', CpReview);
