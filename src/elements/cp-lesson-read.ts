import { readEntries } from '../lib/training/progress';
import { $lessonMarks, setLessonRead } from '../stores/training';
import { CpElement } from './internal/element';

/**
 * <cp-lesson-read>: the 读完了 checkboxes of a module's lesson list
 * (input[data-lesson-read="<entry id>"]). Ticking one marks the lesson read on this device.
 */
class CpLessonRead extends CpElement {
  connectedCallback() {
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[data-lesson-read]')];
    for (const box of boxes) {
      box.closest<HTMLElement>('[data-with-script]')?.removeAttribute('hidden');
      box.addEventListener('change', () =>
        setLessonRead(box.dataset.lessonRead ?? '', box.checked),
      );
    }
    this.keep(
      $lessonMarks.subscribe((marks) => {
        const read = readEntries(marks);
        for (const box of boxes) {
          const isRead = read.has(box.dataset.lessonRead ?? '');
          box.checked = isRead;
          box.closest('li')?.classList.toggle('is-read', isRead);
        }
      }),
    );
  }
}

if (!customElements.get('cp-lesson-read')) customElements.define('cp-lesson-read', CpLessonRead);
