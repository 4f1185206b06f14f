/** The triage page. */
export const triageHref = '/incident/';

/** The local incident log. */
export const logHref = '/incident/log/';

/** This device's contact numbers and reminder interval. */
export const deviceSettingsHref = '/incident/contacts/';

/** Pages under /incident/ that are not cards: no incident may take these ids. */
export const reservedCardIds = ['log', 'contacts'] as const;

/** The on-site card of an incident type; with a record id, the card shows that incident. */
export function cardHref(type: string, incidentId?: string): string {
  return incidentId
    ? `/incident/${type}/?incident=${encodeURIComponent(incidentId)}`
    : `/incident/${type}/`;
}
