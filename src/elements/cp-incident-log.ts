import { clockFormat } from '../lib/incident/clock';
import { canReopen, isOpen, logOrder, type IncidentRecord } from '../lib/incident/record';
import { pendingSteps, type FormShape } from '../lib/incident/report';
import { cardHref } from '../lib/incident/routes';
import { incidentLogText as t } from '../lib/i18n/zh-incident';
import { encodeCollection } from '../lib/storage/versioned';
import { saveFile } from './internal/save-file';
import { defaultKind, reportFor } from '../stores/incident-report';
import { $incidents, incidentFormat, removeIncident, resumeIncident } from '../stores/incidents';
import { CpElement } from './internal/element';

const clock = clockFormat();

/**
 * <cp-incident-log>: every incident handled on this device. Open ones link back to their card;
 * closed ones can be reopened, deleted (after a second tap) or their report downloaded; the whole
 * log exports as JSON (the stored format) or as text (every report).
 */
class CpIncidentLog extends CpElement {
  #forms: FormShape[] = [];

  connectedCallback() {
    this.#forms = this.readJson<FormShape[]>('[data-forms]') ?? [];
    this.required('[data-log-toolbar]').hidden = false;
    this.addEventListener('click', (event) => this.#onClick(event));
    this.keep($incidents.subscribe((records) => this.#render(records)));
  }

  #say(message: string) {
    this.required('[data-log-status]').textContent = message;
  }

  #render(records: readonly IncidentRecord[]) {
    const template = this.required<HTMLTemplateElement>('template[data-log-item]');
    const ordered = logOrder(records);
    this.required('[data-log-empty]').hidden = ordered.length > 0;
    this.required('[data-log-list]').replaceChildren(
      ...ordered.map((record) => {
        const item = (template.content.firstElementChild as HTMLElement).cloneNode(
          true,
        ) as HTMLElement;
        item.dataset.incident = record.id;
        const open = isOpen(record);
        item.toggleAttribute('data-open', open);
        const link = this.required<HTMLAnchorElement>('[data-item-link]', item);
        link.href = cardHref(record.type, open ? undefined : record.id);
        link.textContent = record.title;
        this.required('[data-item-state]', item).textContent = open ? t.open : t.closed;
        this.required('[data-item-span]', item).textContent = t.span(
          clock.dateTime(record.openedAt),
          record.closedAt === undefined
            ? undefined
            : clock.timeOn(record.closedAt, record.openedAt),
        );
        this.required('[data-item-progress]', item).textContent = t.progress(
          record.steps.length - pendingSteps(record).length,
          record.steps.length,
        );
        this.required('[data-item-reopen]', item).hidden = open;
        this.required('[data-item-remove]', item).hidden = open;
        return item;
      }),
    );
  }

  #onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.matches('[data-export-json]')) return this.#exportJson();
    if (button.matches('[data-export-text]')) return this.#exportText();
    const item = button.closest<HTMLElement>('[data-incident]');
    const record = $incidents.get().find((r) => r.id === item?.dataset.incident);
    if (!item || !record) return;
    if (button.matches('[data-item-reopen]')) {
      if (!canReopen($incidents.get(), record) || !resumeIncident(record.id))
        return this.#say(t.reopenBlocked);
      this.#focusItem(record.id, '[data-item-link]');
    } else if (button.matches('[data-item-report]')) {
      const form = this.#forms[0];
      if (!form) return;
      const report = reportFor(record, form, defaultKind(record));
      saveFile(report.fileName, report.text);
      this.#say(t.exported(report.fileName));
    } else if (button.matches('[data-item-remove]')) {
      this.required('[data-item-confirm]', item).hidden = false;
      this.required('[data-item-remove-no]', item).focus();
    } else if (button.matches('[data-item-remove-no]')) {
      this.required('[data-item-confirm]', item).hidden = true;
      this.required('[data-item-remove]', item).focus();
    } else if (button.matches('[data-item-remove-yes]')) {
      removeIncident(record.id);
      this.#say(t.removed);
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
  }

  #focusItem(id: string, selector: string) {
    const item = [...this.querySelectorAll<HTMLElement>('[data-incident]')].find(
      (el) => el.dataset.incident === id,
    );
    if (item) this.required(selector, item).focus();
  }

  #exportJson() {
    const records = $incidents.get();
    if (records.length === 0) return this.#say(t.nothingToExport);
    const name = `incidents-${clock.date(Date.now())}.json`;
    saveFile(
      name,
      JSON.stringify(JSON.parse(encodeCollection(records, incidentFormat)), null, 2),
      'application/json',
    );
    this.#say(t.exported(name));
  }

  #exportText() {
    const form = this.#forms[0];
    const records = logOrder($incidents.get());
    if (records.length === 0 || !form) return this.#say(t.nothingToExport);
    const name = `reports-${clock.date(Date.now())}.txt`;
    const text = records
      .map((record) => reportFor(record, form, defaultKind(record)).text)
      .join(`\n${'—'.repeat(20)}\n\n`);
    saveFile(name, text);
    this.#say(t.exported(name));
  }
}

if (!customElements.get('cp-incident-log')) customElements.define('cp-incident-log', CpIncidentLog);
