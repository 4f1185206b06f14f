import type { Drill } from '../../schemas/drill';
import { drillText, standardsText } from '../i18n/zh-drill';
import { scenarioOf } from './engine';
import { standardIds } from '../standards';
import { jsonForScript } from '../html/json-script';

/** Where a cited playbook entry is read: its title and page. */
export interface CiteLink {
  title: string;
  href: string;
}

export interface DrillMarkupOptions {
  /** The drill's id (its file name); ids of headings are built from it. */
  id: string;
  drill: Pick<Drill, 'meter' | 'start' | 'nodes' | 'endings' | 'timeLimit'>;
  /**
   * Assessment (assignments): no feedback, score, review, restart or history; the element only
   * reports the run. Preview (/admin/preview/): everything a learner sees, but nothing is saved.
   */
  mode?: 'practice' | 'assessment' | 'preview';
  /** A cited id's title and page; ids it does not know are left out, as on the site. */
  cite: (id: string) => CiteLink | undefined;
}

const escapeText = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replaceAll('"', '&quot;');

/** An opening tag; attributes whose value is undefined are left out, `true` writes a bare one. */
function open(
  tag: string,
  attributes: Record<string, string | number | boolean | undefined> = {},
): string {
  const written = Object.entries(attributes).flatMap(([name, value]) =>
    value === undefined || value === false
      ? []
      : [value === true ? name : `${name}="${escapeAttribute(String(value))}"`],
  );
  return `<${[tag, ...written].join(' ')}>`;
}

/** 依据：a、b — the playbook pages behind a piece of feedback or an ending (CiteLinks.astro's shape). */
export function citeLinksHtml(ids: readonly string[], cite: DrillMarkupOptions['cite']): string {
  const links = ids.flatMap((id) => {
    const found = cite(id);
    return found ? [`${open('a', { href: found.href })}${escapeText(found.title)}</a>`] : [];
  });
  return links.length === 0
    ? ''
    : `<p class="basis">${escapeText(drillText.basis)}：${links.join('、')}</p>`;
}

/** The attributes of the <cp-drill> element that carries this markup. */
export function drillElementAttributes({ id, drill, mode = 'practice' }: DrillMarkupOptions) {
  return {
    'data-drill': id,
    'data-time-limit': drill.timeLimit,
    'data-mode': mode === 'practice' ? undefined : mode,
  };
}

/**
 * The inside of <cp-drill>: the whole script as plain HTML (readable without JavaScript), the
 * scenario as JSON for src/elements/cp-drill.ts, and the result and history sections. One
 * renderer serves the drill pages (DrillPlayer.astro) and the preview (/admin/preview/), so the
 * player a trainer tries is the one learners get.
 */
export function drillPlayerHtml(options: DrillMarkupOptions): string {
  const { id, drill, mode = 'practice', cite } = options;
  const t = drillText;
  const assessment = mode === 'assessment';
  // JSON inside <script>: "<" is escaped so no text can close the element.
  const scenario = jsonForScript(scenarioOf(drill));
  const nodes = drill.nodes.map((node, i) =>
    [
      open('section', {
        class: 'node',
        'data-node': node.id,
        'aria-labelledby': assessment ? undefined : `${id}-${node.id}-title`,
      }),
      `${open('h3', { id: `${id}-${node.id}-title`, tabindex: '-1' })}${escapeText(t.nodeHeading(i + 1))}</h3>`,
      node.scene ? `<p class="scene">${escapeText(node.scene)}</p>` : '',
      `<p class="line"><strong>${escapeText(node.speaker)}：</strong>${escapeText(node.says)}</p>`,
      '<ol class="choices" data-choices>',
      ...node.choices.map(
        (choice, j) =>
          `<li>${open('button', { type: 'button', class: 'choice', 'data-choice': true, 'data-index': j })}${escapeText(choice.text)}</button></li>`,
      ),
      '</ol>',
      ...(assessment
        ? []
        : node.choices.map(
            (choice, j) =>
              `${open('div', { class: 'feedback', 'data-feedback': j, hidden: true })}<p>${escapeText(choice.feedback)}</p>${citeLinksHtml(choice.cites, cite)}</div>`,
          )),
      `${open('button', { type: 'button', class: 'button', 'data-continue': true, hidden: true })}${escapeText(t.continue)}</button>`,
      '</section>',
    ].join(''),
  );
  const endings = drill.endings.map((ending) =>
    [
      open('section', {
        class: 'ending',
        'data-ending': ending.id,
        'data-outcome': ending.outcome,
      }),
      `<h3 tabindex="-1">${escapeText(t.ending)}（${escapeText(t.outcome[ending.outcome])}）：<span data-ending-title>${escapeText(ending.title)}</span></h3>`,
      `<p>${escapeText(ending.debrief)}</p>`,
      citeLinksHtml(ending.cites, cite),
      '</section>',
    ].join(''),
  );
  const result = assessment
    ? ''
    : [
        open('section', {
          class: 'result',
          'data-result': true,
          hidden: true,
          'aria-labelledby': `${id}-result`,
        }),
        `${open('h2', { id: `${id}-result`, tabindex: '-1' })}${escapeText(t.result)}</h2>`,
        `<p class="timeout" data-timeout hidden>${escapeText(t.timeUp)}</p>`,
        `<p class="notice" role="alert" data-not-saved hidden>${escapeText(t.notSaved)}</p>`,
        `<p class="total">${escapeText(t.total)}：<strong data-drill-score>—</strong></p>`,
        `<h3>${escapeText(t.competencies)}</h3>`,
        '<ul class="competencies">',
        ...standardIds.map(
          (standard) =>
            `${open('li', { 'data-competency': standard })}<span class="label">${escapeText(standardsText[standard])}</span><span class="value" data-competency-value>—</span></li>`,
        ),
        '</ul>',
        `<h3>${escapeText(t.review)}</h3>`,
        '<ol class="review" data-review></ol>',
        `<button type="button" class="button button-primary" data-restart>${escapeText(t.restart)}</button>`,
        '</section>',
      ].join('');
  const history =
    mode === 'practice'
      ? [
          `${open('section', { class: 'history', 'aria-labelledby': `${id}-history` })}`,
          `${open('h2', { id: `${id}-history` })}${escapeText(t.history)}</h2>`,
          `<p class="muted" data-history-empty>${escapeText(t.historyEmpty)}</p>`,
          '<ol data-attempts></ol>',
          '</section>',
        ].join('')
      : '';
  return [
    `<script type="application/json" data-scenario>${scenario}</script>`,
    '<div class="controls">',
    `<p class="muted" data-static-note>${escapeText(t.staticNote)}</p>`,
    `<button type="button" class="button button-primary" data-start hidden>${escapeText(t.start)}</button>`,
    '</div>',
    '<div class="status sticky-bar" data-status hidden>',
    `<label><span>${escapeText(drill.meter.label)}</span>`,
    `${open('meter', { min: 0, max: 100, low: 35, high: 70, optimum: 0, value: drill.meter.start, 'data-meter-bar': true })}</meter>`,
    `<span data-meter-value>${drill.meter.start}</span></label>`,
    '<span class="timer" data-timer hidden></span>',
    '</div>',
    `<div class="script">${nodes.join('')}${endings.join('')}</div>`,
    result,
    '<p class="sr-only" role="status" aria-live="polite" data-announce></p>',
    history,
  ].join('');
}
