/**
 * Settings of the on-site incident cards (现场应急) that the firm may change. A person can choose
 * another reminder interval on their own device; this is the starting value.
 */

/** Minutes between reminders to update 上级 on an open incident; 0 turns reminders off. */
export const defaultReminderMinutes = 15;

/** The intervals a person can pick on the card, in minutes (0 = no reminder). */
export const reminderChoices = [0, 5, 10, 15, 20, 30, 60] as const;

/** Ids of the forms (src/content/forms) a written report can follow, the default first. */
export const reportForms = ['incident-written-report', 'onsite-complaint-record'] as const;
