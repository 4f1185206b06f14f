import type { TraineeRow } from '../lib/assignment/class-report';
import { scoreBand, sortGridRows, type GridSort } from '../lib/assignment/standards-grid';
import { analysisText } from '../lib/i18n/zh-analysis';
import { standardIds, type StandardId } from '../lib/standards';
import { fillRows } from './internal/dom';

const t = analysisText;

function gridRow(row: TraineeRow): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.dataset.gridRow = row.key;
  const who = document.createElement('th');
  who.scope = 'row';
  who.textContent = row.name;
  const id = document.createElement('span');
  id.className = 'muted grid-id';
  id.textContent = row.employeeId;
  who.append(' ', id);
  const total = document.createElement('td');
  total.className = 'number';
  total.textContent = String(row.counted.score.percent);
  tr.append(who, total);
  for (const standard of standardIds) {
    const value = row.counted.score.standards[standard];
    const td = document.createElement('td');
    td.className = `number band band-${scoreBand(value)}`;
    td.dataset.gridCell = standard;
    td.dataset.value = value === null ? '' : String(value);
    td.textContent = value === null ? t.notAtStake : String(value);
    tr.append(td);
  }
  return tr;
}

/**
 * Fills a people × standards grid and keeps it sorted by the header button last pressed:
 * 学员 sorts by name, a standard by its score (weakest first, again for strongest first).
 * aria-sort on the header says the order to assistive technology.
 */
export function fillStandardsGrid(table: HTMLTableElement, rows: readonly TraineeRow[]): void {
  const body = table.tBodies[0];
  if (!body) return;
  let sort: GridSort = { by: 'person' };
  const paint = () => {
    fillRows(body, sortGridRows(rows, sort), gridRow);
    for (const button of table.querySelectorAll<HTMLButtonElement>('[data-grid-sort]')) {
      const header = button.closest('th');
      const by = button.dataset.gridSort;
      const active = by === sort.by;
      const order = sort.by === 'person' ? 'ascending' : sort.order;
      if (active) header?.setAttribute('aria-sort', order);
      else header?.removeAttribute('aria-sort');
    }
  };
  table.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-grid-sort]');
    const by = button?.dataset.gridSort;
    if (!by) return;
    if (by === 'person') sort = { by: 'person' };
    else if (standardIds.includes(by as StandardId)) {
      const again = sort.by === by && sort.by !== 'person' && sort.order === 'ascending';
      sort = { by: by as StandardId, order: again ? 'descending' : 'ascending' };
    }
    paint();
  });
  paint();
}
