// First: zod must be told not to probe for eval before the schemas below are built.
import '../lib/zod-jitless';
import firm from 'virtual:cp-firm';
import {
  habitLimit,
  previewDrillId,
  reviewDrillText,
  type DrillReview,
  type KnownEntry,
} from '../lib/cms/drill-review';
import type { CollectionName } from '../lib/content/collections';
import { substituteRoles } from '../lib/firm/roles';
import { drillPreviewText } from '../lib/i18n/zh-cms';
import { drillElementAttributes, drillPlayerHtml, type CiteLink } from '../lib/drill/markup';
import './cp-drill';
import { CpElement } from './internal/element';

const t = drillPreviewText;

/** Where the editor's drill preview template leaves the entry it hands over (README). */
export const handoffKey = 'cp:drill-preview';

/** An entry of the built site as the page lists it: id, collection, title, page. */
type SiteEntry = [id: string, collection: CollectionName, title: string, href: string];

/**
 * <cp-drill-preview> (/admin/preview/): checks a drill that is not committed yet, pasted, opened
 * from a local file or handed over by the editor, with the checks the build runs, and plays it
 * with the real player: the markup comes from the renderer the drill pages use, and <cp-drill>
 * runs it in preview mode (scored, nothing saved).
 */
export class CpDrillPreview extends CpElement {
  #id = previewDrillId;
  #known: KnownEntry[] = [];
  #cites = new Map<string, CiteLink>();

  connectedCallback() {
    const entries = JSON.parse(this.required('[data-entries]').textContent ?? '[]') as SiteEntry[];
    this.#known = entries.map(([id, collection]) => ({ id, collection }));
    this.#cites = new Map(entries.map(([id, , title, href]) => [id, { title, href }]));
    this.required('[data-check]').addEventListener('click', () => this.check());
    this.required('[data-example-load]').addEventListener('click', () => {
      this.#load(
        JSON.parse(this.required('[data-example]').textContent ?? '""') as string,
        this.required('[data-example]').dataset.id,
      );
    });
    this.required<HTMLInputElement>('[data-file]').addEventListener('change', async (event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (file) this.#load(await file.text(), file.name.replace(/\.ya?ml$/i, ''));
    });
    if (location.hash === '#from-editor') this.#fromEditor();
  }

  #load(text: string, id?: string) {
    this.required<HTMLTextAreaElement>('[data-source]').value = text;
    this.#id = id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : previewDrillId;
    this.check();
  }

  /** The entry the editor's preview pane left behind (src/scripts/cms-editor.ts). */
  #fromEditor() {
    try {
      const handed = JSON.parse(localStorage.getItem(handoffKey) ?? 'null') as {
        id?: string;
        yaml?: string;
      } | null;
      if (!handed?.yaml) return;
      this.required('[data-from-editor]').hidden = false;
      this.#load(handed.yaml, handed.id);
    } catch {
      // Nothing handed over, or storage blocked: the trainer pastes instead.
    }
  }

  /** Runs every check on the text in the box, lists what they find and draws the player. */
  check() {
    const review = reviewDrillText(this.required<HTMLTextAreaElement>('[data-source]').value, {
      id: this.#id,
      known: this.#known,
    });
    this.#renderFindings(review);
    this.#renderPlayer(review);
  }

  #renderFindings(review: DrillReview) {
    const box = this.required('[data-findings]');
    const parts: HTMLElement[] = [];
    const paragraph = (text: string, className?: string) => {
      const p = document.createElement('p');
      p.textContent = text;
      if (className) p.className = className;
      return p;
    };
    parts.push(
      paragraph(
        review.findings.length === 0 ? t.noFindings : t.findingCount(review.findings.length),
        review.findings.length === 0 ? 'ok' : 'problem',
      ),
    );
    if (review.findings.length > 0) {
      const list = document.createElement('ul');
      list.className = 'findings';
      for (const finding of review.findings) {
        const item = document.createElement('li');
        item.dataset.finding = finding.kind;
        const kind = document.createElement('strong');
        kind.textContent = `${t.kinds[finding.kind]}${finding.field ? ` · ${finding.field}` : ''}：`;
        item.append(kind, substituteRoles(finding.message, firm.roles));
        list.append(item);
      }
      parts.push(list);
    }
    if (review.lint)
      parts.push(
        paragraph(t.lintStats(review.lint.points, review.lint.bestFirst, review.lint.bestLongest)),
      );
    if (review.habits) {
      const heading = document.createElement('h3');
      heading.textContent = t.habits;
      const list = document.createElement('ul');
      list.dataset.habits = '';
      for (const row of review.habits) {
        const item = document.createElement('li');
        item.textContent = t.habitRow(row.name, row.mean, row.max);
        if (row.mean >= habitLimit) item.className = 'problem';
        list.append(item);
      }
      parts.push(heading, list, paragraph(t.habitLimit, 'muted'));
    }
    box.replaceChildren(...parts);
  }

  #renderPlayer(review: DrillReview) {
    const box = this.required('[data-player]');
    if (!review.drill) {
      box.replaceChildren(
        Object.assign(document.createElement('p'), {
          className: 'muted',
          textContent: t.playerUnavailable,
        }),
      );
      return;
    }
    const options = {
      id: this.#id,
      drill: review.drill,
      mode: 'preview' as const,
      cite: (id: string) => this.#cites.get(id),
    };
    const player = document.createElement('cp-drill');
    for (const [name, value] of Object.entries(drillElementAttributes(options))) {
      if (value !== undefined) player.setAttribute(name, String(value));
    }
    // The renderer escapes every text it writes; the firm's titles replace the playbook's as on the site.
    player.innerHTML = substituteRoles(drillPlayerHtml(options), firm.roles);
    box.replaceChildren(player);
  }
}

if (!customElements.get('cp-drill-preview'))
  customElements.define('cp-drill-preview', CpDrillPreview);
