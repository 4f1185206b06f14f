import type { CommonMistake, GroupAnalysis, ItemAnalysis } from '../lib/assignment/item-analysis';
import { itemRules } from '../lib/assignment/item-stats';
import {
  choiceLabelText,
  itemLabelText,
  shortText,
  type ReportLabels,
} from '../lib/assignment/report-labels';
import { itemFlagText } from '../lib/assignment/report-text';
import { analysisText } from '../lib/i18n/zh-analysis';
import { reportText } from '../lib/i18n/zh-trainer';
import { element } from './internal/dom';
import { miniBar } from './report-charts';

const t = analysisText;

/** The id of an item row, unique on the page: the assignment's fingerprint and the item id. */
export const itemAnchor = (fingerprint: string, item: string) => `item-${fingerprint}-${item}`;

const two = (n: number | null) => (n === null ? '' : n.toFixed(2));

/** The row's words: a type tag, the linked prompt or drill title, the decision point, the id. */
function itemName(item: ItemAnalysis, labels: ReportLabels): HTMLTableCellElement {
  const cell = element('th');
  cell.scope = 'row';
  cell.setAttribute('role', 'rowheader');
  cell.append(element('span', t.types[item.type], 'tag'), ' ');
  const label = labels[item.source];
  if (!label) {
    cell.append(reportText.missingItem(item.source));
    return cell;
  }
  const link = element('a', label.label, 'item-link');
  link.href = label.href;
  cell.append(link);
  if (item.node !== undefined) {
    const point = label.nodes?.[item.node]?.label;
    if (point) cell.append(element('span', point, 'point'));
  }
  cell.append(element('code', item.id, 'item-id'));
  return cell;
}

/** Every option or choice with how many picked it, in content order; the right ones marked. */
function choiceList(item: ItemAnalysis, labels: ReportLabels): HTMLElement {
  const list = element('ol', undefined, 'choices');
  const answered = Math.max(1, item.answered);
  for (const choice of item.choices) {
    const li = element('li');
    li.dataset.choiceCount = String(choice.count);
    li.dataset.choiceIndex = String(choice.index);
    if (choice.best) {
      li.dataset.best = '';
      const mark = element('span', t.bestMark, 'best-mark');
      mark.setAttribute('aria-hidden', 'true');
      li.append(
        mark,
        element('span', t.bestLabel[item.type === 'decision' ? 'decision' : 'question'], 'sr-only'),
      );
    }
    const words = choiceLabelText(item, choice.index, labels) ?? '';
    li.append(
      element('span', `${t.choiceNumber(choice.index)}${words}`, 'choice-text'),
      element('strong', t.choiceCount(choice.count), 'choice-count'),
      miniBar(Math.round((choice.count / answered) * 100), 48),
    );
    list.append(li);
  }
  for (const part of item.parts) {
    const li = element('li');
    li.dataset.partCount = String(part.right);
    const words = labels[item.source]?.parts?.[part.index] ?? '';
    li.append(
      element('span', `${t.choiceNumber(part.index)}${words}`, 'choice-text'),
      element('strong', t.partRight(part.right), 'choice-count'),
    );
    list.append(li);
  }
  return list;
}

function flagList(item: ItemAnalysis): HTMLElement {
  if (item.flags.length === 0) return element('span', t.noFlags);
  const list = element('ul', undefined, 'flags');
  for (const flag of item.flags) {
    const li = element('li', itemFlagText(flag));
    li.dataset.itemFlag = flag.kind;
    list.append(li);
  }
  return list;
}

/**
 * One row of an item table. The main table's rows carry data-item; a version analysed on its
 * own marks its rows data-version-item, so the hooks of the main table stay one per item.
 */
export function itemRow(
  item: ItemAnalysis,
  labels: ReportLabels,
  fingerprint: string,
  main: boolean,
): HTMLTableRowElement {
  const tr = element('tr');
  tr.setAttribute('role', 'row');
  if (main) {
    tr.dataset.item = item.id;
    tr.id = itemAnchor(fingerprint, item.id);
  } else tr.dataset.versionItem = item.id;
  tr.dataset.answered = String(item.answered);
  tr.dataset.facility = two(item.facility);
  tr.dataset.discrimination = two(item.discrimination);
  tr.dataset.flags = item.flags.map((f) => f.kind).join(' ');
  const none = item.answered === 0 ? (item.type === 'decision' ? t.notReached : t.noAnswers) : '';
  const c = t.columns;
  // data-label names the cell where a phone shows the row as a card.
  const cell = (label: string, text?: string, className?: string) => {
    const td = element('td', text, className);
    td.setAttribute('role', 'cell');
    td.dataset.label = label;
    return td;
  };
  tr.append(
    itemName(item, labels),
    cell(c.answered, String(item.answered), 'number'),
    cell(c.facility, item.facility === null ? '—' : two(item.facility), 'number'),
    cell(
      c.discrimination,
      item.discrimination === null ? t.noDiscrimination : two(item.discrimination),
      'number',
    ),
    cell(c.average, item.average === null ? '—' : `${item.average}%`, 'number'),
  );
  const choices = cell(c.choices, undefined, 'choices-cell');
  if (none) choices.append(element('span', none, 'muted'));
  if (item.choices.length + item.parts.length > 0) choices.append(choiceList(item, labels));
  const flags = cell(c.flags, undefined, 'flags-cell');
  flags.append(flagList(item));
  tr.append(choices, flags);
  return tr;
}

/** A link to an item's row with the words of the item. */
function rowLink(
  item: { id: string; source: string; node?: string },
  labels: ReportLabels,
  fingerprint: string,
) {
  // A colon follows the link: the item's own closing 。 or ？ would stand right before it.
  const words = shortText(itemLabelText(item, labels) ?? item.id, 48).replace(/[。？！.?!]+$/u, '');
  const link = element('a', words);
  link.href = `#${itemAnchor(fingerprint, item.id)}`;
  return link;
}

/** "先看这里": the flagged items to rewrite or re-teach, and the wrong moves many made. */
export function findings(
  analysis: GroupAnalysis,
  labels: ReportLabels,
  fingerprint: string,
): { review: HTMLElement[]; mistakes: HTMLElement[] } {
  const limit = 5;
  const review = analysis.review.slice(0, limit).map((item) => {
    const li = element('li');
    li.dataset.review = item.id;
    li.append(
      rowLink(item, labels, fingerprint),
      element('span', `：${item.flags.map(itemFlagText).join('；')}`),
    );
    return li;
  });
  if (review.length === 0) review.push(element('li', t.reviewNone, 'muted'));
  const byId = new Map(analysis.main.items.map((item) => [item.id, item]));
  const mistakes = analysis.mistakes.flatMap((mistake: CommonMistake) => {
    const item = byId.get(mistake.item);
    if (!item) return [];
    const li = element('li');
    li.dataset.commonMistake = mistake.item;
    li.dataset.choice = String(mistake.choice);
    const words = choiceLabelText(item, mistake.choice, labels) ?? '';
    li.append(
      rowLink(item, labels, fingerprint),
      element(
        'span',
        `：${t.mistake(`${t.choiceNumber(mistake.choice)}${words}`, mistake.count, mistake.share)}`,
      ),
    );
    return [li];
  });
  if (mistakes.length === 0) mistakes.push(element('li', t.mistakesNone, 'muted'));
  return { review, mistakes };
}

/** The note under an item table when discrimination is left empty. */
export const fewCodesNote = (codes: number) =>
  t.fewCodes(codes, itemRules.minCodesForDiscrimination);
