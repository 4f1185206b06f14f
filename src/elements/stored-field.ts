import { storageText as t } from '../lib/i18n/zh-storage';

/**
 * A one-line field saved as the person types, whose stored value another tab may change. A change
 * from elsewhere is shown at once, unless the person is typing here: then the field keeps what is
 * typed and says what the other tab saved, with a button to take that instead, before the next
 * keystroke replaces it.
 */
export class StoredField {
  #base: string;
  #note: HTMLElement | undefined;
  /** Set while saving: the store's echo of this page's own write is not a change from elsewhere. */
  #saving = false;

  constructor(
    readonly input: HTMLInputElement,
    /** Saves what the person typed; returns it as stored (e.g. cleaned). */
    save: (value: string) => string,
  ) {
    this.#base = input.value;
    input.addEventListener('input', () => {
      this.#clear();
      this.#saving = true;
      try {
        this.#base = save(input.value);
      } finally {
        this.#saving = false;
      }
    });
  }

  /** The stored value, after any change here or in another tab. */
  show(stored: string) {
    if (this.#saving || stored === this.#base) return;
    const typing = document.activeElement === this.input && this.input.value !== stored;
    this.#base = stored;
    if (typing) this.#warn(stored);
    else {
      this.input.value = stored;
      this.#clear();
    }
  }

  #warn(other: string) {
    this.#clear();
    const note = document.createElement('p');
    note.className = 'notice';
    note.setAttribute('role', 'status');
    note.dataset.changedElsewhere = '';
    const use = document.createElement('button');
    use.type = 'button';
    use.className = 'button';
    use.textContent = t.useOther;
    use.addEventListener('click', () => {
      this.input.value = other;
      this.#clear();
      this.input.focus();
    });
    note.append(t.changedElsewhere(other), ' ', use);
    (this.input.closest('label') ?? this.input).after(note);
    this.#note = note;
  }

  #clear() {
    this.#note?.remove();
    this.#note = undefined;
  }
}
