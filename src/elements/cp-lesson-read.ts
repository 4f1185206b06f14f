import { readEntries } from '../lib/training/progress';
import { $lessonMarks, setLessonRead } from '../stores/training';

/**
 * <cp-lesson-read>: the 读完了 checkboxes of a module's lesson list
 * (input[data-lesson-read="<entry id>"]). Ticking one marks the lesson read on this device.
 */
class CpLessonRead extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback() {
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[data-lesson-read]')];
    for (const box of boxes) {
      box.closest<HTMLElement>('[data-with-script]')?.removeAttribute('hidden');
      box.addEventListener('change', () => setLessonRead(box.dataset.lessonRead ?? '', box.checked));
    }
    this.#stop = $lessonMarks.subscribe((marks) => {
      const read = readEntries(marks);
      for (const box of boxes) {
        const isRead = read.has(box.dataset.lessonRead ?? '');
        box.checked = isRead;
        box.closest('li')?.classList.toggle('is-read', isRead);
      }
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

if (!customElements.get('cp-lesson-read')) customElements.define('cp-lesson-read', CpLessonRead);
