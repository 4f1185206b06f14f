import { $bestScores } from '../stores/attempts';
import { CpElement } from './internal/element';

/** <cp-best-scores>: fills each [data-best-score="<drill id>"] with the learner's best percent. */
class CpBestScores extends CpElement {
  connectedCallback() {
    this.keep(
      $bestScores.subscribe((best) => {
        for (const slot of this.querySelectorAll<HTMLElement>('[data-best-score]')) {
          const score = best[slot.dataset.bestScore ?? ''];
          if (score !== undefined) slot.textContent = `${score}%`;
        }
      }),
    );
  }
}

if (!customElements.get('cp-best-scores')) customElements.define('cp-best-scores', CpBestScores);
