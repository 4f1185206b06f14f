import { computed } from 'nanostores';
import { defaultReminderMinutes, reminderChoices } from '../config/incident';
import type { ContactOverride } from '../lib/incident/contacts';
import { formatOf, number, object, refine, text } from '../lib/storage/schema';
import { persistentList } from './persisted';

export const contactOverrideFormat = formatOf<ContactOverride>(
  object({
    id: text({ min: 1, max: 200 }),
    phone: text({ max: 40 }),
    name: text({ max: 40 }),
  }),
);

/** This device's own numbers and names for the firm's contacts. */
export const $contactOverrides = persistentList<ContactOverride>(
  'cp:contact-overrides',
  contactOverrideFormat,
);

/** This device's override of a contact, if any. */
export function contactOverride(id: string): ContactOverride | undefined {
  return $contactOverrides.get().find((o) => o.id === id);
}

/**
 * Sets this device's number and name for a contact; both empty goes back to the firm's. False
 * when it could not be saved.
 */
export function setContactOverride(id: string, phone: string, name: string): boolean {
  const others = $contactOverrides.get().filter((o) => o.id !== id);
  const override = { id, phone: phone.trim(), name: name.trim() };
  return $contactOverrides.save(override.phone || override.name ? [...others, override] : others);
}

/** Choices about incidents that hold for every incident on this device. */
export interface IncidentSettings {
  /** Minutes between reminders to update 上级; 0 = none. */
  reminderMinutes: number;
  /** Who writes the reports, filled into 报告人. */
  reporter: string;
  /** The project, filled into 项目名称. */
  project: string;
}

const defaults: IncidentSettings = {
  reminderMinutes: defaultReminderMinutes,
  reporter: '',
  project: '',
};

export const incidentSettingsFormat = formatOf<IncidentSettings>(
  object({
    reminderMinutes: refine(number(), (n) => (reminderChoices as readonly number[]).includes(n)),
    reporter: text({ max: 40 }),
    project: text({ max: 80 }),
  }),
);

// Stored as a list of at most one item so it shares the versioned, validated storage of every list.
const $stored = persistentList<IncidentSettings>('cp:incident-settings', incidentSettingsFormat);

/** The device's settings, defaults filled in. */
export const $incidentSettings = computed($stored, (list) => list.at(-1) ?? defaults);

/** Changes some settings; false when they could not be saved. */
export function updateIncidentSettings(change: Partial<IncidentSettings>): boolean {
  return $stored.save([{ ...$incidentSettings.get(), ...change }]);
}
