// Joining two edits of the same stored text (notes typed in two tabs): each side's edit is the one
// span of the common starting text it replaced. Edits of different spans are both applied; edits
// of the same span keep both texts, so nothing typed on either side is lost.

/** The span of `base` one side replaced, and with what. */
interface Edit {
  start: number;
  end: number;
  inserted: string;
}

function editOf(base: string, changed: string): Edit {
  let start = 0;
  const shorter = Math.min(base.length, changed.length);
  while (start < shorter && base[start] === changed[start]) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    base[base.length - 1 - tail] === changed[changed.length - 1 - tail]
  )
    tail++;
  return { start, end: base.length - tail, inserted: changed.slice(start, changed.length - tail) };
}

/** A merged text, whether both edits could be placed where they were made, and where a cursor goes. */
export interface TextMerge {
  text: string;
  /** False when both sides changed the same place: both are kept, and the person should check. */
  clean: boolean;
  /** Where a position in `mine` is in `text`. */
  position(inMine: number): number;
}

/**
 * Merges `mine` (typed here) and `theirs` (saved elsewhere), both edited from `base`. When both
 * changed the same place, `mine` stays as typed and their new text follows it: right after my
 * insertion when both inserted at one point, otherwise their edited lines at the end.
 */
export function mergeText(base: string, mine: string, theirs: string): TextMerge {
  const same = (at: number) => at;
  if (mine === theirs || theirs === base) return { text: mine, clean: true, position: same };
  const t = editOf(base, theirs);
  const delta = t.inserted.length - (t.end - t.start);
  // The cursor stays by the words it was next to: before their edit (also when they inserted
  // right at it, as when a line is added after the one being typed), or moved past it.
  const past = (at: number) => (at <= t.start ? at : at >= t.end ? at + delta : t.start);
  if (mine === base) return { text: theirs, clean: true, position: past };
  const m = editOf(base, mine);
  if (t.end <= m.start && !(t.start === t.end && t.start === m.start && m.start === m.end)) {
    // Theirs comes first: everything from my edit on moves by what they added.
    const text = base.slice(0, t.start) + t.inserted + mine.slice(t.end);
    return { text, clean: true, position: past };
  }
  if (m.end <= t.start && !(m.start === m.end && t.start === t.end && m.start === t.start)) {
    const myEnd = m.start + m.inserted.length;
    const text = mine.slice(0, myEnd) + base.slice(m.end, t.start) + t.inserted + base.slice(t.end);
    return { text, clean: true, position: same };
  }
  if (m.start === m.end && t.start === t.end) {
    // Both inserted at one point: mine first, where the cursor is, then theirs.
    const at = m.start + m.inserted.length;
    return { text: mine.slice(0, at) + t.inserted + mine.slice(at), clean: false, position: same };
  }
  if (t.inserted === '') return { text: mine, clean: false, position: same };
  // Their whole lines around the edit, so the person can compare and choose.
  const from = theirs.lastIndexOf('\n', t.start - 1) + 1;
  const to = theirs.indexOf('\n', t.start + t.inserted.length);
  const lines = theirs.slice(from, to === -1 ? theirs.length : to);
  const separator = mine === '' || mine.endsWith('\n') ? '' : '\n';
  return { text: `${mine}${separator}${lines}`, clean: false, position: same };
}
