import {
  formatOf,
  list,
  object,
  optional,
  refine,
  text,
  time,
  type Infer,
} from '../storage/schema';

const line = text({ min: 1, max: 2000 });

/** A ticked step of 立即行动: the step's words (so the record outlives content edits) and when. */
const tickSchema = object({ step: line, at: time });

/** A tap on a contact's phone link while the incident was open. */
const callSchema = object({ contact: line, at: time });

/** One incident as handled on this device, from the moment it was opened. */
const incidentRecordSchema = refine(
  object({
    /** Unique on this device: the type and the opening time. */
    id: line,
    /** Incident type: the id of its entry in src/content/incidents. */
    type: line,
    /** The type's title when the incident was opened. */
    title: line,
    /** 立即行动 as the card showed them. */
    steps: list(line, { max: 500 }),
    /** Contact ids the card listed (src/config/contacts.ts). */
    call: list(line, { max: 500 }),
    /** Who receives the written report, and how fast. */
    reportTo: list(line, { max: 500 }),
    reportWithin: text({ max: 2000 }),
    openedAt: time,
    /** Absent while the incident is open. */
    closedAt: optional(time),
    ticks: list(tickSchema),
    calls: list(callSchema),
    /** When 上级 was updated (the reminder counts from the latest). */
    updates: list(time),
    notes: text({ max: 1_000_000 }),
  }),
  // An incident never closes before it opens.
  (record) => record.closedAt === undefined || record.closedAt >= record.openedAt,
);
export type IncidentRecord = Infer<typeof incidentRecordSchema>;
export type Tick = IncidentRecord['ticks'][number];

/** How incidents are stored on this device. */
export const incidentFormat = formatOf(incidentRecordSchema);

/** The record when it is valid, otherwise undefined (also when it closes before it opens). */
export const parseIncidentRecord = incidentFormat.parseItem;

/** What the card page knows about an incident type, copied into each record it opens. */
export type IncidentSnapshot = Pick<
  IncidentRecord,
  'type' | 'title' | 'steps' | 'call' | 'reportTo' | 'reportWithin'
>;

/** A new open incident of the snapshot's type. */
export function openIncident(snapshot: IncidentSnapshot, now: number): IncidentRecord {
  return {
    id: `${snapshot.type}-${now.toString(36)}`,
    ...snapshot,
    steps: [...snapshot.steps],
    call: [...snapshot.call],
    reportTo: [...snapshot.reportTo],
    openedAt: now,
    ticks: [],
    calls: [],
    updates: [],
    notes: '',
  };
}

export function isOpen(record: IncidentRecord): boolean {
  return record.closedAt === undefined;
}

/** The tick of a step, if it is ticked. */
export function tickOf(record: IncidentRecord, step: string): Tick | undefined {
  return record.ticks.find((tick) => tick.step === step);
}

/** Ticks or unticks a step; ticking an already ticked step keeps its first time. */
export function setTick(
  record: IncidentRecord,
  step: string,
  ticked: boolean,
  now: number,
): IncidentRecord {
  const existing = tickOf(record, step);
  if (ticked === (existing !== undefined)) return record;
  const ticks = ticked
    ? [...record.ticks, { step, at: now }]
    : record.ticks.filter((tick) => tick.step !== step);
  return { ...record, ticks };
}

export function addCall(record: IncidentRecord, contact: string, now: number): IncidentRecord {
  return { ...record, calls: [...record.calls, { contact, at: now }] };
}

/** Notes that 上级 was updated now, which restarts the reminder. */
export function addUpdate(record: IncidentRecord, now: number): IncidentRecord {
  return { ...record, updates: [...record.updates, now] };
}

export function setNotes(record: IncidentRecord, notes: string): IncidentRecord {
  return notes === record.notes ? record : { ...record, notes };
}

export function closeIncident(record: IncidentRecord, now: number): IncidentRecord {
  return isOpen(record) ? { ...record, closedAt: Math.max(now, record.openedAt) } : record;
}

export function reopenIncident(record: IncidentRecord): IncidentRecord {
  if (isOpen(record)) return record;
  const { closedAt: _closedAt, ...open } = record;
  return open;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Brings an open record up to date with the card it is shown on, when the content changed since
 * it was opened. Ticks are kept even for steps that are gone: they happened and belong in the
 * report. Returns the same object when nothing changed, so callers can skip the write.
 */
export function refreshSnapshot(
  record: IncidentRecord,
  snapshot: IncidentSnapshot,
): IncidentRecord {
  if (
    record.type !== snapshot.type ||
    (record.title === snapshot.title &&
      record.reportWithin === snapshot.reportWithin &&
      sameList(record.steps, snapshot.steps) &&
      sameList(record.call, snapshot.call) &&
      sameList(record.reportTo, snapshot.reportTo))
  ) {
    return record;
  }
  return {
    ...record,
    ...snapshot,
    steps: [...snapshot.steps],
    call: [...snapshot.call],
    reportTo: [...snapshot.reportTo],
  };
}

/** The open incident of a type (the latest opened, should there be more than one). */
export function openIncidentOf(
  records: readonly IncidentRecord[],
  type: string,
): IncidentRecord | undefined {
  return records
    .filter((r) => r.type === type && isOpen(r))
    .sort((a, b) => b.openedAt - a.openedAt)[0];
}

/** A closed incident can be reopened unless another of its type is open: one card, one incident. */
export function canReopen(records: readonly IncidentRecord[], record: IncidentRecord): boolean {
  return !isOpen(record) && openIncidentOf(records, record.type) === undefined;
}

/** Newest first: open incidents before closed ones, each by opening time. */
export function logOrder(records: readonly IncidentRecord[]): IncidentRecord[] {
  return [...records].sort(
    (a, b) => Number(isOpen(b)) - Number(isOpen(a)) || b.openedAt - a.openedAt,
  );
}
