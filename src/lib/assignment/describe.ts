import { builderText } from '../i18n/zh-trainer';
import type { Assignment } from './assignment-code';

/** The settings trainees read on the handout and before they start, as label and value. */
export function assignmentFacts(a: Assignment): [label: string, value: string][] {
  const t = builderText;
  return [
    [t.facts.items, t.summary(a.questions.length, a.drills.length)],
    [t.facts.passMark, t.passMarkText(a.passMark)],
    [t.facts.timeLimit, a.timeLimitMinutes ? t.limitMinutes(a.timeLimitMinutes) : t.noLimit],
    [t.facts.attempts, t.attemptsText(a.attempts)],
    [t.facts.due, a.due ?? t.noDue],
  ];
}
