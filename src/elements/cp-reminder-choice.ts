import { $incidentSettings, updateIncidentSettings } from '../stores/incident-settings';

/** <cp-reminder-choice>: the select for how often to remind about updating 上级, kept on this device. */
class CpReminderChoice extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    select.addEventListener('change', () =>
      updateIncidentSettings({ reminderMinutes: Number(select.value) }),
    );
    this.#stop = $incidentSettings.subscribe((settings) => {
      select.value = String(settings.reminderMinutes);
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

if (!customElements.get('cp-reminder-choice'))
  customElements.define('cp-reminder-choice', CpReminderChoice);
