import { transferText } from '../lib/i18n/zh-training';
import { parseExportTime } from '../lib/storage/durability';
import { recordsSafety } from '../lib/storage/records-safety';
import { exportFileName, maxImportBytes } from '../lib/training/transfer';
import { $durability, $lastExport, checkDurability, markExported } from '../stores/durability';
import { exportTrainingRecords, importTrainingRecords } from '../stores/training-transfer';
import { saveFile } from './internal/save-file';
import { CpElement } from './internal/element';

/**
 * <cp-training-transfer>: the export button and the import file field. Reading, checking and
 * merging are done by src/stores/training-transfer.ts; this element moves files and shows what
 * happened.
 */
class CpTrainingTransfer extends CpElement {
  connectedCallback() {
    this.keep(
      $durability.subscribe(() => this.#showSafety()),
      $lastExport.subscribe(() => this.#showSafety()),
    );
    void checkDurability();
    for (const part of this.querySelectorAll<HTMLElement>('[data-with-script]'))
      part.hidden = false;
    for (const note of this.querySelectorAll<HTMLElement>('[data-needs-script]'))
      note.hidden = true;
    this.querySelector('[data-export]')?.addEventListener('click', () => this.#export());
    const input = this.querySelector<HTMLInputElement>('input[data-import]');
    input?.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void this.#import(file).finally(() => (input.value = ''));
    });
  }

  /** How the browser keeps the records and when they were last exported. */
  #showSafety() {
    const line = this.querySelector<HTMLElement>('[data-records-safety]');
    if (!line) return;
    const now = Date.now();
    const { text, warn } = recordsSafety(
      $durability.get(),
      parseExportTime($lastExport.get(), now),
      now,
    );
    line.textContent = text;
    line.hidden = text === '';
    line.classList.toggle('notice', warn);
    line.classList.toggle('warn', warn);
  }

  #say(text: string, problem: boolean) {
    const box = this.querySelector<HTMLElement>('[data-transfer-message]');
    if (!box) return;
    box.textContent = text;
    box.classList.add('notice');
    box.classList.toggle('problem', problem);
    box.classList.toggle('ok', !problem);
  }

  #export() {
    const now = Date.now();
    const name = exportFileName(now);
    try {
      saveFile(name, exportTrainingRecords(now), 'application/json');
      markExported(now);
      this.#say(transferText.exported(name), false);
    } catch {
      this.#say(transferText.exportFailed, true);
    }
  }

  async #import(file: File) {
    if (file.size > maxImportBytes) {
      this.#say(transferText.tooLarge, true);
      return;
    }
    this.#say(transferText.reading, false);
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.#say(transferText.unreadable, true);
      return;
    }
    const outcome = importTrainingRecords(text);
    this.#say(outcome.message, !outcome.ok);
  }
}

if (!customElements.get('cp-training-transfer'))
  customElements.define('cp-training-transfer', CpTrainingTransfer);
