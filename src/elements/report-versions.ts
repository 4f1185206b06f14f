import type { AssignmentGroup } from '../lib/assignment/class-report';
import type { GroupAnalysis } from '../lib/assignment/item-analysis';
import type { ReportLabels } from '../lib/assignment/report-labels';
import { analysisText } from '../lib/i18n/zh-analysis';
import { element } from './internal/dom';
import { fewCodesNote, itemRow } from './report-items';

const a = analysisText;

/**
 * Says how the codes of each content version were read (with this page's version, mapped item
 * by item, or on their own), and builds an item table for each version analysed on its own.
 * `head` is the main item table's header, copied into each.
 */
export function versionParts(
  group: AssignmentGroup,
  analysis: GroupAnalysis,
  current: string,
  labels: ReportLabels,
  head: HTMLElement,
): { notes: HTMLElement[]; tables: HTMLElement[] } {
  const notes: HTMLElement[] = [];
  const note = (text: string, version: string, mode: string) => {
    const li = element('li', text);
    li.dataset.version = version;
    li.dataset.versionMode = mode;
    notes.push(li);
  };
  const onCurrent = group.rows.filter((r) => r.counted.submission.contentVersion === current);
  if (analysis.versions.length === 0) note(a.versionAllCurrent(current), current, 'current');
  else if (onCurrent.length > 0)
    note(a.versionCurrent(current, onCurrent.length), current, 'current');
  const tables: HTMLElement[] = [];
  for (const version of analysis.versions) {
    const separate = version.separate.items.length;
    if (version.known)
      note(
        a.versionMapped(version.version, version.codes, version.mapped.length, separate),
        version.version,
        separate ? 'mapped separate' : 'mapped',
      );
    else note(a.versionUnknown(version.version, version.codes), version.version, 'separate');
    if (separate === 0) continue;
    const section = document.createElement('section');
    section.className = 'version-table';
    section.dataset.versionStats = version.version;
    section.append(element('h4', a.separateTitle(version.version)), element('p', a.separateNote));
    if (version.separate.fewCodes)
      section.append(element('p', fewCodesNote(version.separate.codes), 'note'));
    const region = document.createElement('section');
    region.className = 'table-scroll';
    region.tabIndex = 0;
    region.setAttribute(
      'aria-label',
      `${a.separateTitle(version.version)}：${group.assignment.title}`,
    );
    const table = document.createElement('table');
    table.className = 'items';
    table.setAttribute('role', 'table');
    const body = document.createElement('tbody');
    body.setAttribute('role', 'rowgroup');
    body.append(
      ...version.separate.items.map((item) => itemRow(item, labels, group.fingerprint, false)),
    );
    table.append(head.cloneNode(true), body);
    region.append(table);
    section.append(region);
    tables.push(section);
  }
  return { notes, tables };
}
