import { reviewText } from '../lib/i18n/zh-training';
import { drillsToReplay, type ReplayDrill } from '../lib/training/drill-replay';
import { $attempts } from '../stores/attempts';
import { CpElement } from './internal/element';

/**
 * <cp-drill-replay>: on /review/, the drills played on this device that never reached a good
 * ending, weakest first, each with a link to play it again. Hidden while there are none.
 */
class CpDrillReplay extends CpElement {
  connectedCallback() {
    const drills = this.readJson<ReplayDrill[]>('[data-replay-drills]') ?? [];
    this.keep($attempts.subscribe((attempts) => this.#render(drillsToReplay(attempts, drills))));
  }

  #render(replays: ReturnType<typeof drillsToReplay>) {
    const list = this.querySelector('[data-replay-list]');
    if (!list) return;
    this.hidden = replays.length === 0;
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = String(replays.length);
    list.replaceChildren(
      ...replays.map(({ drill, best, plays }) => {
        const item = document.createElement('li');
        item.dataset.replayDrill = drill.id;
        const link = document.createElement('a');
        link.href = drill.href;
        link.textContent = drill.title;
        const detail = document.createElement('span');
        detail.className = 'detail';
        detail.textContent = reviewText.replayDetail(best, plays);
        item.append(link, detail);
        return item;
      }),
    );
  }
}

if (!customElements.get('cp-drill-replay')) customElements.define('cp-drill-replay', CpDrillReplay);
