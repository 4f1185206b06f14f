import { trainingText } from '../lib/i18n/zh-training';
import { hrefOfStep, type ModuleProgress, type PathProgress } from '../lib/training/progress';
import {
  checkStatusText,
  drillStatusText,
  moduleSummaryText,
  stepText,
} from '../lib/training/progress-text';
import { reviewAgenda } from '../stores/review-queue';
import { pathProgress } from '../stores/training';
import { readTrainingPlan } from './training-plan';
import { CpElement } from './internal/element';

const t = trainingText;

function setText(el: Element | null, text: string) {
  if (el && el.textContent !== text) el.textContent = text;
}

/**
 * <cp-training-progress>: shows where the learner stands. Fills whichever slots its markup has:
 * overall progress ([data-progress]), the 继续学习 link ([data-continue]), each module's status
 * ([data-module-progress]), a module's check and drills, the review count and the certificate.
 * The numbers come from src/lib/training through the stores; this element only writes text.
 */
class CpTrainingProgress extends CpElement {
  connectedCallback() {
    const plan = readTrainingPlan();
    const known = new Set(plan.questions);
    this.keep(pathProgress(plan).subscribe((progress) => this.#render(progress)));
    if (this.querySelector('[data-review-due]')) {
      this.keep(reviewAgenda(known).subscribe((agenda) => this.#renderReview(agenda.due.length)));
    }
    for (const note of this.querySelectorAll<HTMLElement>('[data-needs-script]'))
      note.hidden = true;
    for (const live of this.querySelectorAll<HTMLElement>('[data-with-script]'))
      live.hidden = false;
  }

  #render(progress: PathProgress) {
    const overall = this.querySelector<HTMLElement>('[data-progress]');
    if (overall) {
      overall.dataset.percent = String(progress.percent);
      setText(
        overall.querySelector('[data-progress-text]'),
        t.progress(progress.stepsDone, progress.stepsTotal, progress.percent),
      );
      setText(
        overall.querySelector('[data-modules-done]'),
        t.modulesDone(progress.modulesDone, progress.modules.length),
      );
      const bar = overall.querySelector<HTMLProgressElement>('[data-progress-bar]');
      if (bar) bar.value = progress.percent;
    }
    const link = this.querySelector<HTMLAnchorElement>('a[data-continue]');
    if (link) {
      const next = progress.next;
      link.href = next ? hrefOfStep(next) : '/training/certificate/';
      setText(link, next ? t.continueTo(stepText(next)) : t.allDone);
    }
    setText(
      this.querySelector('[data-certificate-status]'),
      progress.checksPassed === progress.modules.length
        ? t.certificateReady
        : t.certificateMissing(progress.modules.length - progress.checksPassed),
    );
    const current = progress.next?.module.id;
    progress.modules.forEach((m, i) => {
      for (const box of this.querySelectorAll<HTMLElement>(
        `[data-module-progress="${m.module.id}"]`,
      )) {
        this.#renderModule(box, m, m.module.id === current, progress.modules[i + 1]);
      }
    });
  }

  #renderModule(
    box: HTMLElement,
    m: ModuleProgress,
    current: boolean,
    following: ModuleProgress | undefined,
  ) {
    box.dataset.state = m.state;
    box.classList.toggle('is-current', current);
    setText(box.querySelector('[data-module-state]'), t.state[m.state]);
    const currentTag = box.querySelector<HTMLElement>('[data-module-current]');
    if (currentTag) currentTag.hidden = !current;
    setText(box.querySelector('[data-module-summary]'), moduleSummaryText(m));
    setText(box.querySelector('[data-check-status]'), checkStatusText(m));
    for (const drill of m.drills) {
      const slot = box.querySelector(`[data-drill-status="${drill.id}"]`);
      setText(slot, drillStatusText(drill));
      slot?.classList.toggle('done', drill.done);
    }
    const next = box.querySelector<HTMLAnchorElement>('a[data-module-next]');
    if (next) {
      if (m.next) {
        next.href = hrefOfStep(m.next);
        setText(next, stepText(m.next));
      } else if (following) {
        next.href = following.module.href;
        setText(next, t.nextModule(following.module.title));
      } else {
        next.href = '/training/certificate/';
        setText(next, t.allDone);
      }
    }
    setText(box.querySelector('[data-module-done-note]'), m.state === 'done' ? t.moduleDone : '');
  }

  #renderReview(due: number) {
    for (const slot of this.querySelectorAll('[data-review-due]'))
      setText(slot, due > 0 ? t.reviewDue(due) : t.reviewNone);
  }
}

if (!customElements.get('cp-training-progress'))
  customElements.define('cp-training-progress', CpTrainingProgress);
