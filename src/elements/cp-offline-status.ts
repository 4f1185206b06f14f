import { offlineText as t } from '../lib/i18n/zh-offline';
import { type LibraryProgress, megabytes } from '../lib/offline/library';
import {
  $offline,
  cancelLibrary,
  type LibraryDownload,
  type OfflineState,
  saveLibrary,
  watchOffline,
} from '../stores/offline';
import { CpElement } from './internal/element';

/** The line under the button when no download runs. */
const downloadNotes: Record<LibraryDownload, string> = {
  idle: '',
  running: '',
  paused: t.paused,
  failed: t.failed,
  elsewhere: t.elsewhere,
};

function progressText(p: LibraryProgress): string {
  return t.progress(p.done, p.total, megabytes(p.bytesDone), megabytes(p.bytesTotal));
}

/**
 * <cp-offline-status>: what of the site is offline on this device (应急卡可离线 / 全部内容可离线),
 * the button that downloads everything, its progress and cancel; and, when the connection drops
 * on a page that is not saved, a notice saying so. Loaded by src/scripts/shell.ts once the
 * service worker is registered; the markup is src/components/OfflineStatus.astro.
 */
class CpOfflineStatus extends CpElement {
  connectedCallback() {
    const $ = <T extends Element>(selector: string) => this.querySelector<T>(selector);
    const state = $<HTMLElement>('[data-offline-state]');
    const detail = $<HTMLElement>('[data-offline-detail]');
    const save = $<HTMLButtonElement>('[data-offline-save]');
    const cancel = $<HTMLButtonElement>('[data-offline-cancel]');
    const bar = $<HTMLProgressElement>('[data-offline-bar]');
    const status = $<HTMLElement>('[data-offline-progress]');
    const drop = document.querySelector<HTMLElement>('[data-offline-drop]');
    if (!state || !detail || !save || !cancel || !bar || !status) return;
    save.addEventListener('click', saveLibrary);
    cancel.addEventListener('click', cancelLibrary);

    this.keep(
      $offline.subscribe((offline: OfflineState) => {
        const { tier, download, progress } = offline;
        this.hidden = tier === 'unknown';
        this.dataset.offlineTier = tier;
        this.dataset.offlineDownload = download;
        state.textContent = tier === 'all' ? t.all : tier === 'cards' ? t.cards : t.installing;
        detail.textContent = tier === 'all' ? t.allDetail : tier === 'cards' ? t.cardsDetail : '';

        const running = tier === 'cards' && download === 'running';
        const offerable = tier === 'cards' && !running && download !== 'elsewhere';
        save.hidden = !offerable || !progress;
        if (progress) {
          save.textContent =
            progress.done > 0
              ? t.resume(progress.done, progress.total)
              : t.save(megabytes(progress.bytesTotal - progress.bytesDone));
        }
        cancel.hidden = !running;
        bar.hidden = !running;
        if (progress) {
          bar.max = Math.max(1, progress.total);
          bar.value = progress.done;
        }
        const message =
          running && progress
            ? progressText(progress)
            : tier === 'cards'
              ? downloadNotes[download]
              : '';
        if (status.textContent !== message) status.textContent = message;
        status.hidden = message === '';

        if (drop) drop.hidden = offline.online || offline.pageSaved !== false;
      }),
    );
    void watchOffline();
  }
}

if (!customElements.get('cp-offline-status'))
  customElements.define('cp-offline-status', CpOfflineStatus);
