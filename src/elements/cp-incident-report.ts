import { asksForKind, type FormShape, type ReportKind } from '../lib/incident/report';
import { incidentReportText as t } from '../lib/i18n/zh-incident';
import { saveFile } from './internal/save-file';
import {
  $contactOverrides,
  $incidentSettings,
  updateIncidentSettings,
  type IncidentSettings,
} from '../stores/incident-settings';
import { defaultKind, reportFor } from '../stores/incident-report';
import { StoredField } from './stored-field';
import { $incidents, findIncident } from '../stores/incidents';
import { CpElement } from './internal/element';

/**
 * <cp-incident-report>: 生成书面报告 for the incident its card shows (data-incident-id, set by
 * <cp-incident-card>). The text comes from src/lib/incident/report; this element only collects
 * the choices, shows the text, and copies, prints or downloads it. Once shown, the text follows
 * every later tick, call and note.
 */
class CpIncidentReport extends CpElement {
  static observedAttributes = ['data-incident-id'];
  #forms: FormShape[] = [];
  #kindTouched = false;
  #fileName = '';

  connectedCallback() {
    this.#forms = this.readJson<FormShape[]>('[data-forms]') ?? [];
    this.required('[data-report-controls]').hidden = false;
    this.required('[data-report]').addEventListener('click', () => this.#generate(true));
    this.required('[data-report-copy]').addEventListener('click', () => void this.#copy());
    this.required('[data-report-print]').addEventListener('click', () => this.#print());
    this.required('[data-report-download]').addEventListener('click', () => {
      saveFile(this.#fileName, this.#text().textContent ?? '');
      this.#say(t.downloaded(this.#fileName));
    });
    this.addEventListener('change', (event) => {
      const target = event.target as HTMLElement;
      if (target.matches('[data-report-kind]')) this.#kindTouched = true;
      this.#showKindField();
      this.#refresh();
    });
    const reporter = new StoredField(this.required<HTMLInputElement>('[data-reporter]'), (value) =>
      this.#saveSetting({ reporter: value }, value),
    );
    const project = new StoredField(this.required<HTMLInputElement>('[data-project]'), (value) =>
      this.#saveSetting({ project: value }, value),
    );
    this.#showKindField();
    this.keep(
      $incidentSettings.subscribe((settings) => {
        reporter.show(settings.reporter);
        project.show(settings.project);
        this.#refresh();
      }),
      $incidents.listen(() => this.#refresh()),
      $contactOverrides.listen(() => this.#refresh()),
    );
  }

  /** Saves the reporter or the project as typed; says so here when it could not be saved. */
  #saveSetting(change: Partial<IncidentSettings>, value: string): string {
    this.required('[data-settings-status]').hidden = updateIncidentSettings(change);
    return value;
  }

  attributeChangedCallback() {
    this.#kindTouched = false;
    this.#refresh();
  }

  #text() {
    return this.required<HTMLPreElement>('[data-report-text]');
  }

  #form(): FormShape | undefined {
    const id = this.querySelector<HTMLInputElement>('[data-report-form]:checked')?.value;
    return this.#forms.find((form) => form.id === id) ?? this.#forms[0];
  }

  #showKindField() {
    const form = this.#form();
    this.required('[data-kind-field]').hidden = !form || !asksForKind(form);
  }

  #say(message: string) {
    this.required('[data-report-status]').textContent = message;
  }

  /** Keeps a shown report current; does nothing until the report was generated once. */
  #refresh() {
    if (!this.required('[data-report-output]').hidden) this.#generate(false);
  }

  #generate(announce: boolean) {
    const incident = findIncident(this.dataset.incidentId ?? '');
    const form = this.#form();
    const output = this.required('[data-report-output]');
    if (!incident || !form) {
      output.hidden = true;
      this.#say(t.noIncident);
      return;
    }
    const select = this.required<HTMLSelectElement>('[data-report-kind]');
    if (!this.#kindTouched) select.value = defaultKind(incident);
    const report = reportFor(incident, form, select.value as ReportKind);
    this.#text().textContent = report.text;
    this.#fileName = report.fileName;
    output.hidden = false;
    if (announce) this.#say(t.generated);
  }

  async #copy() {
    const text = this.#text().textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      this.#say(t.copied);
    } catch {
      // No clipboard permission (or an old browser): select the text so a long press copies it.
      const range = document.createRange();
      range.selectNodeContents(this.#text());
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      this.#say(t.copyFailed);
    }
  }

  #print() {
    let sheet = document.querySelector<HTMLPreElement>('body > pre.print-sheet');
    if (!sheet) {
      sheet = document.createElement('pre');
      sheet.className = 'print-sheet';
      document.body.append(sheet);
    }
    sheet.textContent = this.#text().textContent;
    const root = document.documentElement;
    root.classList.add('print-report');
    addEventListener('afterprint', () => root.classList.remove('print-report'), { once: true });
    print();
  }
}

if (!customElements.get('cp-incident-report'))
  customElements.define('cp-incident-report', CpIncidentReport);
