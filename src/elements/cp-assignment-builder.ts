import {
  assignmentLink,
  decodeAssignmentCode,
  type Assignment,
} from '../lib/assignment/assignment-code';
import {
  assignmentFromDraft,
  itemMatches,
  type AssignmentDraft,
  type ItemFilter,
} from '../lib/assignment/draft';
import { assignmentFacts } from '../lib/assignment/describe';
import { builderText } from '../lib/i18n/zh-trainer';
import type { CpQr } from './cp-qr';
import { definitionList } from './internal/dom';
import { CpElement } from './internal/element';

const t = builderText;

/** Today in the trainer's own time zone, as YYYY-MM-DD. */
function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Four letters and digits without look-alikes (no 0/O, 1/I/L). */
function randomSeed(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const values = crypto.getRandomValues(new Uint8Array(4));
  return [...values].map((v) => alphabet[v % alphabet.length]).join('');
}

/**
 * <cp-assignment-builder>: the trainer's form over server-rendered lists of every drill and
 * question. It filters the lists, reads the form into a draft, and shows the link, QR code and
 * handout of the assignment src/lib/assignment builds. An assignment link opened at /trainer/#…
 * fills the form again, to re-issue or adjust it.
 */
class CpAssignmentBuilder extends CpElement {
  #form!: HTMLFormElement;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-builder-form]');
    if (!form) return;
    this.#form = form;
    this.required('[data-static-note]').hidden = true;
    this.#field('seed').value ||= randomSeed();
    this.required('[data-new-seed]').addEventListener('click', () => {
      this.#field('seed').value = randomSeed();
      this.#changed();
    });
    for (const select of this.querySelectorAll<HTMLSelectElement>('[data-filter]')) {
      select.addEventListener('change', () => this.#applyFilter());
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-select]')) {
      button.addEventListener('click', () => this.#selectVisible(button.dataset.select === 'all'));
    }
    form.addEventListener('change', () => this.#changed());
    form.addEventListener('input', () => this.#changed());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#generate();
    });
    this.required('[data-builder-print]').addEventListener('click', () => print());
    this.#loadFromHash();
    this.#applyFilter();
    this.#updateCounts();
  }

  #field(name: string): HTMLInputElement {
    return this.#form.elements.namedItem(name) as HTMLInputElement;
  }

  #boxes(name: 'question' | 'drill'): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input[data-pick="${name}"]`)];
  }

  #items(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-item]')];
  }

  #applyFilter() {
    const filter: ItemFilter = { type: '', module: '', incident: '' };
    for (const select of this.querySelectorAll<HTMLSelectElement>('[data-filter]')) {
      filter[select.dataset.filter as keyof ItemFilter] = select.value;
    }
    const items = this.#items();
    let shown = 0;
    for (const item of items) {
      const facets = {
        type: item.dataset.type ?? '',
        modules: (item.dataset.modules ?? '').split(' '),
        incidents: (item.dataset.incidents ?? '').split(' '),
      };
      item.hidden = !itemMatches(facets, filter);
      if (!item.hidden) shown++;
    }
    const filtering = filter.type !== '' || filter.module !== '' || filter.incident !== '';
    for (const group of this.querySelectorAll<HTMLDetailsElement>('[data-group]')) {
      const visible = group.querySelectorAll('[data-item]:not([hidden])').length;
      group.hidden = visible === 0;
      // A filter opens the groups it leaves something in, so the matches are in view.
      if (filtering && visible > 0) group.open = true;
    }
    this.required('[data-builder-shown]').textContent = t.showing(shown, items.length);
    this.required('[data-builder-no-match]').hidden = shown > 0;
  }

  #selectVisible(on: boolean) {
    for (const item of this.#items()) {
      if (item.hidden) continue;
      const box = item.querySelector<HTMLInputElement>('input[type="checkbox"]');
      if (box) box.checked = on;
    }
    this.#changed();
  }

  #updateCounts() {
    const checked = (name: 'question' | 'drill') =>
      this.#boxes(name).filter((b) => b.checked).length;
    this.required('[data-builder-count]').textContent = t.selected(
      checked('question'),
      checked('drill'),
    );
    for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
      const count = group.querySelector('[data-group-count]');
      if (count)
        count.textContent = String(group.querySelectorAll('input[type="checkbox"]:checked').length);
    }
  }

  #changed() {
    this.#updateCounts();
    const output = this.required('[data-builder-output]');
    if (!output.hidden) this.required('[data-builder-stale]').hidden = false;
  }

  #draft(): AssignmentDraft {
    const value = (name: string) => this.#field(name).value;
    return {
      title: value('title'),
      passMark: value('passMark'),
      timeLimitMinutes: value('timeLimitMinutes'),
      attempts: value('attempts'),
      seed: value('seed'),
      orderPerTrainee: this.#field('orderPerTrainee').checked,
      due: value('due'),
      drillWeight: value('drillWeight'),
      questions: this.#boxes('question')
        .filter((b) => b.checked)
        .map((b) => b.value),
      drills: this.#boxes('drill')
        .filter((b) => b.checked)
        .map((b) => b.value),
    };
  }

  async #generate() {
    const result = assignmentFromDraft(this.#draft(), {
      contentVersion: this.dataset.contentVersion ?? '00000000',
      now: Date.now(),
      today: localDate(),
    });
    const problems = this.required('[data-builder-problems]');
    if (!result.ok) {
      this.required('[data-builder-problem-list]').replaceChildren(
        ...result.problems.map((problem) => {
          const item = document.createElement('li');
          item.textContent = problem.message;
          return item;
        }),
      );
      problems.hidden = false;
      problems.tabIndex = -1;
      problems.focus();
      const first = result.problems[0];
      if (first && first.field !== 'items')
        this.#field(first.field).setAttribute('aria-invalid', 'true');
      return;
    }
    problems.hidden = true;
    for (const input of this.#form.querySelectorAll('[aria-invalid]'))
      input.removeAttribute('aria-invalid');
    await this.#show(result.assignment);
  }

  async #show(assignment: Assignment) {
    const link = assignmentLink(location.origin, assignment);
    const anchor = this.required<HTMLAnchorElement>('[data-assignment-link]');
    anchor.href = link;
    anchor.textContent = link;
    this.required<HTMLAnchorElement>('[data-builder-open]').href = link;
    this.required('[data-handout-title]').textContent = assignment.title;
    this.required('[data-handout-link]').textContent = link;
    this.required('[data-handout-facts]').replaceChildren(
      ...definitionList(assignmentFacts(assignment)),
    );
    const output = this.required('[data-builder-output]');
    output.hidden = false;
    this.required('[data-builder-stale]').hidden = true;
    this.classList.add('has-output');
    this.required('#builder-output-title').focus();
    await this.required<CpQr & HTMLElement>('cp-qr').show(link, t.qrAlt(assignment.title));
  }

  /** /trainer/#CPA1… : fill the form from an existing assignment. */
  #loadFromHash() {
    if (!location.hash.startsWith('#CPA')) return;
    const decoded = decodeAssignmentCode(location.hash.slice(1));
    if (!decoded.ok) {
      const problems = this.required('[data-builder-problems]');
      this.required('[data-builder-problem-list]').replaceChildren(
        Object.assign(document.createElement('li'), { textContent: decoded.error.message }),
      );
      problems.hidden = false;
      return;
    }
    const a = decoded.value;
    const set = (name: string, value: string) => (this.#field(name).value = value);
    set('title', a.title);
    set('passMark', String(a.passMark));
    set('timeLimitMinutes', String(a.timeLimitMinutes));
    set('attempts', String(a.attempts));
    set('seed', a.seed);
    set('due', a.due ?? '');
    set('drillWeight', String(a.drillWeight));
    this.#field('orderPerTrainee').checked = a.orderPerTrainee;
    for (const box of this.#boxes('question')) box.checked = a.questions.includes(box.value);
    for (const box of this.#boxes('drill')) box.checked = a.drills.includes(box.value);
  }
}

if (!customElements.get('cp-assignment-builder'))
  customElements.define('cp-assignment-builder', CpAssignmentBuilder);
