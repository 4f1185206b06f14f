import firm from 'virtual:cp-firm';
import { roleTitle } from '../lib/firm/roles';
import { clockFormat, formatElapsed, reminderState } from '../lib/incident/clock';
import {
  isOpen,
  openIncidentOf,
  tickOf,
  type IncidentRecord,
  type IncidentSnapshot,
} from '../lib/incident/record';
import { incidentCardText as t } from '../lib/i18n/zh-incident';
import { noticeText } from '../lib/storage/notice-text';
import { $incidentSettings } from '../stores/incident-settings';
import {
  $incidents,
  finishIncident,
  recordCall,
  recordUpdate,
  resumeIncident,
  saveNotes,
  startIncident,
  syncIncident,
  tickStep,
} from '../stores/incidents';
import { $storageNotices } from '../stores/persisted';
import { callEvent } from './cp-contact-list';

const clock = clockFormat();

/** Ticks (with the time each was made) and notes entered before the element was defined. */
interface EarlyInput {
  ticks: { text: string; at: number }[];
  notes: string;
}

/**
 * <cp-incident-card>: the on-site card of one incident type. It shows the open incident of its
 * type (or the one named by ?incident=), stamps each ticked step with its time, runs the clock and
 * the reminder to update 上级, keeps the notes, and notes calls made from the contact list. All
 * state lives in $incidents; the first tick, call or note opens an incident if none is open.
 */
class CpIncidentCard extends HTMLElement {
  #snapshot!: IncidentSnapshot;
  /** The incident shown when it is not simply the open one: from the URL, or just closed. */
  #shownId: string | undefined;
  #synced = new Set<string>();
  #wasDue = false;
  #title = document.title;
  #notesTimer: ReturnType<typeof setTimeout> | undefined;
  #clockTimer: ReturnType<typeof setInterval> | undefined;
  #stops: (() => void)[] = [];

  connectedCallback() {
    const json = this.querySelector('[data-snapshot]')?.textContent;
    if (!json) return;
    this.#snapshot = JSON.parse(json) as IncidentSnapshot;
    this.#shownId = new URL(location.href).searchParams.get('incident') ?? undefined;
    // On a slow connection a person may tick steps or type notes before this script has run.
    const early = this.#earlyInput();

    this.addEventListener('change', (event) => this.#onChange(event));
    this.addEventListener('click', (event) => this.#onClick(event));
    this.addEventListener(callEvent, (event) =>
      this.#onCall(event as CustomEvent<{ contact: string }>),
    );
    const notes = this.#notes();
    notes.addEventListener('input', () => this.#queueNotes());
    notes.addEventListener('blur', () => this.#saveNotes());
    // Phones often kill a page in the background without pagehide: save when it is hidden too.
    addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#flush);

    this.#stops.push(
      $incidents.subscribe(() => this.#render()),
      $incidentSettings.listen(() => this.#renderClock()),
      $storageNotices.subscribe((notices) => {
        const box = this.#el('[data-storage-notice]');
        box.textContent = noticeText(notices);
        box.hidden = box.textContent === '';
      }),
    );
    this.#clockTimer = setInterval(() => this.#renderClock(), 1000);
    this.#adopt(early);
  }

  disconnectedCallback() {
    for (const stop of this.#stops) stop();
    clearInterval(this.#clockTimer);
    removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#flush);
    this.#flush();
  }

  #flush = () => this.#saveNotes();

  #el<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`cp-incident-card: missing ${selector}`);
    return found;
  }

  #notes() {
    return this.#el<HTMLTextAreaElement>('[data-notes]');
  }

  #current(): IncidentRecord | undefined {
    const records = $incidents.get();
    const shown = records.find((r) => r.id === this.#shownId && r.type === this.#snapshot.type);
    return shown ?? openIncidentOf(records, this.#snapshot.type);
  }

  /** Shows a particular incident, and keeps it in the address so a reload shows it again. */
  #show(id: string | undefined) {
    this.#shownId = id;
    const url = new URL(location.href);
    if (id) url.searchParams.set('incident', id);
    else url.searchParams.delete('incident');
    history.replaceState(history.state, '', url);
  }

  /** The open incident to write into, opening one if needed; undefined while a closed one is shown. */
  #writable(now = Date.now()): IncidentRecord | undefined {
    const current = this.#current();
    if (current) return isOpen(current) ? current : undefined;
    const record = startIncident(this.#snapshot, now);
    this.#show(undefined);
    this.#el('[data-announce]').textContent = t.openedAt(clock.time(record.openedAt));
    return record;
  }

  /**
   * What the person did before the element was defined: the first render draws the checklist
   * from the store, so this is read first. Only input made on this page counts: a browser's
   * restored form state comes without user activation (and the notes field has autocomplete="off").
   * The inline early-ticks script stamped each tick with its time.
   */
  #earlyInput(): EarlyInput {
    if (navigator.userActivation?.hasBeenActive === false) return { ticks: [], notes: '' };
    const ticks = [...this.querySelectorAll<HTMLInputElement>('input[data-step]')]
      .filter((input) => input.checked)
      .map((input) => ({
        text: this.#stepText(input),
        at: Number(input.dataset.tickedAt) || Date.now(),
      }));
    return { ticks, notes: this.#notes().value.trim() };
  }

  /** Writes early ticks and notes into the incident, without undoing what is already stored. */
  #adopt({ ticks, notes }: EarlyInput) {
    if (ticks.length === 0 && notes === '') return;
    const record = this.#writable(Math.min(...ticks.map((tick) => tick.at), Date.now()));
    if (!record) return;
    for (const { text, at } of ticks)
      if (!tickOf(record, text)) tickStep(record.id, text, true, at);
    const stored = this.#current()?.notes ?? '';
    if (notes !== '' && !stored.includes(notes)) {
      const joined = stored === '' ? notes : `${stored}\n${notes}`;
      saveNotes(record.id, joined);
      // The render leaves a focused field alone: it must show what is stored, or the next save
      // would drop the earlier notes.
      this.#notes().value = joined;
    }
  }

  #stepText(input: HTMLInputElement): string {
    return input.closest('label')?.querySelector('[data-step-text]')?.textContent?.trim() ?? '';
  }

  #onChange(event: Event) {
    const input = (event.target as HTMLElement).closest<HTMLInputElement>('input[data-step]');
    if (!input) return;
    // Read before #writable(): opening an incident re-renders the checklist from the store.
    const ticked = input.checked;
    const record = this.#writable();
    if (record) tickStep(record.id, this.#stepText(input), ticked);
    else this.#render();
  }

  #onClick(event: Event) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button || !this.contains(button)) return;
    const current = this.#current();
    if (button.matches('[data-start]')) {
      this.#writable();
      this.#el('input[data-step]').focus();
    } else if (button.matches('[data-start-new]')) {
      this.#show(undefined);
      this.#writable();
      this.#el('input[data-step]').focus();
    } else if (button.matches('[data-close]') && current) {
      this.#saveNotes();
      // Keep showing it once closed (and after a reload), so the 终报 can be made from it.
      this.#show(current.id);
      finishIncident(current.id);
      this.#el('[data-reopen]').focus();
    } else if (button.matches('[data-reopen]') && current) {
      const reopened = resumeIncident(current.id);
      this.#el('[data-reopen-blocked]').hidden = reopened;
      if (reopened) this.#el('[data-close]').focus();
    } else if (button.matches('[data-updated]') && current) {
      const now = Date.now();
      recordUpdate(current.id, now);
      // The button goes away with the reminder: keep focus in the status bar and say what happened.
      this.#el('[data-announce]').textContent = t.updateRecorded(clock.time(now));
      this.#el('[data-status]').focus();
    } else if (button.matches('[data-insert-time]')) {
      this.#insertTime();
    }
  }

  #onCall(event: CustomEvent<{ contact: string }>) {
    const record = this.#writable();
    if (record) recordCall(record.id, event.detail.contact);
  }

  #queueNotes() {
    clearTimeout(this.#notesTimer);
    this.#notesTimer = setTimeout(() => this.#saveNotes(), 400);
  }

  #saveNotes() {
    clearTimeout(this.#notesTimer);
    const notes = this.#notes();
    const value = notes.value;
    if (notes.readOnly || value === (this.#current()?.notes ?? '')) return;
    const record = this.#writable();
    if (!record) return;
    saveNotes(record.id, value);
    this.#el('[data-notes-status]').textContent = t.notesSaved;
  }

  /** Starts a new line with the time, where the cursor is, for a timeline of facts. */
  #insertTime() {
    const notes = this.#notes();
    if (notes.readOnly) return;
    const at = notes.selectionStart ?? notes.value.length;
    const before = notes.value.slice(0, at);
    const stamp = `${before === '' || before.endsWith('\n') ? '' : '\n'}${clock.time(Date.now())} `;
    notes.setRangeText(stamp, at, notes.selectionEnd ?? at, 'end');
    notes.focus();
    this.#saveNotes();
  }

  #render() {
    const record = this.#current();
    const state = !record ? 'idle' : isOpen(record) ? 'running' : 'closed';
    this.#el('[data-idle]').hidden = state !== 'idle';
    this.#el('[data-running]').hidden = state !== 'running';
    this.#el('[data-closed]').hidden = state !== 'closed';
    if (state !== 'closed') this.#el('[data-reopen-blocked]').hidden = true;
    if (record?.closedAt !== undefined)
      this.#el('[data-closed-text]').textContent = t.closed(
        clock.timeOn(record.closedAt, record.openedAt),
      );

    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-step]')) {
      const tick = record ? tickOf(record, this.#stepText(input)) : undefined;
      input.checked = tick !== undefined;
      input.disabled = state === 'closed';
      const time = input.closest('label')?.querySelector('[data-tick-time]');
      if (time)
        time.textContent = tick
          ? t.tickedAt(clock.timeOn(tick.at, record?.openedAt ?? tick.at))
          : '';
    }

    const notes = this.#notes();
    notes.readOnly = state === 'closed';
    if (document.activeElement !== notes) notes.value = record?.notes ?? '';

    const report = this.querySelector<HTMLElement>('cp-incident-report');
    if (report && report.dataset.incidentId !== (record?.id ?? ''))
      report.dataset.incidentId = record?.id ?? '';

    // Content may have changed since the incident was opened: bring the record up to date once.
    if (record && state === 'running' && !this.#synced.has(record.id)) {
      this.#synced.add(record.id);
      syncIncident(record.id, this.#snapshot);
    }
    this.#renderClock();
  }

  #renderClock() {
    const record = this.#current();
    const running = record !== undefined && isOpen(record);
    const reminder = running
      ? reminderState(record, $incidentSettings.get().reminderMinutes, Date.now())
      : undefined;
    if (running) {
      this.#el('[data-elapsed]').textContent = formatElapsed(Date.now() - record.openedAt);
      this.#el('[data-opened-at]').textContent = t.openedAt(
        clock.timeOn(record.openedAt, Date.now()),
      );
    }
    const due = reminder?.due ?? false;
    this.#el('[data-reminder]').hidden = !due;
    const next = this.#el('[data-next-update]');
    next.hidden = !reminder || due;
    if (reminder && !due)
      next.textContent = t.nextUpdate(
        clock.time(reminder.dueAt),
        Math.ceil((reminder.dueAt - Date.now()) / 60_000),
      );
    if (due !== this.#wasDue) {
      this.#wasDue = due;
      document.title = due ? `${t.dueTitle} · ${this.#title}` : this.#title;
      // Written once when it turns due, into an alert, so a screen reader hears it once.
      this.#el('[data-reminder-text]').textContent =
        due && reminder ? t.updateDue(reminder.minutesSince, roleTitle(firm.roles, 'director')) : '';
      if (due && navigator.userActivation?.hasBeenActive) navigator.vibrate([200, 100, 200]);
    }
  }
}

if (!customElements.get('cp-incident-card'))
  customElements.define('cp-incident-card', CpIncidentCard);
