import { contacts } from '../config/contacts';
import { resolveContacts, telHref, type ResolvedContact } from '../lib/incident/contacts';
import { contactListText as t } from '../lib/i18n/zh-incident';
import type { ContactOverride } from '../lib/incident/contacts';
import {
  $contactOverrides,
  contactOverride,
  setContactOverride,
} from '../stores/incident-settings';
import { CpElement } from './internal/element';

/** Sent (bubbling) when someone taps a contact's number: detail.contact is the contact id. */
export const callEvent = 'cp-call';

/**
 * <cp-contact-list>: the firm's contacts with this device's numbers. Shows each override, lets a
 * person change or reset their own number, and announces taps on a number with a `cp-call` event
 * so an open incident can note the call.
 */
class CpContactList extends CpElement {
  /** Per open form: the override it was opened with, to notice a change made in another tab. */
  #openedWith = new Map<string, ContactOverride | undefined>();

  connectedCallback() {
    for (const edit of this.querySelectorAll<HTMLElement>('[data-contact-edit]'))
      edit.hidden = false;
    this.addEventListener('click', (event) => this.#onClick(event));
    this.addEventListener('submit', (event) => this.#onSubmit(event));
    this.keep(
      $contactOverrides.subscribe((overrides) => {
        const resolved = resolveContacts(contacts, overrides);
        for (const row of this.#rows()) {
          const contact = resolved.get(row.dataset.contact ?? '');
          if (contact) this.#show(row, contact);
        }
      }),
    );
  }

  #rows() {
    return this.querySelectorAll<HTMLElement>('[data-contact]');
  }

  #part<T extends HTMLElement = HTMLElement>(row: HTMLElement, name: string): T {
    return this.required<T>(`[data-contact-${name}]`, row);
  }

  #show(row: HTMLElement, contact: ResolvedContact) {
    const href = telHref(contact.phone);
    const link = this.#part<HTMLAnchorElement>(row, 'tel');
    link.hidden = !href;
    if (href) link.href = href;
    link.textContent = contact.phone;
    link.setAttribute('aria-label', t.call(contact.role, contact.phone));
    this.#part(row, 'missing').hidden = Boolean(href);
    this.#part(row, 'name').textContent = contact.name;
    this.#part(row, 'local').hidden = !contact.overridden;
  }

  #onClick(event: Event) {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-contact]');
    if (!row) return;
    const id = row.dataset.contact ?? '';
    if (target.closest('[data-contact-tel]')) {
      this.dispatchEvent(new CustomEvent(callEvent, { bubbles: true, detail: { contact: id } }));
    } else if (target.closest('[data-contact-edit]')) {
      this.#openForm(row, id);
    } else if (target.closest('[data-contact-cancel]')) {
      this.#closeForm(row);
    } else if (target.closest('[data-contact-reset]')) {
      this.#closeForm(row, setContactOverride(id, '', '') ? t.saved : t.notSaved);
    }
  }

  #openForm(row: HTMLElement, id: string) {
    const form = this.#part<HTMLFormElement>(row, 'form');
    const override = contactOverride(id);
    this.#openedWith.set(id, override);
    const fields = form.elements as unknown as { phone: HTMLInputElement; name: HTMLInputElement };
    fields.phone.value =
      override?.phone || (contacts as Record<string, { phone: string }>)[id]?.phone || '';
    fields.name.value = override?.name ?? '';
    this.#part(row, 'error').hidden = true;
    this.#say(row, '');
    form.hidden = false;
    this.#part(row, 'edit').setAttribute('aria-expanded', 'true');
    fields.phone.focus();
  }

  #closeForm(row: HTMLElement, message: string = '') {
    this.#part(row, 'form').hidden = true;
    const edit = this.#part(row, 'edit');
    edit.setAttribute('aria-expanded', 'false');
    edit.focus();
    this.#say(row, message);
  }

  #say(row: HTMLElement, message: string) {
    const status = this.#part(row, 'status');
    status.textContent = message;
    status.classList.toggle('notice', message !== '' && message !== t.saved);
  }

  #onSubmit(event: Event) {
    const form = event.target as HTMLFormElement;
    const row = form.closest<HTMLElement>('[data-contact]');
    if (!row) return;
    event.preventDefault();
    const fields = form.elements as unknown as { phone: HTMLInputElement; name: HTMLInputElement };
    const phone = fields.phone.value.trim();
    const error = this.#part(row, 'error');
    error.hidden = phone === '' || telHref(phone) !== undefined;
    if (!error.hidden) {
      fields.phone.setAttribute('aria-invalid', 'true');
      fields.phone.focus();
      return;
    }
    fields.phone.removeAttribute('aria-invalid');
    const id = row.dataset.contact ?? '';
    const now = contactOverride(id);
    const before = this.#openedWith.get(id);
    if (now?.phone !== before?.phone || now?.name !== before?.name) {
      // Changed in another tab while this form was open: say so before replacing it.
      this.#openedWith.set(id, now);
      this.#say(row, t.changedElsewhere(now?.phone ?? '', now?.name ?? ''));
      return;
    }
    this.#closeForm(row, setContactOverride(id, phone, fields.name.value) ? t.saved : t.notSaved);
  }
}

if (!customElements.get('cp-contact-list')) customElements.define('cp-contact-list', CpContactList);
