import { drillText } from '../lib/i18n/zh-drill';
import { $attempts, recordAttempt, type Attempt } from '../stores/attempts';
import type { DrillResult } from './cp-drill';
import { CpElement } from './internal/element';

const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short' });

/**
 * <cp-drill-record>: wraps a practice <cp-drill> and keeps its runs: each finished run becomes
 * an attempt in the training records, and the drill's history lists the attempts on this device.
 * The slots it fills ([data-not-saved], [data-history-empty], [data-attempts]) are in the
 * drill's own markup.
 */
class CpDrillRecord extends CpElement {
  connectedCallback() {
    const drill = this.required('cp-drill').dataset.drill ?? '';
    this.addEventListener('cp-drill-complete', (event) =>
      this.#record((event as CustomEvent<DrillResult>).detail),
    );
    this.keep($attempts.subscribe((attempts) => this.#renderHistory(drill, attempts)));
  }

  #record(result: DrillResult) {
    const attempt: Attempt = {
      drill: result.drill,
      at: Date.now(),
      choices: result.choices,
      percent: result.percent,
      standards: result.standards,
      seconds: result.seconds,
    };
    if (result.ending) attempt.ending = result.ending;
    const notSaved = this.querySelector<HTMLElement>('[data-not-saved]');
    const saved = recordAttempt(attempt);
    if (notSaved) notSaved.hidden = saved;
  }

  #endingTitle(id: string): string {
    const ending = [...this.querySelectorAll<HTMLElement>('[data-ending]')].find(
      (section) => section.dataset.ending === id,
    );
    return ending?.querySelector('[data-ending-title]')?.textContent ?? '';
  }

  #renderHistory(drill: string, attempts: readonly Attempt[]) {
    const mine = attempts.filter((a) => a.drill === drill).reverse();
    this.required('[data-history-empty]').hidden = mine.length > 0;
    this.required('[data-attempts]').replaceChildren(
      ...mine.map((attempt) => {
        const item = document.createElement('li');
        item.dataset.attempt = '';
        const ending = attempt.ending ? this.#endingTitle(attempt.ending) : drillText.timeout;
        item.textContent = drillText.attempt(
          dateFormat.format(attempt.at),
          attempt.percent,
          ending,
        );
        return item;
      }),
    );
  }
}

if (!customElements.get('cp-drill-record')) customElements.define('cp-drill-record', CpDrillRecord);
