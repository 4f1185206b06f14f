import firm from 'virtual:cp-firm';

/**
 * Settings of the on-site incident cards (现场应急), from the firm profile
 * (src/config/firm.yaml). A person can choose another reminder interval on their own device;
 * this is the starting value.
 */

/** Minutes between reminders to update 上级 on an open incident; 0 turns reminders off. */
export const defaultReminderMinutes = firm.reminderMinutes;

/** The intervals a person can pick on the card, in minutes (0 = no reminder). */
export const reminderChoices: readonly number[] = firm.reminderChoices;

/** Ids of the forms (src/content/forms) a written report can follow, the default first. */
export const reportForms: readonly string[] = firm.reportForms;
