import firm from 'virtual:cp-firm';

/**
 * Whom staff may have to call during an incident, from the firm profile (src/config/firm.yaml).
 * A person can override numbers on their own device (现场应急). Incidents name these ids in `call`.
 */
export interface Contact {
  /** Role as staff say it. */
  role: string;
  /** Who this is in the firm, or a public service. */
  note: string;
  /** Phone number; empty until the firm fills it in. */
  phone: string;
}

export type ContactId = string;

export const contacts: Readonly<Record<ContactId, Contact>> = Object.fromEntries(
  firm.contacts.map(({ id, label, note, phone }) => [id, { role: label, note, phone }]),
);

export const contactIds = firm.contacts.map((c) => c.id) as [ContactId, ...ContactId[]];

/** The firm's contact with this id; incident `call` ids are checked against the profile at build. */
export function contactById(id: ContactId): Contact {
  const contact = contacts[id];
  if (!contact)
    throw new Error(
      `公司配置里没有 id 为 "${id}" 的联系人。修正：在 src/config/firm.yaml 的 contacts 里加上它。`,
    );
  return contact;
}
