import {
  assignmentFingerprint,
  decodeAssignmentCode,
  isTypedField,
  type Assignment,
} from '../lib/assignment/assignment-code';
import { codeInHash } from '../lib/assignment/envelope';
import {
  decodeResultCode,
  encodeResultCode,
  submissionLimits,
  type DrillRun,
} from '../lib/assignment/result-code';
import { scoreSubmission } from '../lib/assignment/rescore';
import type { ScoringContent } from '../lib/assignment/scoring-content';
import {
  attemptsLeft,
  isOverdue,
  missingItems,
  questionOrderSeed,
  choiceOrderSeed,
  submissionFrom,
  type TakeRecord,
} from '../lib/assignment/take';
import { assignmentFacts } from '../lib/assignment/describe';
import { takeText } from '../lib/i18n/zh-trainer';
import { standardIds } from '../lib/quiz/standards';
import {
  attemptsAt,
  finishAssignmentAttempt,
  startAssignmentAttempt,
  type AssignmentAttempt,
} from '../stores/assignment-attempts';
import type { CpDrill, DrillResult } from './cp-drill';
import { countdown, formatSeconds } from './internal/countdown';
import type { CpQr } from './cp-qr';
import { copyControl, definitionList } from './internal/dom';
import type { CpQuiz, QuizResult } from './cp-quiz';
import { CpElement } from './internal/element';

const t = takeText;
const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short' });
const utcOffset = () => -new Date().getTimezoneOffset();

/** An attempt in progress. */
interface Run {
  record: TakeRecord;
  /** 'quiz' and drill ids, in the order they are taken. */
  parts: string[];
  at: number;
  partStartedAt: number;
  deadline: number | undefined;
  warned: Set<number>;
}

/**
 * <cp-assignment-take>: opens the assignment named after # in the URL over the hidden,
 * server-rendered players, enforces its settings (order, time limit, attempts on this device),
 * and ends with the result code. Scores shown here come from the same re-scoring the class
 * report uses, run on the decoded code.
 */
class CpAssignmentTake extends CpElement {
  #content!: ScoringContent;
  #assignment: Assignment | undefined;
  #fingerprint = '';
  #pageTitle = document.title;
  #run: Run | undefined;
  #stopTimer: () => void = () => {};
  // Browsers show their own wording; preventDefault alone asks before leaving mid-attempt.
  #guardLeaving = (event: BeforeUnloadEvent) => event.preventDefault();

  connectedCallback() {
    const content = this.readJson<ScoringContent>('[data-scoring]');
    if (!content) return;
    this.#content = content;
    this.required('[data-static-note]').hidden = true;
    this.required('[data-take-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#start();
    });
    this.required('[data-take-next]').addEventListener('click', () => this.#next());
    this.required('[data-take-again]').addEventListener('click', () => location.reload());
    this.addEventListener('cp-quiz-complete', (event) =>
      this.#quizDone((event as CustomEvent<QuizResult>).detail),
    );
    this.addEventListener('cp-drill-complete', (event) =>
      this.#drillDone((event as CustomEvent<DrillResult>).detail),
    );
    this.listen(window, 'hashchange', () => {
      if (!this.#run) this.#open();
    });
    this.keep(() => this.#stopTimer());
    this.#open();
  }

  #stage(name: 'error' | 'intro' | 'run' | 'result') {
    this.required('[data-take-error]').hidden = name !== 'error';
    this.required('[data-take-intro]').hidden = name !== 'intro';
    this.required('[data-take-run]').hidden = name !== 'run';
    this.required('[data-take-result]').hidden = name !== 'result';
  }

  #fail(message: string) {
    this.required('[data-take-error-text]').textContent = message;
    this.#stage('error');
  }

  /** Reads the assignment from the URL and shows its intro, or says why it can't. */
  #open() {
    const code = codeInHash(location.hash);
    if (code === '') return this.#fail(t.noCode);
    const decoded = decodeAssignmentCode(code);
    if (!decoded.ok) return this.#fail(decoded.error.message);
    const assignment = decoded.value;
    const missing = missingItems(assignment, this.#content);
    if (missing.length > 0) return this.#fail(t.missing(missing));
    this.#assignment = assignment;
    this.#fingerprint = assignmentFingerprint(assignment);
    document.title = `${assignment.title} · ${this.#pageTitle}`;
    this.required('[data-take-title]').textContent = assignment.title;
    this.required('[data-take-version-note]').hidden =
      assignment.contentVersion === this.#content.version;
    this.required('[data-take-facts]').replaceChildren(
      ...definitionList(assignmentFacts(assignment)),
    );
    const due = this.required('[data-take-due-note]');
    due.hidden = !isOverdue(assignment, Date.now(), utcOffset());
    due.textContent = assignment.due ? t.overdue(assignment.due) : '';
    this.#showAttempts();
    this.#stage('intro');
  }

  #showAttempts() {
    const assignment = this.#assignment;
    if (!assignment) return;
    const previous = attemptsAt(this.#fingerprint);
    const left = attemptsLeft(assignment, previous.length);
    const form = this.required<HTMLFormElement>('[data-take-form]');
    const info = this.required('[data-take-attempts]');
    const open = left === null || left > 0;
    info.textContent = open
      ? t.attemptsLeft(left, previous.length)
      : t.noAttemptsLeft(assignment.attempts);
    info.classList.toggle('note', !open);
    form.hidden = !open;
    const last = previous.at(-1);
    if (last && open) {
      // Fill in who took it last on this device; they can still change it.
      (form.elements.namedItem('name') as HTMLInputElement).value ||= last.name;
      (form.elements.namedItem('employeeId') as HTMLInputElement).value ||= last.employeeId;
    }
    this.required('[data-take-previous]').hidden = previous.length === 0;
    this.required('[data-take-previous-list]').replaceChildren(
      ...previous.map((a) => this.#previousItem(a)),
    );
  }

  #previousItem(attempt: AssignmentAttempt): HTMLLIElement {
    const item = document.createElement('li');
    const line = document.createElement('p');
    line.textContent =
      t.previousItem(attempt.attempt, dateFormat.format(attempt.startedAt), attempt.name) +
      (attempt.code ? '' : t.unfinished);
    item.append(line);
    if (attempt.code) {
      const code = document.createElement('code');
      code.id = `previous-code-${attempt.attempt}`;
      code.textContent = attempt.code;
      const copy = copyControl(code.id, {
        label: t.copyPrevious,
        copied: t.copied,
        failed: t.copyFailed,
      });
      item.append(code, copy);
    }
    return item;
  }

  #readWho(): { name: string; employeeId: string } | undefined {
    const form = this.required<HTMLFormElement>('[data-take-form]');
    const fields = [
      ['name', submissionLimits.nameLength],
      ['employeeId', submissionLimits.employeeIdLength],
    ] as const;
    const values: Record<string, string> = {};
    let firstBad: HTMLInputElement | undefined;
    for (const [name, max] of fields) {
      const input = form.elements.namedItem(name) as HTMLInputElement;
      const value = input.value.trim();
      const ok = isTypedField(value, max);
      if (ok) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
      this.required(`[data-field-error="${name}"]`).hidden = ok;
      if (!ok) firstBad ??= input;
      values[name] = value;
    }
    if (firstBad) {
      firstBad.focus();
      return undefined;
    }
    return { name: values.name ?? '', employeeId: values.employeeId ?? '' };
  }

  async #start() {
    const assignment = this.#assignment;
    const who = this.#readWho();
    if (!assignment || !who) return;
    const left = attemptsLeft(assignment, attemptsAt(this.#fingerprint).length);
    if (left !== null && left <= 0) return this.#showAttempts();
    // The players' modules may still be loading on a slow phone; their elements must be defined.
    await Promise.all([
      customElements.whenDefined('cp-quiz'),
      customElements.whenDefined('cp-drill'),
    ]);
    const startedAt = Date.now();
    const attempt = startAssignmentAttempt(this.#fingerprint, who, startedAt);
    const parts = [...(assignment.questions.length > 0 ? ['quiz'] : []), ...assignment.drills];
    this.#run = {
      record: { ...who, attempt, startedAt, finishedAt: startedAt, timedOut: false, drills: {} },
      parts,
      at: -1,
      partStartedAt: startedAt,
      deadline:
        assignment.timeLimitMinutes > 0
          ? startedAt + assignment.timeLimitMinutes * 60_000
          : undefined,
      warned: new Set(),
    };
    addEventListener('beforeunload', this.#guardLeaving);
    // Copy in the assigned parts; their players start as they join the document.
    this.required('[data-take-parts]').replaceChildren(
      ...parts.map((id) =>
        this.required<HTMLTemplateElement>(
          `template[data-part-template="${id}"]`,
        ).content.cloneNode(true),
      ),
    );
    const seed = choiceOrderSeed(assignment, who.employeeId, attempt);
    for (const drill of this.required('[data-take-parts]').querySelectorAll<HTMLElement>(
      'cp-drill',
    ))
      drill.dataset.seed = seed;
    this.#stage('run');
    this.#startTimer();
    this.#showPart(0);
  }

  #part(id: string): HTMLElement {
    return this.required(`[data-take-parts] [data-part="${id}"]`);
  }

  #showPart(index: number) {
    const run = this.#run;
    const assignment = this.#assignment;
    const id = run?.parts[index];
    if (!run || !assignment || id === undefined) return;
    if (run.at >= 0) this.#part(run.parts[run.at] ?? '').hidden = true;
    run.at = index;
    run.partStartedAt = Date.now();
    const part = this.#part(id);
    part.hidden = false;
    this.required('[data-take-next-box]').hidden = true;
    this.required('[data-take-progress]').textContent = t.progress(index + 1, run.parts.length);
    if (id === 'quiz') {
      this.required<CpQuiz & HTMLElement>('cp-quiz', part).begin(
        assignment.questions,
        questionOrderSeed(assignment, run.record.employeeId),
        choiceOrderSeed(assignment, run.record.employeeId, run.record.attempt),
      );
    }
    this.required('h2', part).focus();
  }

  #currentPart(): string | undefined {
    return this.#run ? this.#run.parts[this.#run.at] : undefined;
  }

  #quizDone(result: QuizResult) {
    const run = this.#run;
    if (!run || this.#currentPart() !== 'quiz') return;
    run.record.quiz = {
      questions: result.questions,
      answers: result.answers,
      seconds: (Date.now() - run.partStartedAt) / 1000,
    };
    this.#partDone(t.partDone, true);
  }

  #drillDone(result: DrillResult) {
    const run = this.#run;
    if (!run || this.#currentPart() !== result.drill) return;
    const drill: DrillRun = { choices: result.choices, seconds: result.seconds };
    run.record.drills = { ...run.record.drills, [result.drill]: drill };
    this.#partDone(result.timedOut ? t.drillTimeUp : t.partDone, false);
  }

  #partDone(note: string, focusNext: boolean) {
    const run = this.#run;
    if (!run) return;
    const last = run.at === run.parts.length - 1;
    this.required('[data-take-part-note]').textContent = note;
    const next = this.required<HTMLButtonElement>('[data-take-next]');
    next.textContent = last ? t.finish : t.next;
    this.required('[data-take-next-box]').hidden = false;
    if (focusNext) next.focus();
  }

  #next() {
    const run = this.#run;
    if (!run) return;
    if (run.at === run.parts.length - 1) this.#finish(false);
    else this.#showPart(run.at + 1);
  }

  #startTimer() {
    this.#stopTimer();
    const timer = this.required('[data-take-timer]');
    const run = this.#run;
    timer.hidden = run?.deadline === undefined;
    if (!run || run.deadline === undefined) return;
    const total = run.deadline - run.record.startedAt;
    const onTick = (left: number) => {
      timer.textContent = t.timer(formatSeconds(left));
      timer.classList.toggle('low', left <= 60);
      // Say it at 5 and at 1 minute left, where the limit is longer than that.
      const due = [5, 1].find(
        (m) => left <= m * 60 && left > 0 && total > m * 60_000 && !run.warned.has(m),
      );
      if (due === undefined) return;
      run.warned.add(due);
      this.required('[data-take-announce]').textContent = t.timeWarning(due);
    };
    this.#stopTimer = countdown(run.deadline, onTick, () => this.#timeUp());
  }

  /** The limit is reached: close the part in progress the way its player does, then hand in. */
  #timeUp() {
    const id = this.#currentPart();
    if (id !== undefined) {
      const part = this.#part(id);
      if (id === 'quiz') this.required<CpQuiz & HTMLElement>('cp-quiz', part).stop();
      else this.required<CpDrill & HTMLElement>('cp-drill', part).stop();
    }
    this.#finish(true);
  }

  #finish(timedOut: boolean) {
    const run = this.#run;
    const assignment = this.#assignment;
    if (!run || !assignment) return;
    this.#stopTimer();
    removeEventListener('beforeunload', this.#guardLeaving);
    this.#run = undefined;
    const record: TakeRecord = { ...run.record, finishedAt: Date.now(), timedOut };
    const code = encodeResultCode(submissionFrom(assignment, this.#content, record));
    finishAssignmentAttempt(this.#fingerprint, record.attempt, code);
    // Score the code itself, exactly as the class report will.
    const decoded = decodeResultCode(code);
    if (!decoded.ok) return this.#fail(decoded.error.message);
    const score = scoreSubmission(decoded.value, this.#content);

    this.required('[data-take-timeout]').hidden = !timedOut;
    this.required('[data-take-who-name]').textContent = record.name;
    this.required('[data-take-who-id]').textContent = record.employeeId;
    this.required('[data-take-score]').textContent = t.score(score.percent);
    this.required('[data-take-verdict]').textContent = score.passed
      ? t.passed
      : t.failed(assignment.passMark);
    for (const id of standardIds) {
      const value = score.standards[id];
      this.required(
        '[data-take-standard-value]',
        this.required(`[data-take-standard="${id}"]`),
      ).textContent = value === null ? t.notAtStake : `${value}%`;
    }
    this.required('[data-result-code]').textContent = code;
    const left = attemptsLeft(assignment, attemptsAt(this.#fingerprint).length);
    const again = this.required('[data-take-again]');
    again.hidden = left !== null && left <= 0;
    again.textContent = t.again(left);
    this.#stage('result');
    this.required('#take-result-title').focus();
    void this.required<CpQr & HTMLElement>('cp-qr').show(code, t.qrAlt);
  }
}

if (!customElements.get('cp-assignment-take'))
  customElements.define('cp-assignment-take', CpAssignmentTake);
