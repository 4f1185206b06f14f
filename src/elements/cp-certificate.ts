import { certificateText } from '../lib/i18n/zh-training';
import { cleanName, type CertificateStatus } from '../lib/training/certificate';
import { $learnerName, certificate, setLearnerName } from '../stores/training';
import { StoredField } from './stored-field';
import { readTrainingPlan } from './training-plan';
import { CpElement } from './internal/element';

const t = certificateText;
const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' });

/**
 * <cp-certificate>: the printable certificate once every module's check is passed, and before
 * that, what is still missing. The learner's name is only ever set as text.
 */
class CpCertificate extends CpElement {
  connectedCallback() {
    for (const note of this.querySelectorAll<HTMLElement>('[data-needs-script]'))
      note.hidden = true;
    const input = this.querySelector<HTMLInputElement>('input[data-name-input]');
    const form = this.querySelector<HTMLFormElement>('form[data-name-form]');
    const field =
      input &&
      new StoredField(input, (value) => {
        const { name, saved } = setLearnerName(value);
        this.#setText('[data-name-status]', saved ? '' : t.nameNotSaved);
        this.#showName(name);
        return name;
      });
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!input) return;
      const { name, saved } = setLearnerName(input.value);
      input.value = name;
      this.#setText('[data-name-status]', saved ? t.nameSaved : t.nameNotSaved);
    });
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.keep(
      $learnerName.subscribe((records) => {
        // Imported names are checked for length only; print them as cleaned as typed ones.
        const name = cleanName(records[0]?.name ?? '');
        field?.show(name);
        this.#showName(name);
      }),
      certificate(readTrainingPlan()).subscribe((status) => this.#render(status)),
    );
  }

  #setText(selector: string, text: string) {
    const el = this.querySelector(selector);
    if (el && el.textContent !== text) el.textContent = text;
  }

  #showName(name: string) {
    this.#setText('[data-certificate-name]', name || t.namePlaceholder);
    this.querySelector('[data-certificate-name]')?.classList.toggle('placeholder', name === '');
  }

  #render(status: CertificateStatus) {
    const show = (selector: string, visible: boolean) => {
      const el = this.querySelector<HTMLElement>(selector);
      if (el) el.hidden = !visible;
    };
    show('[data-certificate]', status.ready);
    show('[data-name-form]', true);
    show('[data-print-wrap]', status.ready);
    show('[data-certificate-missing]', !status.ready);
    this.#setText('[data-missing-text]', status.ready ? '' : t.missing(status.missing.length));
    for (const row of status.rows) {
      const line = this.querySelector(`[data-certificate-row="${row.module.id}"]`);
      if (line) {
        this.#setText(
          `[data-certificate-row="${row.module.id}"] [data-score]`,
          row.best !== undefined ? t.score(row.best) : '—',
        );
        this.#setText(
          `[data-certificate-row="${row.module.id}"] [data-date]`,
          row.passedAt ? dateFormat.format(row.passedAt) : '—',
        );
      }
      const missing = this.querySelector<HTMLElement>(`[data-missing-module="${row.module.id}"]`);
      if (missing) {
        missing.hidden = row.passed;
        this.#setText(
          `[data-missing-module="${row.module.id}"] [data-missing-detail]`,
          t.missingItem(row.best, row.module.passMark),
        );
      }
    }
    this.#setText(
      '[data-certificate-average]',
      status.average !== undefined ? t.average(status.average) : '',
    );
    this.#setText(
      '[data-certificate-date]',
      status.completedAt ? t.date(dateFormat.format(status.completedAt)) : '',
    );
  }
}

if (!customElements.get('cp-certificate')) customElements.define('cp-certificate', CpCertificate);
