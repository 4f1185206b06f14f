import {
  addCall,
  addUpdate,
  canReopen,
  closeIncident,
  isOpen,
  openIncident,
  openIncidentOf,
  parseIncidentRecord,
  refreshSnapshot,
  reopenIncident,
  setNotes,
  setTick,
  type IncidentRecord,
  type IncidentSnapshot,
} from '../lib/incident/record';
import type { CollectionFormat } from '../lib/storage/versioned';
import { persistentList } from './persisted';

export type { IncidentRecord, IncidentSnapshot };

export const incidentFormat: CollectionFormat<IncidentRecord> = {
  version: 1,
  parseItem: parseIncidentRecord,
};

/** Every incident handled on this device, open and closed, in the order they were opened. */
export const $incidents = persistentList<IncidentRecord>('cp:incidents', incidentFormat);

function change(id: string, update: (record: IncidentRecord) => IncidentRecord): void {
  let changed = false;
  const next = $incidents.get().map((record) => {
    if (record.id !== id) return record;
    const updated = update(record);
    changed ||= updated !== record;
    return updated;
  });
  if (changed) $incidents.set(next);
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
  $incidents.set([...$incidents.get(), record]);
  return record;
}

export function tickStep(id: string, step: string, ticked: boolean, now = Date.now()): void {
  change(
    id,
    whileOpen((record) => setTick(record, step, ticked, now)),
  );
}

export function recordCall(id: string, contact: string, now = Date.now()): void {
  change(
    id,
    whileOpen((record) => addCall(record, contact, now)),
  );
}

export function recordUpdate(id: string, now = Date.now()): void {
  change(
    id,
    whileOpen((record) => addUpdate(record, now)),
  );
}

export function saveNotes(id: string, notes: string): void {
  change(
    id,
    whileOpen((record) => setNotes(record, notes)),
  );
}

export function finishIncident(id: string, now = Date.now()): void {
  change(id, (record) => closeIncident(record, now));
}

/** Reopens a closed incident; false when another of its type is open. */
export function resumeIncident(id: string): boolean {
  const record = findIncident(id);
  if (!record || !canReopen($incidents.get(), record)) return false;
  change(id, reopenIncident);
  return true;
}

/** Brings an open incident up to date with its card after a content change. */
export function syncIncident(id: string, snapshot: IncidentSnapshot): void {
  change(
    id,
    whileOpen((record) => refreshSnapshot(record, snapshot)),
  );
}

export function removeIncident(id: string): void {
  $incidents.set($incidents.get().filter((record) => record.id !== id));
}
