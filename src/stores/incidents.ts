import {
  addCall,
  addUpdate,
  canReopen,
  closeIncident,
  isOpen,
  openIncident,
  openIncidentOf,
  incidentFormat,
  refreshSnapshot,
  reopenIncident,
  setNotes,
  setTick,
  type IncidentRecord,
  type IncidentSnapshot,
} from '../lib/incident/record';
import { mergeText, type TextMerge } from '../lib/storage/text-merge';
import { persistentList } from './persisted';
import { unsaved } from './storage';

export { incidentFormat, type IncidentRecord, type IncidentSnapshot };

/** Every incident handled on this device, open and closed, in the order they were opened. */
export const $incidents = persistentList<IncidentRecord>('cp:incidents', incidentFormat);

/** Changes one record; false when the change could not be saved on this device. */
function change(id: string, update: (record: IncidentRecord) => IncidentRecord): boolean {
  let changed = false;
  const next = $incidents.get().map((record) => {
    if (record.id !== id) return record;
    const updated = update(record);
    changed ||= updated !== record;
    return updated;
  });
  return changed ? $incidents.save(next) : !unsaved().has($incidents.key);
}

/** Only an open incident takes ticks, calls, updates and notes. */
const whileOpen =
  (update: (record: IncidentRecord) => IncidentRecord) => (record: IncidentRecord) =>
    isOpen(record) ? update(record) : record;

export function findIncident(id: string): IncidentRecord | undefined {
  return $incidents.get().find((record) => record.id === id);
}

/** Opens an incident of the snapshot's type, or returns the one already open. */
export function startIncident(snapshot: IncidentSnapshot, now = Date.now()): IncidentRecord {
  const existing = openIncidentOf($incidents.get(), snapshot.type);
  if (existing) return existing;
  const record = openIncident(snapshot, now);
  $incidents.save([...$incidents.get(), record]);
  return record;
}

export function tickStep(id: string, step: string, ticked: boolean, now = Date.now()): boolean {
  return change(
    id,
    whileOpen((record) => setTick(record, step, ticked, now)),
  );
}

export function recordCall(id: string, contact: string, now = Date.now()): boolean {
  return change(
    id,
    whileOpen((record) => addCall(record, contact, now)),
  );
}

export function recordUpdate(id: string, now = Date.now()): boolean {
  return change(
    id,
    whileOpen((record) => addUpdate(record, now)),
  );
}

/** What saving notes did: the notes now kept, the merge with another tab's edit if any, and whether they were saved. */
export interface NotesSave {
  notes: string;
  merge: TextMerge | undefined;
  saved: boolean;
}

/**
 * Saves notes typed over `base`, the stored notes the field last showed. When another tab changed
 * them since, both edits are merged rather than the typed text replacing theirs; the field should
 * then show `notes`.
 */
export function saveNotes(id: string, typed: string, base: string): NotesSave {
  const stored = findIncident(id)?.notes ?? '';
  const merge = stored === base ? undefined : mergeText(base, typed, stored);
  const notes = merge?.text ?? typed;
  const saved = change(
    id,
    whileOpen((record) => setNotes(record, notes)),
  );
  return { notes, merge, saved };
}

export function finishIncident(id: string, now = Date.now()): boolean {
  return change(id, (record) => closeIncident(record, now));
}

/** Reopens a closed incident; false when another of its type is open. */
export function resumeIncident(id: string): boolean {
  const record = findIncident(id);
  if (!record || !canReopen($incidents.get(), record)) return false;
  change(id, reopenIncident);
  return true;
}

/** Brings an open incident up to date with its card after a content change. */
export function syncIncident(id: string, snapshot: IncidentSnapshot): boolean {
  return change(
    id,
    whileOpen((record) => refreshSnapshot(record, snapshot)),
  );
}

export function removeIncident(id: string): boolean {
  return $incidents.save($incidents.get().filter((record) => record.id !== id));
}
