/** The words the class report shows for one question or drill, shortened at build time. */
export interface ItemLabel {
  /** The question's prompt or the drill's title. */
  label: string;
  href: string;
  /** Choice questions: each option, in content order. */
  options?: string[];
  /** Ordering and categorising questions: each item, in content order. */
  parts?: string[];
  /** Drills: each decision point's words and its choices, in content order. */
  nodes?: Record<string, { label: string; choices: string[] }>;
  /** Drills: each ending's title and outcome. */
  endings?: Record<string, { title: string; outcome: 'good' | 'mixed' | 'bad' }>;
}

export type ReportLabels = Record<string, ItemLabel>;

/** Text cut to `max` characters (an ellipsis marks the cut), with runs of spaces folded. */
export function shortText(text: string, max = 40): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const chars = [...plain];
  return chars.length <= max ? plain : `${chars.slice(0, max - 1).join('')}…`;
}

/** The words of an item-table row: the question's prompt, or the drill's title and the point's words. */
export function itemLabelText(
  item: { id: string; source: string; node?: string | undefined },
  labels: ReportLabels,
): string | undefined {
  const label = labels[item.source];
  if (!label) return undefined;
  if (item.node === undefined) return label.label;
  const node = label.nodes?.[item.node];
  return node ? `${label.label} · ${node.label}` : label.label;
}

/** The words of one option (a question) or choice (a decision point), by content index. */
export function choiceLabelText(
  item: { source: string; node?: string | undefined },
  index: number,
  labels: ReportLabels,
): string | undefined {
  const label = labels[item.source];
  return item.node === undefined
    ? label?.options?.[index]
    : label?.nodes?.[item.node]?.choices[index];
}
