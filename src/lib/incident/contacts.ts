import type { Contact } from '../../config/contacts';

/** A person's own number and name for a contact, kept on their device only. */
export interface ContactOverride {
  id: string;
  phone: string;
  /** The person behind the role, e.g. 王经理; empty when not given. */
  name: string;
}

/** A contact as this device shows it: the firm's entry with the person's override applied. */
export interface ResolvedContact extends Contact {
  id: string;
  name: string;
  /** True when the phone or the name comes from this device. */
  overridden: boolean;
}

/** The firm's contacts with this device's overrides applied, by id. */
export function resolveContacts(
  config: Readonly<Record<string, Contact>>,
  overrides: readonly ContactOverride[],
): Map<string, ResolvedContact> {
  const byId = new Map(overrides.map((o) => [o.id, o]));
  return new Map(
    Object.entries(config).map(([id, contact]) => {
      const override = byId.get(id);
      const phone = override?.phone.trim() || contact.phone;
      const name = override?.name.trim() ?? '';
      return [
        id,
        {
          ...contact,
          id,
          phone,
          name,
          overridden: Boolean(override && (override.phone.trim() || name)),
        },
      ];
    }),
  );
}

/**
 * The tel: link for a number as people write it (spaces, dashes, brackets, 转 for an extension),
 * or undefined when it holds no dialable number.
 */
export function telHref(phone: string): string | undefined {
  const compact = phone
    .trim()
    .replace(/[\s\-–—().（）]/g, '')
    .replace(/(?:转|分机|ext|x)/gi, ',');
  const match = /^(\+?\d{3,})(,\d+)?$/.exec(compact);
  return match ? `tel:${match[1]}${match[2] ?? ''}` : undefined;
}

/** One line naming a contact: 项目经理（王经理）. */
export function contactLabel(contact: Pick<ResolvedContact, 'role' | 'name'>): string {
  return contact.name ? `${contact.role}（${contact.name}）` : contact.role;
}
