import { storageText } from '../lib/i18n/zh-storage';
import { hasSetAside, noticeText } from '../lib/storage/notice-text';
import { saveFile } from './internal/save-file';
import { $storageNotices } from '../stores/storage';
import { exportSetAside } from '../stores/persisted';
import { CpElement } from './internal/element';

/**
 * <cp-storage-notice>: says when stored data cannot be read (and was set aside) or saved, naming
 * the records, and offers the set-aside values as a file.
 */
class CpStorageNotice extends CpElement {
  connectedCallback() {
    const text = this.querySelector<HTMLElement>('[data-notice-text]');
    const download = this.querySelector<HTMLButtonElement>('[data-export-set-aside]');
    download?.addEventListener('click', () => {
      const name = `kesu-weiji-set-aside-${new Date().toISOString().slice(0, 10)}.json`;
      saveFile(name, exportSetAside(), 'application/json');
      download.after(document.createTextNode(` ${storageText.exported(name)}`));
    });
    this.keep(
      $storageNotices.subscribe((notices) => {
        const said = noticeText(notices);
        if (text && text.textContent !== said) text.textContent = said;
        if (download) download.hidden = !hasSetAside(notices);
        this.hidden = said === '';
      }),
    );
  }
}

if (!customElements.get('cp-storage-notice'))
  customElements.define('cp-storage-notice', CpStorageNotice);
