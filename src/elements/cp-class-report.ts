import {
  decodeAssignmentCode,
  encodeAssignmentCode,
  type Assignment,
} from '../lib/assignment/assignment-code';
import {
  buildClassReport,
  type AssignmentGroup,
  type ClassReport,
  type TraineeRow,
} from '../lib/assignment/class-report';
import { analyseGroup, type GroupAnalysis } from '../lib/assignment/item-analysis';
import type { VersionLedger } from '../lib/assignment/item-versions';
import { classReportCsv, itemAnalysisCsv, standardsGridCsv } from '../lib/assignment/report-csv';
import type { ReportLabels } from '../lib/assignment/report-labels';
import { flagText, formatDateTime, minutesBetween } from '../lib/assignment/report-text';
import { findCodes } from '../lib/assignment/result-code';
import type { ScoringContent } from '../lib/assignment/scoring-content';
import { analysisText } from '../lib/i18n/zh-analysis';
import { reportText } from '../lib/i18n/zh-trainer';
import { $reportCodes, rememberReportCodes } from '../stores/report-codes';
import { fillRows } from './internal/dom';
import { saveFile } from './internal/save-file';
import { standardsChart } from './report-charts';
import { fillStandardsGrid } from './report-grid';
import { fewCodesNote, findings, itemRow } from './report-items';
import { drillPathsSection } from './report-paths';
import { versionParts } from './report-versions';
import { CpElement } from './internal/element';

const t = reportText;
const a = analysisText;
const utcOffset = () => -new Date().getTimezoneOffset();

/** One assignment on the page: its class result and its item analysis. */
interface ShownGroup {
  group: AssignmentGroup;
  analysis: GroupAnalysis;
}

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
class CpClassReport extends CpElement {
  #content!: ScoringContent;
  #labels: ReportLabels = {};
  #ledger!: VersionLedger;
  #shown: ShownGroup[] = [];
  #pending: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const content = this.readJson<ScoringContent>('[data-scoring]');
    if (!content) return;
    this.#content = content;
    this.#labels = this.readJson<ReportLabels>('[data-labels]') ?? {};
    this.#ledger = this.readJson<VersionLedger>('[data-ledger]') ?? {
      current: content.version,
      changedSince: {},
    };
    this.required('[data-static-note]').hidden = true;
    this.required('[data-report-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#render();
    });
    const later = () => {
      clearTimeout(this.#pending);
      this.#pending = setTimeout(() => this.#render(), 300);
    };
    this.keep(() => clearTimeout(this.#pending));
    this.#codes().addEventListener('input', later);
    this.required('[data-report-expected]').addEventListener('input', later);
    this.required<HTMLInputElement>('[data-report-file]').addEventListener('change', (event) => {
      void this.#import(event.target as HTMLInputElement);
    });
    this.required('[data-report-clear]').addEventListener('click', () => {
      this.#codes().value = '';
      this.#render();
      this.#codes().focus();
    });
    this.required('[data-report-groups]').addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLElement>(
        '[data-report-csv], [data-item-csv], [data-grid-csv], [data-report-print]',
      );
      if (!button) return;
      if (button.matches('[data-report-print]')) {
        window.print();
        return;
      }
      const index = Number(button.closest<HTMLElement>('[data-report-group]')?.dataset.index);
      const shown = this.#shown[index];
      if (!shown) return;
      const { group, analysis } = shown;
      const { title } = group.assignment;
      if (button.matches('[data-report-csv]'))
        this.#download(classReportCsv([group], utcOffset()), t.csvName(title));
      else if (button.matches('[data-item-csv]'))
        this.#download(itemAnalysisCsv(group, analysis, this.#labels), a.itemsCsvName(title));
      else this.#download(standardsGridCsv(group), a.gridCsvName(title));
    });
    const remembered = $reportCodes.get();
    if (!this.#codes().value.trim() && remembered.length > 0) {
      this.#codes().value = remembered.join('\n');
      this.#render([t.restored(remembered.length)]);
    } else if (this.#codes().value.trim()) {
      this.#render();
    }
  }

  #codes(): HTMLTextAreaElement {
    return this.required<HTMLTextAreaElement>('textarea[data-result-codes]');
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
    const text = this.required<HTMLInputElement>('[data-report-expected]').value.trim();
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
    // Saved after this paint: writing a few hundred codes to storage need not delay the table.
    setTimeout(() => rememberReportCodes(codes), 0);
    const expected = this.#expected();
    const report = buildClassReport(codes, this.#content, {
      expected: expected.assignment,
      utcOffsetMinutes: utcOffset(),
    });
    const shown = expected.assignment
      ? report.groups.filter((group) => group.expected)
      : report.groups;
    this.#shown = shown.map((group) => ({
      group,
      analysis: analyseGroup(group, this.#content, this.#ledger),
    }));
    this.#othersNote(report, shown.length);
    const status =
      codes.length === 0
        ? text.trim()
          ? t.noCodes
          : t.empty
        : t.summary(report.read, report.unreadable.length, report.duplicates);
    this.required('[data-report-status]').textContent = [...notes, status, expected.note ?? '']
      .filter(Boolean)
      .join(' ');

    const unreadable = this.required('[data-report-unreadable]');
    unreadable.hidden = report.unreadable.length === 0;
    this.required('[data-report-unreadable-list]').replaceChildren(
      ...report.unreadable.map(({ code, error }) => {
        const item = document.createElement('li');
        item.dataset.codeProblem = error.code;
        const shown = document.createElement('code');
        shown.textContent = code.length > 48 ? `${code.slice(0, 24)}…${code.slice(-16)}` : code;
        item.append(shown, document.createTextNode(`：${error.message}`));
        return item;
      }),
    );
    const template = this.required<HTMLTemplateElement>('template[data-report-group-template]');
    const generated = a.generated(formatDateTime(Date.now(), utcOffset()));
    this.required('[data-report-groups]').replaceChildren(
      ...this.#shown.map((shown, i) => this.#group(template, shown, i, generated)),
    );
  }

  /** Codes of assignments left out (another was asked for), or several analysed apart. */
  #othersNote(report: ClassReport, shown: number) {
    const note = this.required('[data-report-others]');
    const left = report.groups.filter((group) => !group.expected);
    const codes = left.reduce((n, g) => n + g.rows.reduce((m, r) => m + r.codes.length, 0), 0);
    const parts: string[] = [];
    if (left.length > 0 && shown === 0 && report.groups.length > 0) parts.push(a.noneExpected);
    if (left.length > 0)
      parts.push(
        a.othersLeftOut(
          codes,
          left.map((g) => `“${g.assignment.title}”`),
        ),
      );
    else if (shown > 1) parts.push(a.separateGroups(shown));
    note.textContent = parts.join(' ');
    note.hidden = parts.length === 0;
  }

  #group(
    template: HTMLTemplateElement,
    { group, analysis }: ShownGroup,
    index: number,
    generated: string,
  ): DocumentFragment {
    const fragment = template.content.cloneNode(true) as DocumentFragment;
    const section = this.required('[data-report-group]', fragment);
    section.dataset.index = String(index);
    section.dataset.assignment = group.fingerprint;
    const { assignment } = group;
    const title = this.required('[data-group-title]', fragment);
    title.textContent = t.group(assignment.title);
    title.id = `report-group-${group.fingerprint}`;
    section.setAttribute('aria-labelledby', title.id);
    // Scrolling tables are regions; their names carry the assignment so each is unique.
    this.required('[data-rows-region]', fragment).setAttribute(
      'aria-label',
      `${t.classTable}：${assignment.title}`,
    );
    this.required('[data-items-region]', fragment).setAttribute(
      'aria-label',
      `${a.itemsTitle}：${assignment.title}`,
    );
    this.required('[data-grid-region]', fragment).setAttribute(
      'aria-label',
      `${a.gridTitle}：${assignment.title}`,
    );
    this.required('[data-group-meta]', fragment).textContent = t.groupMeta(
      group.fingerprint,
      assignment.questions.length,
      assignment.drills.length,
      assignment.passMark,
    );
    this.required<HTMLAnchorElement>('[data-group-edit]', fragment).href =
      `/trainer/#${encodeAssignmentCode(assignment)}`;
    this.required('[data-group-generated]', fragment).textContent = generated;
    this.required('[data-group-version]', fragment).hidden =
      assignment.contentVersion === this.#content.version;
    this.required('[data-group-summary]', fragment).textContent = t.passCount(
      group.passed,
      group.failed,
      group.average,
    );
    fillRows(this.required('[data-group-rows]', fragment), group.rows, (row) => this.#row(row));
    this.required('[data-group-standards]', fragment).replaceChildren(standardsChart(group));
    this.#analysis(fragment, group, analysis);
    return fragment;
  }

  /** Fills the item table, findings, drill paths, people × standards grid and version notes. */
  #analysis(fragment: DocumentFragment, group: AssignmentGroup, analysis: GroupAnalysis) {
    const { fingerprint } = group;
    const labels = this.#labels;
    const found = findings(analysis, labels, fingerprint);
    this.required('[data-review-list]', fragment).replaceChildren(...found.review);
    this.required('[data-mistake-list]', fragment).replaceChildren(...found.mistakes);
    const few = this.required('[data-few-codes]', fragment);
    few.hidden = !analysis.main.fewCodes;
    few.textContent = analysis.main.fewCodes ? fewCodesNote(analysis.main.codes) : '';
    this.required('[data-item-rows]', fragment).replaceChildren(
      ...analysis.main.items.map((item) => itemRow(item, labels, fingerprint, true)),
    );
    const paths = this.required('[data-drill-paths]', fragment);
    if (analysis.paths.length === 0) paths.textContent = a.pathsNone;
    else paths.replaceChildren(...analysis.paths.map((p) => drillPathsSection(p, labels)));
    fillStandardsGrid(
      this.required<HTMLTableElement>('[data-standards-grid]', fragment),
      group.rows,
    );
    const { notes, tables } = versionParts(
      group,
      analysis,
      this.#ledger.current,
      labels,
      this.required('[data-item-stats] thead', fragment),
    );
    this.required('[data-version-notes]', fragment).replaceChildren(...notes);
    this.required('[data-version-tables]', fragment).replaceChildren(...tables);
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

  /** Saves a CSV the page built (it already starts with the byte-order mark Excel needs). */
  #download(csv: string, name: string) {
    saveFile(safeFileName(name), csv, 'text/csv');
  }
}

if (!customElements.get('cp-class-report')) customElements.define('cp-class-report', CpClassReport);
