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
} from '../lib/assignment/take';
import {
  currentPart,
  dueWarning,
  idleTake,
  onLastPart,
  takeReducer,
  type TakeAction,
  type TakeState,
} from '../lib/assignment/take-run';
import { assignmentFacts } from '../lib/assignment/describe';
import { takeText } from '../lib/i18n/zh-trainer';
import { standardIds } from '../lib/standards';
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
  #state: TakeState = idleTake;
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
      if (this.#state.phase !== 'running') this.#open();
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
    const now = Date.now();
    const attempt = startAssignmentAttempt(this.#fingerprint, who, now);
    const state = this.#dispatch({ type: 'start', assignment, who, attempt, now });
    if (state.phase !== 'running') return;
    addEventListener('beforeunload', this.#guardLeaving);
    // Copy in the assigned parts; their players start as they join the document.
    this.required('[data-take-parts]').replaceChildren(
      ...state.parts.map((id) =>
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

  /** Applies an action to the attempt's state and returns the new state. */
  #dispatch(action: TakeAction): TakeState {
    this.#state = takeReducer(this.#state, action);
    return this.#state;
  }

  #part(id: string): HTMLElement {
    return this.required(`[data-take-parts] [data-part="${id}"]`);
  }

  #showPart(index: number) {
    const assignment = this.#assignment;
    const shown = currentPart(this.#state);
    const run = this.#dispatch({ type: 'show-part', index, now: Date.now() });
    const id = currentPart(run);
    if (run.phase !== 'running' || !assignment || id === undefined || run.at !== index) return;
    if (shown !== undefined) this.#part(shown).hidden = true;
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

  #quizDone(result: QuizResult) {
    const before = this.#state;
    const quiz = { questions: result.questions, answers: result.answers };
    if (this.#dispatch({ type: 'quiz-done', quiz, now: Date.now() }) === before) return;
    this.#partDone(t.partDone, true);
  }

  #drillDone(result: DrillResult) {
    const before = this.#state;
    const { drill, choices, seconds } = result;
    if (this.#dispatch({ type: 'drill-done', drill, choices, seconds }) === before) return;
    this.#partDone(result.timedOut ? t.drillTimeUp : t.partDone, false);
  }

  #partDone(note: string, focusNext: boolean) {
    if (this.#state.phase !== 'running') return;
    const last = onLastPart(this.#state);
    this.required('[data-take-part-note]').textContent = note;
    const next = this.required<HTMLButtonElement>('[data-take-next]');
    next.textContent = last ? t.finish : t.next;
    this.required('[data-take-next-box]').hidden = false;
    if (focusNext) next.focus();
  }

  #next() {
    const run = this.#state;
    if (run.phase !== 'running') return;
    if (onLastPart(run)) this.#finish(false);
    else this.#showPart(run.at + 1);
  }

  #startTimer() {
    this.#stopTimer();
    const timer = this.required('[data-take-timer]');
    const run = this.#state;
    const deadline = run.phase === 'running' ? run.deadline : undefined;
    timer.hidden = deadline === undefined;
    if (deadline === undefined) return;
    const onTick = (left: number) => {
      timer.textContent = t.timer(formatSeconds(left));
      timer.classList.toggle('low', left <= 60);
      const due = dueWarning(this.#state, left);
      if (due === undefined) return;
      this.#dispatch({ type: 'warned', minutes: due });
      this.required('[data-take-announce]').textContent = t.timeWarning(due);
    };
    this.#stopTimer = countdown(deadline, onTick, () => this.#timeUp());
  }

  /** The limit is reached: close the part in progress the way its player does, then hand in. */
  #timeUp() {
    const id = currentPart(this.#state);
    if (id !== undefined) {
      const part = this.#part(id);
      if (id === 'quiz') this.required<CpQuiz & HTMLElement>('cp-quiz', part).stop();
      else this.required<CpDrill & HTMLElement>('cp-drill', part).stop();
    }
    this.#finish(true);
  }

  #finish(timedOut: boolean) {
    const assignment = this.#assignment;
    if (this.#state.phase !== 'running' || !assignment) return;
    const finished = this.#dispatch({ type: 'finish', timedOut, now: Date.now() });
    if (finished.phase !== 'finished') return;
    this.#stopTimer();
    removeEventListener('beforeunload', this.#guardLeaving);
    const { record } = finished;
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
