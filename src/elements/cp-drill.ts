import { drillText } from '../lib/i18n/zh-drill';
import { freshSeed, shownOrder } from '../lib/random';
import {
  bestChoice,
  choose,
  choiceQuality,
  scoreScenario,
  startScenario,
  type Play,
  type Scenario,
} from '../lib/drill/engine';
import { standardIds, type StandardScores } from '../lib/standards';
import { countdown, formatSeconds } from './internal/countdown';
import { CpElement } from './internal/element';

/** What <cp-drill> reports when a run ends (event `cp-drill-complete`, bubbling). */
export interface DrillResult {
  drill: string;
  /** Choice index at each decision, in order: retraces the run. */
  choices: number[];
  /** The ending reached; absent when time ran out. */
  ending?: string;
  timedOut: boolean;
  seconds: number;
  percent: number;
  standards: StandardScores;
}

/**
 * <cp-drill>: plays a branching drill over its server-rendered script. The engine
 * (src/lib/drill/engine) decides where a choice leads and what it scores; this element only
 * shows and hides the markup and reports each finished run as a `cp-drill-complete` event.
 * It records nothing: on the drill pages <cp-drill-record> around it keeps the attempts. With
 * data-mode="assessment" (assignments) it shows no feedback or score; data-mode="preview"
 * (/admin/preview/, a drill not yet committed) plays and scores as in practice.
 */
export class CpDrill extends CpElement {
  #scenario!: Scenario;
  #assessment = false;
  /** Seeds the shown order of every decision point's choices for this attempt. */
  #seed = '';
  #play: Play | undefined;
  #startedAt = 0;
  #stopTimer: () => void = () => {};

  connectedCallback() {
    const scenario = this.readJson<Scenario>('[data-scenario]');
    if (!scenario) return;
    this.#scenario = scenario;
    this.#assessment = this.dataset.mode === 'assessment';
    this.classList.add('ready');
    this.required('[data-static-note]').hidden = true;
    const start = this.required<HTMLButtonElement>('[data-start]');
    start.hidden = false;
    start.addEventListener('click', () => this.#start());
    this.addEventListener('click', (event) => this.#onClick(event));
    this.keep(() => this.#stopTimer());
    if (this.#assessment) return;
    this.required('[data-restart]').addEventListener('click', () => this.#start());
  }

  /** A node's or ending's section. Ids may come from storage: matched, never put in a selector. */
  #section(id: string): HTMLElement | undefined {
    return [...this.querySelectorAll<HTMLElement>('[data-node], [data-ending]')].find(
      (section) => (section.dataset.node ?? section.dataset.ending) === id,
    );
  }

  /**
   * Shows a node's choices in this attempt's order. The buttons keep their content index
   * (data-index), which is what is recorded; keyboard and screen readers follow the new order.
   */
  #shuffleChoices(section: HTMLElement) {
    const list = section.querySelector<HTMLElement>('[data-choices]');
    if (!list) return;
    const items = [...list.children] as HTMLElement[];
    const byIndex = new Map(
      items.map((item) => [
        Number(item.querySelector<HTMLElement>('[data-choice]')?.dataset.index),
        item,
      ]),
    );
    const order = shownOrder(items.length, `${this.#seed}:${section.dataset.node}`);
    list.append(...order.flatMap((i) => byIndex.get(i) ?? []));
  }

  /** Ends a run in progress as if its time had run out (an assignment's time limit). */
  stop() {
    if (this.#play) this.#finish(true);
  }

  #start() {
    // Practice draws a fresh order every attempt; an assignment sets data-seed so a reload
    // shows the same order.
    this.#seed = this.dataset.seed || freshSeed();
    this.#play = startScenario(this.#scenario);
    this.#startedAt = Date.now();
    this.classList.remove('ready');
    this.classList.add('playing');
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (result) result.hidden = true;
    const timeout = this.querySelector<HTMLElement>('[data-timeout]');
    if (timeout) timeout.hidden = true;
    this.required('[data-start]').hidden = true;
    this.required('[data-status]').hidden = false;
    for (const section of this.querySelectorAll<HTMLElement>('[data-node], [data-ending]')) {
      section.classList.remove('current');
      for (const button of section.querySelectorAll<HTMLButtonElement>('[data-choice]')) {
        button.disabled = false;
        button.removeAttribute('aria-pressed');
      }
      for (const feedback of section.querySelectorAll<HTMLElement>('[data-feedback]'))
        feedback.hidden = true;
      const next = section.querySelector<HTMLElement>('[data-continue]');
      if (next) next.hidden = true;
      if (section.dataset.node !== undefined) this.#shuffleChoices(section);
    }
    this.#showMeter();
    this.#startTimer();
    this.#show(this.#play.at);
  }

  #startTimer() {
    this.#stopTimer();
    const limit = Number(this.dataset.timeLimit);
    const timer = this.required('[data-timer]');
    timer.hidden = !(limit > 0);
    if (!(limit > 0)) return;
    this.#stopTimer = countdown(
      this.#startedAt + limit * 1000,
      (left) => (timer.textContent = drillText.timer(formatSeconds(left))),
      () => this.#finish(true),
    );
  }

  #show(id: string) {
    for (const section of this.querySelectorAll('.current')) section.classList.remove('current');
    const section = this.#section(id);
    if (!section) return;
    section.classList.add('current');
    section.querySelector<HTMLElement>('h3')?.focus();
  }

  #showMeter() {
    const value = this.#play?.meter ?? this.#scenario.meterStart;
    this.required<HTMLMeterElement>('[data-meter-bar]').value = value;
    this.required('[data-meter-value]').textContent = String(value);
  }

  #onClick(event: Event) {
    const target = event.target as HTMLElement;
    const choice = target.closest<HTMLButtonElement>('[data-choice]');
    if (choice) return this.#choose(choice);
    if (target.closest('[data-continue]') && this.#play) {
      if (this.#play.ending) this.#finish(false);
      else this.#show(this.#play.at);
    }
  }

  #choose(button: HTMLButtonElement) {
    const play = this.#play;
    const section = button.closest<HTMLElement>('[data-node]');
    if (!play || play.ending || !section || section.dataset.node !== play.at) return;
    const index = Number(button.dataset.index);
    const next = choose(this.#scenario, play, index);
    if (next === play) return;
    this.#play = next;
    const node = this.#scenario.nodes.find((n) => n.id === section.dataset.node);
    const quality = node ? choiceQuality(node.choices, index) : 'poor';
    for (const other of section.querySelectorAll<HTMLButtonElement>('[data-choice]'))
      other.disabled = true;
    button.setAttribute('aria-pressed', 'true');
    this.#showMeter();
    const proceed = this.required<HTMLButtonElement>('[data-continue]', section);
    proceed.hidden = false;
    if (this.#assessment) {
      this.required('[data-announce]').textContent = drillText.choiceRecorded;
      proceed.focus();
      return;
    }
    const feedback = this.required(`[data-feedback="${index}"]`, section);
    feedback.hidden = false;
    feedback.classList.remove('good', 'partial', 'poor');
    feedback.classList.add(quality);
    this.required('[data-announce]').textContent = drillText.announceFeedback(
      quality,
      feedback.querySelector('p')?.textContent ?? '',
    );
    proceed.focus();
  }

  #finish(timedOut: boolean) {
    const play = this.#play;
    if (!play) return;
    this.#stopTimer();
    this.#play = undefined;
    const score = scoreScenario(this.#scenario, play.steps, play.ending ? undefined : play.at);
    const seconds = Math.round((Date.now() - this.#startedAt) / 1000);
    const detail: DrillResult = {
      drill: this.dataset.drill ?? '',
      choices: play.steps.map((step) => step.choice),
      timedOut,
      seconds,
      percent: score.percent,
      standards: score.standards,
    };
    if (play.ending) detail.ending = play.ending;
    for (const section of this.querySelectorAll('.current')) section.classList.remove('current');
    if (this.#assessment) {
      // One run per assignment attempt: nothing on this drill can be pressed again.
      for (const button of this.querySelectorAll<HTMLButtonElement>('button'))
        button.disabled = true;
      this.classList.add('finished');
      if (play.ending) this.#show(play.ending);
      this.dispatchEvent(
        new CustomEvent<DrillResult>('cp-drill-complete', { detail, bubbles: true }),
      );
      return;
    }
    if (play.ending) this.#section(play.ending)?.classList.add('current');

    const result = this.required('[data-result]');
    this.required('[data-timeout]').hidden = !timedOut;
    this.required('[data-drill-score]').textContent = `${score.percent}%`;
    for (const id of standardIds) {
      const value = score.standards[id];
      this.required(
        '[data-competency-value]',
        this.required(`[data-competency="${id}"]`),
      ).textContent = value === null ? drillText.notAtStake : `${value}%`;
    }
    this.#renderReview(play);
    result.hidden = false;
    this.required('h2', result).focus();
    this.dispatchEvent(
      new CustomEvent<DrillResult>('cp-drill-complete', { detail, bubbles: true }),
    );
  }

  /** Each step as it was played: every choice where it was shown, the one picked and the best marked. */
  #renderReview(play: Play) {
    const items = play.steps.map((step) => {
      const section = this.#section(step.node);
      const node = this.#scenario.nodes.find((n) => n.id === step.node);
      const item = document.createElement('li');
      if (!section || !node) return item;
      const heading = document.createElement('p');
      heading.append(section.querySelector('.line')?.cloneNode(true) ?? '');
      const best = bestChoice(node.choices);
      const choices = document.createElement('ol');
      choices.className = 'review-choices';
      // The buttons stand in the order this attempt showed them.
      for (const button of section.querySelectorAll<HTMLElement>('[data-choice]')) {
        const index = Number(button.dataset.index);
        const choice = document.createElement('li');
        choice.dataset.reviewChoice = String(index);
        const marks = [
          ...(index === step.choice ? [drillText.chosen] : []),
          ...(index === best ? [drillText.bestChoice] : []),
        ];
        if (index === step.choice) choice.dataset.chosen = '';
        if (index === best) choice.dataset.best = '';
        const text = document.createElement('p');
        if (marks.length) {
          const strong = document.createElement('strong');
          strong.textContent = `【${marks.join('·')}】`;
          text.append(strong);
        }
        text.append(button.textContent?.trim() ?? '');
        choice.append(text);
        if (index === step.choice || index === best) {
          const why = section.querySelector(`[data-feedback="${index}"]`)?.cloneNode(true) as
            HTMLElement | undefined;
          if (why) {
            why.hidden = false;
            why.removeAttribute('data-feedback');
            why.classList.remove('good', 'partial', 'poor');
            why.classList.add(choiceQuality(node.choices, index));
            choice.append(why);
          }
        }
        choices.append(choice);
      }
      item.append(heading, choices);
      return item;
    });
    this.required('[data-review]').replaceChildren(...items);
  }
}

if (!customElements.get('cp-drill')) customElements.define('cp-drill', CpDrill);
