import { noticeText } from '../lib/storage/notice-text';
import { $storageNotices } from '../stores/persisted';

/** <cp-storage-notice>: tells the learner when stored progress cannot be read or saved. */
class CpStorageNotice extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback() {
    this.#stop = $storageNotices.subscribe((notices) => {
      const text = noticeText(notices);
      if (this.textContent !== text) this.textContent = text;
      this.hidden = text === '';
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

if (!customElements.get('cp-storage-notice')) customElements.define('cp-storage-notice', CpStorageNotice);
