import {
  decodeAssignmentCode,
  encodeAssignmentCode,
  type Assignment,
} from '../lib/assignment/assignment-code';
import {
  buildClassReport,
  type AssignmentGroup,
  type ClassReport,
  type ItemStat,
  type TraineeRow,
} from '../lib/assignment/class-report';
import { classReportCsv } from '../lib/assignment/report-csv';
import { flagText, formatDateTime, minutesBetween } from '../lib/assignment/report-text';
import { findCodes } from '../lib/assignment/result-code';
import type { ScoringContent } from '../lib/assignment/scoring-content';
import { reportText } from '../lib/i18n/zh-trainer';
import { $reportCodes, rememberReportCodes } from '../stores/report-codes';
import { miniBar, standardsChart } from './report-charts';

const t = reportText;
type Labels = Record<string, { label: string; href: string }>;
const utcOffset = () => -new Date().getTimezoneOffset();

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

/** A filename made from text a trainer typed: no characters Windows or macOS refuse. */
function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}

/**
 * <cp-class-report>: reads pasted or imported result codes and renders the class report that
 * src/lib/assignment builds (decoding, re-scoring, flags, statistics, CSV). It only puts text
 * into server-rendered templates; every name and 工号 goes in as text, never as markup.
 */
class CpClassReport extends HTMLElement {
  #content!: ScoringContent;
  #labels: Labels = {};
  #report: ClassReport | undefined;
  #pending: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: (() => void)[] = [];

  connectedCallback() {
    const scoring = this.querySelector('[data-scoring]')?.textContent;
    if (!scoring) return;
    this.#content = JSON.parse(scoring) as ScoringContent;
    this.#labels = JSON.parse(this.querySelector('[data-labels]')?.textContent ?? '{}') as Labels;
    this.#el('[data-static-note]').hidden = true;
    this.#el('[data-report-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#render();
    });
    const later = () => {
      clearTimeout(this.#pending);
      this.#pending = setTimeout(() => this.#render(), 300);
    };
    this.#codes().addEventListener('input', later);
    this.#el('[data-report-expected]').addEventListener('input', later);
    this.#el<HTMLInputElement>('[data-report-file]').addEventListener('change', (event) => {
      void this.#import(event.target as HTMLInputElement);
    });
    this.#el('[data-report-clear]').addEventListener('click', () => {
      this.#codes().value = '';
      this.#render();
      this.#codes().focus();
    });
    this.#el('[data-report-groups]').addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLElement>('[data-report-csv]');
      const index = Number(button?.closest<HTMLElement>('[data-report-group]')?.dataset.index);
      const group = this.#report?.groups[index];
      if (group) this.#download(group);
    });
    const remembered = $reportCodes.get();
    if (!this.#codes().value.trim() && remembered.length > 0) {
      this.#codes().value = remembered.join('\n');
      this.#render([t.restored(remembered.length)]);
    } else if (this.#codes().value.trim()) {
      this.#render();
    }
  }

  disconnectedCallback() {
    for (const stop of this.#unsubscribe) stop();
    clearTimeout(this.#pending);
  }

  #el<T extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = this): T {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`cp-class-report: missing ${selector}`);
    return found;
  }

  #codes(): HTMLTextAreaElement {
    return this.#el<HTMLTextAreaElement>('textarea[data-result-codes]');
  }

  async #import(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    const found: string[] = [];
    const failed: string[] = [];
    for (const file of files) {
      try {
        found.push(...findCodes(await file.text()));
      } catch {
        failed.push(file.name);
      }
    }
    const box = this.#codes();
    const existing = box.value.trimEnd();
    box.value = [existing, ...found].filter(Boolean).join('\n');
    input.value = '';
    this.#render([
      t.imported(files.length - failed.length, found.length),
      ...failed.map((name) => t.importFailed(name)),
    ]);
  }

  #expected(): { assignment?: Assignment; note?: string } {
    const text = this.#el<HTMLInputElement>('[data-report-expected]').value.trim();
    if (!text) return {};
    const decoded = decodeAssignmentCode(text);
    return decoded.ok
      ? { assignment: decoded.value }
      : { note: t.expectedInvalid(decoded.error.message) };
  }

  #render(notes: string[] = []) {
    clearTimeout(this.#pending);
    const text = this.#codes().value;
    const codes = findCodes(text);
    rememberReportCodes(codes);
    const expected = this.#expected();
    const report = buildClassReport(codes, this.#content, {
      expected: expected.assignment,
      utcOffsetMinutes: utcOffset(),
    });
    this.#report = report;
    const status =
      codes.length === 0
        ? text.trim()
          ? t.noCodes
          : t.empty
        : t.summary(report.read, report.unreadable.length, report.duplicates);
    this.#el('[data-report-status]').textContent = [...notes, status, expected.note ?? '']
      .filter(Boolean)
      .join(' ');

    const unreadable = this.#el('[data-report-unreadable]');
    unreadable.hidden = report.unreadable.length === 0;
    this.#el('[data-report-unreadable-list]').replaceChildren(
      ...report.unreadable.map(({ code, error }) => {
        const item = document.createElement('li');
        item.dataset.codeProblem = error.code;
        const shown = document.createElement('code');
        shown.textContent = code.length > 48 ? `${code.slice(0, 24)}…${code.slice(-16)}` : code;
        item.append(shown, document.createTextNode(`：${error.message}`));
        return item;
      }),
    );
    const template = this.#el<HTMLTemplateElement>('template[data-report-group-template]');
    this.#el('[data-report-groups]').replaceChildren(
      ...report.groups.map((group, i) => this.#group(template, group, i)),
    );
  }

  #group(template: HTMLTemplateElement, group: AssignmentGroup, index: number): DocumentFragment {
    const fragment = template.content.cloneNode(true) as DocumentFragment;
    const section = this.#el('[data-report-group]', fragment);
    section.dataset.index = String(index);
    section.dataset.assignment = group.fingerprint;
    const { assignment } = group;
    const title = this.#el('[data-group-title]', fragment);
    title.textContent = t.group(assignment.title);
    title.id = `report-group-${group.fingerprint}`;
    section.setAttribute('aria-labelledby', title.id);
    // Scrolling tables are regions; their names carry the assignment so each is unique.
    this.#el('[data-rows-region]', fragment).setAttribute(
      'aria-label',
      `${t.classTable}：${assignment.title}`,
    );
    this.#el('[data-items-region]', fragment).setAttribute(
      'aria-label',
      `${t.difficultyTitle}：${assignment.title}`,
    );
    this.#el('[data-group-meta]', fragment).textContent = t.groupMeta(
      group.fingerprint,
      assignment.questions.length,
      assignment.drills.length,
      assignment.passMark,
    );
    this.#el<HTMLAnchorElement>('[data-group-edit]', fragment).href =
      `/trainer/#${encodeAssignmentCode(assignment)}`;
    this.#el('[data-group-not-expected]', fragment).hidden = group.expected;
    this.#el('[data-group-version]', fragment).hidden =
      assignment.contentVersion === this.#content.version;
    this.#el('[data-group-summary]', fragment).textContent = t.passCount(
      group.passed,
      group.failed,
      group.average,
    );
    this.#el('[data-group-rows]', fragment).replaceChildren(
      ...group.rows.map((row) => this.#row(row)),
    );
    this.#el('[data-group-standards]', fragment).replaceChildren(standardsChart(group));
    const items = [...group.questions, ...group.drills].sort(
      (a, b) => (a.average ?? 101) - (b.average ?? 101),
    );
    this.#el('[data-group-items]', fragment).replaceChildren(
      ...items.map((item) => this.#itemRow(item, group.drills.includes(item))),
    );
    return fragment;
  }

  #row(row: TraineeRow): HTMLTableRowElement {
    const tr = document.createElement('tr');
    tr.dataset.resultRow = row.key;
    tr.dataset.flags = row.flags.map((f) => f.kind).join(' ');
    const { score, submission } = row.counted;
    const flags = document.createElement('td');
    if (row.flags.length === 0) {
      flags.textContent = t.noFlags;
    } else {
      const list = document.createElement('ul');
      list.className = 'flags';
      for (const flag of row.flags) {
        const item = document.createElement('li');
        item.textContent = flagText(flag);
        list.append(item);
      }
      flags.append(list);
    }
    tr.append(
      cell(row.name),
      cell(row.employeeId),
      cell(String(score.percent), 'number'),
      cell(score.passed ? t.passed : t.failed, score.passed ? 'pass' : 'fail'),
      cell(String(row.codes.length), 'number'),
      cell(formatDateTime(submission.finishedAt, utcOffset())),
      cell(t.minutes(minutesBetween(submission.startedAt, submission.finishedAt)), 'number'),
      flags,
    );
    tr.cells[2]?.setAttribute('data-score', '');
    return tr;
  }

  #itemRow(item: ItemStat, isDrill: boolean): HTMLTableRowElement {
    const tr = document.createElement('tr');
    tr.dataset.item = item.id;
    const label = this.#labels[item.id];
    const name = document.createElement('td');
    if (isDrill) {
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.textContent = t.drillTag;
      name.append(tag, ' ');
    }
    if (label) {
      const link = document.createElement('a');
      link.className = 'item-link';
      link.href = label.href;
      link.textContent = label.label;
      name.append(link);
    } else {
      name.append(t.missingItem(item.id));
    }
    const average = cell(item.average === null ? '—' : `${item.average}%`, 'number');
    if (item.average !== null) average.append(miniBar(item.average));
    tr.append(name, average, cell(String(item.count), 'number'));
    return tr;
  }

  /** Six horizontal bars, 0–100, with the value written beside each; one image to assistive tech. */
  #download(group: AssignmentGroup) {
    const blob = new Blob([classReportCsv([group], utcOffset())], {
      type: 'text/csv;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = safeFileName(t.csvName(group.assignment.title));
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

if (!customElements.get('cp-class-report')) customElements.define('cp-class-report', CpClassReport);
