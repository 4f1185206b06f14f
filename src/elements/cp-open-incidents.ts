import { isOpen, logOrder } from '../lib/incident/record';
import { cardHref } from '../lib/incident/routes';
import { incidentLogText } from '../lib/i18n/zh-incident';
import { $incidents, type IncidentRecord } from '../stores/incidents';
import { CpElement } from './internal/element';

/** <cp-open-incidents>: on the triage page, links back to every incident still open on this device. */
class CpOpenIncidents extends CpElement {
  connectedCallback() {
    this.keep($incidents.subscribe((records) => this.#render(records)));
    const timer = setInterval(() => this.#render($incidents.get()), 30_000);
    this.keep(() => clearInterval(timer));
  }

  #render(records: readonly IncidentRecord[]) {
    const open = logOrder(records).filter(isOpen);
    this.hidden = open.length === 0;
    this.querySelector('[data-open-list]')?.replaceChildren(
      ...open.map((record) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = cardHref(record.type);
        const title = document.createElement('span');
        title.textContent = record.title;
        const elapsed = document.createElement('span');
        elapsed.className = 'elapsed';
        elapsed.textContent = incidentLogText.elapsed(
          Math.floor((Date.now() - record.openedAt) / 60_000),
        );
        link.append(title, elapsed);
        item.append(link);
        return item;
      }),
    );
  }
}

if (!customElements.get('cp-open-incidents'))
  customElements.define('cp-open-incidents', CpOpenIncidents);
