/** Small DOM builders the cp- elements share. Text always goes in as text, never as markup. */

const svgNs = 'http://www.w3.org/2000/svg';

/** An element with, optionally, text (as text) and a class. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** <dt>/<dd> pairs for a <dl>. */
export function definitionList(rows: readonly (readonly [string, string])[]): HTMLElement[] {
  return rows.flatMap(([term, value]) => {
    const dt = document.createElement('dt');
    const dd = document.createElement('dd');
    dt.textContent = term;
    dd.textContent = value;
    return [dt, dd];
  });
}

/** An SVG element with attributes and, optionally, text. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A <cp-copy> control for text added after load (CopyButton.astro renders the static ones). */
export function copyControl(
  targetId: string,
  text: { label: string; copied: string; failed: string },
): HTMLElement {
  const copy = document.createElement('cp-copy');
  copy.dataset.target = targetId;
  copy.dataset.copied = text.copied;
  copy.dataset.failed = text.failed;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = text.label;
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.dataset.copyStatus = '';
  copy.append(button, status);
  return copy;
}

const pendingRows = new WeakMap<HTMLElement, number>();

/**
 * Fills a table body with one row per item: the first screenful at once, the rest once that
 * frame is painted, so a class of hundreds shows without waiting for row 500. Filling the same
 * body again drops a rest still pending.
 */
export function fillRows<T>(
  body: HTMLElement,
  items: readonly T[],
  row: (item: T) => HTMLElement,
  first = 40,
): void {
  const turn = (pendingRows.get(body) ?? 0) + 1;
  pendingRows.set(body, turn);
  body.replaceChildren(...items.slice(0, first).map(row));
  if (items.length <= first) return;
  // After the next frame is painted, not before it.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (pendingRows.get(body) === turn) body.append(...items.slice(first).map(row));
    }, 0),
  );
}
