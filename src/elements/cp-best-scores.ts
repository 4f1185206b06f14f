import { $bestScores } from '../stores/attempts';

/** <cp-best-scores>: fills each [data-best-score="<drill id>"] with the learner's best percent. */
class CpBestScores extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback() {
    this.#stop = $bestScores.subscribe((best) => {
      for (const slot of this.querySelectorAll<HTMLElement>('[data-best-score]')) {
        const score = best[slot.dataset.bestScore ?? ''];
        if (score !== undefined) slot.textContent = `${score}%`;
      }
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

if (!customElements.get('cp-best-scores')) customElements.define('cp-best-scores', CpBestScores);
