import * as z from 'zod/mini';
import { computed } from 'nanostores';
import { defaultReminderMinutes, reminderChoices } from '../config/incident';
import type { ContactOverride } from '../lib/incident/contacts';
import type { CollectionFormat } from '../lib/storage/versioned';
import { persistentList } from './persisted';

const overrideSchema = z.object({
  id: z.string().check(z.minLength(1)),
  phone: z.string().check(z.maxLength(40)),
  name: z.string().check(z.maxLength(40)),
});

export const contactOverrideFormat: CollectionFormat<ContactOverride> = {
  version: 1,
  parseItem: (raw) => {
    const result = overrideSchema.safeParse(raw);
    return result.success ? result.data : undefined;
  },
};

/** This device's own numbers and names for the firm's contacts. */
export const $contactOverrides = persistentList<ContactOverride>(
  'cp:contact-overrides',
  contactOverrideFormat,
);

/** Sets this device's number and name for a contact; both empty goes back to the firm's. */
export function setContactOverride(id: string, phone: string, name: string): void {
  const others = $contactOverrides.get().filter((o) => o.id !== id);
  const override = { id, phone: phone.trim(), name: name.trim() };
  $contactOverrides.set(override.phone || override.name ? [...others, override] : others);
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

const settingsSchema = z.object({
  reminderMinutes: z
    .number()
    .check(z.refine((n) => (reminderChoices as readonly number[]).includes(n))),
  reporter: z.string().check(z.maxLength(40)),
  project: z.string().check(z.maxLength(80)),
});

export const incidentSettingsFormat: CollectionFormat<IncidentSettings> = {
  version: 1,
  parseItem: (raw) => {
    const result = settingsSchema.safeParse(raw);
    return result.success ? result.data : undefined;
  },
};

// Stored as a list of at most one item so it shares the versioned, validated storage of every list.
const $stored = persistentList<IncidentSettings>('cp:incident-settings', incidentSettingsFormat);

/** The device's settings, defaults filled in. */
export const $incidentSettings = computed($stored, (list) => list.at(-1) ?? defaults);

export function updateIncidentSettings(change: Partial<IncidentSettings>): void {
  $stored.set([{ ...$incidentSettings.get(), ...change }]);
}
