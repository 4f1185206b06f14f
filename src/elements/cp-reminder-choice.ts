import { $incidentSettings, updateIncidentSettings } from '../stores/incident-settings';
import { CpElement } from './internal/element';

/** <cp-reminder-choice>: the select for how often to remind about updating 上级, kept on this device. */
class CpReminderChoice extends CpElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    select.addEventListener('change', () =>
      updateIncidentSettings({ reminderMinutes: Number(select.value) }),
    );
    this.keep(
      $incidentSettings.subscribe((settings) => {
        select.value = String(settings.reminderMinutes);
      }),
    );
  }
}

if (!customElements.get('cp-reminder-choice'))
  customElements.define('cp-reminder-choice', CpReminderChoice);
