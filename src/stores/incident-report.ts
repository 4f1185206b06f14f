import firm from 'virtual:cp-firm';
import { contacts } from '../config/contacts';
import { clockFormat } from '../lib/incident/clock';
import { resolveContacts } from '../lib/incident/contacts';
import type { IncidentRecord } from '../lib/incident/record';
import {
  reportFileName,
  reportText,
  type FormShape,
  type ReportKind,
} from '../lib/incident/report';
import { $contactOverrides, $incidentSettings } from './incident-settings';

/** A written report with this device's contacts, reporter, project and time zone. */
export function reportFor(
  incident: IncidentRecord,
  form: FormShape,
  kind: ReportKind,
  now = Date.now(),
): { text: string; fileName: string } {
  const settings = $incidentSettings.get();
  const input = {
    incident,
    form,
    kind,
    contacts: resolveContacts(contacts, $contactOverrides.get()),
    reporter: settings.reporter,
    project: settings.project,
    now,
    clock: clockFormat(),
    firm,
  };
  return { text: reportText(input), fileName: reportFileName(input) };
}

/** 终报 once an incident is closed, 首报 while it is open. */
export function defaultKind(incident: IncidentRecord | undefined): ReportKind {
  return incident?.closedAt !== undefined ? 'final' : 'first';
}
