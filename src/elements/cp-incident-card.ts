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
import { mergeText } from '../lib/storage/text-merge';
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
  type NotesSave,
} from '../stores/incidents';
import { $storageNotices, unsaved } from '../stores/storage';
import { callEvent } from './cp-contact-list';
import { CpElement } from './internal/element';

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
class CpIncidentCard extends CpElement {
  #snapshot!: IncidentSnapshot;
  /** The incident shown when it is not simply the open one: from the URL, or just closed. */
  #shownId: string | undefined;
  #synced = new Set<string>();
  #wasDue = false;
  #title = document.title;
  #notesTimer: ReturnType<typeof setTimeout> | undefined;
  /** The stored notes the field last showed: what the person's typing started from. */
  #notesBase = '';
  /** The incident whose notes the field shows. */
  #notesOf: string | undefined;
  /** Set while notes are being saved: the render that saving causes must not save again. */
  #savingNotes = false;

  connectedCallback() {
    const snapshot = this.readJson<IncidentSnapshot>('[data-snapshot]');
    if (!snapshot) return;
    this.#snapshot = snapshot;
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
    this.listen(window, 'pagehide', this.#flush);
    this.listen(document, 'visibilitychange', this.#flush);

    this.keep(
      $incidents.subscribe(() => this.#render()),
      $incidentSettings.listen(() => this.#renderClock()),
      // Notes that could not be saved are saved later by the storage engine: say so here too.
      $storageNotices.listen(() => {
        const status = this.required('[data-notes-status]');
        if (status.textContent === t.notesNotSaved && !unsaved().has($incidents.key))
          status.textContent = t.notesSaved;
      }),
    );
    const clockTimer = setInterval(() => this.#renderClock(), 1000);
    this.keep(() => clearInterval(clockTimer), this.#flush);
    this.#adopt(early);
  }

  #flush = () => this.#saveNotes();

  #notes() {
    return this.required<HTMLTextAreaElement>('[data-notes]');
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
    this.required('[data-announce]').textContent = t.openedAt(clock.time(record.openedAt));
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
      this.#notes().value = this.#storeNotes(record.id, joined, stored).notes;
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
      this.required('input[data-step]').focus();
    } else if (button.matches('[data-start-new]')) {
      this.#show(undefined);
      this.#writable();
      this.required('input[data-step]').focus();
    } else if (button.matches('[data-close]') && current) {
      this.#saveNotes();
      // Keep showing it once closed (and after a reload), so the 终报 can be made from it.
      this.#show(current.id);
      finishIncident(current.id);
      this.required('[data-reopen]').focus();
    } else if (button.matches('[data-reopen]') && current) {
      const reopened = resumeIncident(current.id);
      this.required('[data-reopen-blocked]').hidden = reopened;
      if (reopened) this.required('[data-close]').focus();
    } else if (button.matches('[data-updated]') && current) {
      const now = Date.now();
      recordUpdate(current.id, now);
      // The button goes away with the reminder: keep focus in the status bar and say what happened.
      this.required('[data-announce]').textContent = t.updateRecorded(clock.time(now));
      this.required('[data-status]').focus();
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

  /**
   * Saves what was typed. If another tab changed the notes since the field last showed them, the
   * two edits are merged (see saveNotes) and the field shows the result, cursor kept in place.
   */
  #saveNotes() {
    clearTimeout(this.#notesTimer);
    const field = this.#notes();
    if (field.readOnly) return;
    const stored = this.#current()?.notes ?? '';
    if (field.value === this.#notesBase) {
      // Nothing typed here since: just show what is stored now.
      if (stored !== field.value) field.value = this.#notesBase = stored;
      return;
    }
    const typed = field.value;
    const record = this.#writable();
    if (!record) return;
    const result = this.#storeNotes(record.id, typed, this.#notesBase);
    let status: string = result.saved ? t.notesSaved : t.notesNotSaved;
    if (result.merge && result.notes !== typed) {
      const start = result.merge.position(field.selectionStart ?? typed.length);
      const end = result.merge.position(field.selectionEnd ?? typed.length);
      field.value = result.notes;
      field.setSelectionRange(start, end);
      status = `${result.merge.clean ? t.notesMerged : t.notesBothKept}${result.saved ? '' : t.notesNotSaved}`;
    }
    this.required('[data-notes-status]').textContent = status;
  }

  /** Saves notes typed over `base`; the render this causes leaves the field to the caller. */
  #storeNotes(id: string, typed: string, base: string): NotesSave {
    this.#savingNotes = true;
    try {
      const result = saveNotes(id, typed, base);
      this.#notesBase = result.notes;
      this.#notesOf = id;
      return result;
    } finally {
      this.#savingNotes = false;
    }
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
    this.required('[data-idle]').hidden = state !== 'idle';
    this.required('[data-running]').hidden = state !== 'running';
    this.required('[data-closed]').hidden = state !== 'closed';
    if (state !== 'closed') this.required('[data-reopen-blocked]').hidden = true;
    if (record?.closedAt !== undefined)
      this.required('[data-closed-text]').textContent = t.closed(
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

    this.#renderNotes(record, state === 'closed');

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

  /**
   * Shows the stored notes. What is typed here and not saved yet (the save waits for a pause or
   * for leaving the field) is never replaced: a change made in another tab meanwhile is merged
   * into it at once, before the next save could overwrite it.
   */
  #renderNotes(record: IncidentRecord | undefined, closed: boolean) {
    const field = this.#notes();
    if (this.#savingNotes) return;
    const stored = record?.notes ?? '';
    const unsaved = !field.readOnly && field.value !== this.#notesBase;
    field.readOnly = closed;
    if (record?.id !== this.#notesOf) {
      // Another incident is shown (or the first one, under notes typed before this script ran):
      // what is being typed goes into it, after its notes, and is saved with the next save.
      this.#notesOf = record?.id;
      this.#notesBase = stored;
      if (unsaved && stored !== '' && !field.value.includes(stored))
        field.value = `${stored}\n${field.value}`;
      else if (!unsaved) field.value = stored;
      return;
    }
    if (stored === this.#notesBase) return;
    // Closed in another tab: what was typed stays on screen, to be copied.
    if (unsaved) return closed ? undefined : this.#saveNotes();
    if (document.activeElement === field) {
      // The person is in the field: keep the cursor by the words it was next to, and say why the text moved.
      const { position } = mergeText(this.#notesBase, field.value, stored);
      const [start, end] = [position(field.selectionStart ?? 0), position(field.selectionEnd ?? 0)];
      field.value = stored;
      field.setSelectionRange(start, end);
      this.required('[data-notes-status]').textContent = t.notesUpdated;
    } else field.value = stored;
    this.#notesBase = stored;
  }

  #renderClock() {
    const record = this.#current();
    const running = record !== undefined && isOpen(record);
    const reminder = running
      ? reminderState(record, $incidentSettings.get().reminderMinutes, Date.now())
      : undefined;
    if (running) {
      this.required('[data-elapsed]').textContent = formatElapsed(Date.now() - record.openedAt);
      this.required('[data-opened-at]').textContent = t.openedAt(
        clock.timeOn(record.openedAt, Date.now()),
      );
    }
    const due = reminder?.due ?? false;
    this.required('[data-reminder]').hidden = !due;
    const next = this.required('[data-next-update]');
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
      this.required('[data-reminder-text]').textContent =
        due && reminder
          ? t.updateDue(reminder.minutesSince, roleTitle(firm.roles, 'director'))
          : '';
      if (due && navigator.userActivation?.hasBeenActive) navigator.vibrate([200, 100, 200]);
    }
  }
}

if (!customElements.get('cp-incident-card'))
  customElements.define('cp-incident-card', CpIncidentCard);
