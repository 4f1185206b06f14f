// The editor's preview pane for drills (registered in src/scripts/cms-editor.ts): while a trainer
// edits, it lists what the build's checks would find and hands the draft to /admin/preview/, where
// it plays with the real player. Sveltia draws preview panes with React; it lends createElement as
// window.h, so no React is bundled here.
import { dump } from 'js-yaml';
import { reviewDrillData, previewDrillId } from '../lib/cms/drill-review';
import { drillPreviewText, editorPaneText } from '../lib/i18n/zh-cms';

/** Where the pane leaves the draft for the preview page (src/elements/cp-drill-preview.ts). */
const handoffKey = 'cp:drill-preview';

type Create = (
  type: string,
  props: Record<string, unknown> | null,
  ...children: unknown[]
) => unknown;
interface Entry {
  get(key: 'slug'): string | undefined;
  get(key: 'data'): { toJS(): unknown } | undefined;
}

/**
 * Keys Sveltia adds to list items it creates while editing (`__sc_item_id`,
 * `__sc_item_original_key_path`), never written to the file.
 */
const editorBookkeeping = /^__sc_/;

/**
 * What the file will hold: the editor leaves empty optional fields and its own bookkeeping out
 * when it saves.
 */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object') {
    const kept = Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => {
      if (editorBookkeeping.test(key)) return [];
      const cleaned = withoutEmpty(inner);
      const empty =
        cleaned === '' ||
        cleaned === null ||
        cleaned === undefined ||
        (Array.isArray(cleaned) && cleaned.length === 0) ||
        (typeof cleaned === 'object' &&
          cleaned !== null &&
          !Array.isArray(cleaned) &&
          Object.keys(cleaned).length === 0);
      return empty ? [] : [[key, cleaned] as const];
    });
    return Object.fromEntries(kept);
  }
  return value;
}

/** The pane: findings of the draft, and a link that plays it in /admin/preview/. */
export function DrillPane({ entry }: { entry: Entry }) {
  const h = (window as unknown as { h: Create }).h;
  const t = drillPreviewText;
  const id = entry.get('slug') || previewDrillId;
  const data = withoutEmpty(entry.get('data')?.toJS() ?? {});
  const review = reviewDrillData(data, { id });
  try {
    localStorage.setItem(handoffKey, JSON.stringify({ id, yaml: dump(data, { lineWidth: -1 }) }));
  } catch {
    // Storage blocked: the trainer can still paste the file into the preview page.
  }
  return h(
    'section',
    { lang: 'zh-CN' },
    h('h2', null, editorPaneText.title),
    h(
      'p',
      null,
      review.findings.length === 0 ? t.noFindings : t.findingCount(review.findings.length),
    ),
    review.findings.length > 0 &&
      h(
        'ul',
        null,
        ...review.findings.map((finding, i) =>
          h(
            'li',
            { key: i },
            h(
              'strong',
              null,
              `${t.kinds[finding.kind]}${finding.field ? ` · ${finding.field}` : ''}：`,
            ),
            finding.message,
          ),
        ),
      ),
    h(
      'p',
      null,
      h(
        'a',
        { href: '/admin/preview/#from-editor', target: '_blank', rel: 'noopener' },
        editorPaneText.play,
      ),
    ),
    h('p', null, editorPaneText.note),
  );
}
