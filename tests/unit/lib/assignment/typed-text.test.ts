import { describe, expect, it } from 'vitest';
import {
  encodeAssignmentCode,
  isTypedField,
  type Assignment,
} from '../../../../src/lib/assignment/assignment-code';
import { buildClassReport, normaliseId } from '../../../../src/lib/assignment/class-report';
import { assignmentFromDraft } from '../../../../src/lib/assignment/draft';
import { codeInHash } from '../../../../src/lib/assignment/envelope';
import { decodeAssignmentCode } from '../../../../src/lib/assignment/assignment-code';
import {
  decodeResultCode,
  encodeResultCode,
  findCodes,
  type Submission,
} from '../../../../src/lib/assignment/result-code';
import type { AnswerKey } from '../../../../src/lib/quiz/score-question';
import { realScoringContent } from '../../../support/scoring-content';

// What people type and paste: invisible characters in 工号 and titles, codes glued to words,
// lower-case or with a full-width full stop, and links whose escapes are broken.

const content = realScoringContent();
const key = (id: string) => content.questions[id] as AnswerKey & { type: 'single' };
const assignment: Assignment = {
  title: '第二周测验',
  createdAt: Date.UTC(2025, 2, 8, 0, 0),
  contentVersion: content.version,
  passMark: 60,
  timeLimitMinutes: 30,
  attempts: 1,
  seed: '',
  orderPerTrainee: false,
  due: null,
  drillWeight: 1,
  questions: ['risks-01', 'risks-02'],
  drills: [],
};
const start = Date.UTC(2025, 2, 9, 1, 0, 0);
function submission(over: Partial<Submission> = {}): Submission {
  return {
    assignment,
    contentVersion: content.version,
    name: '张三',
    employeeId: 'E102',
    attempt: 1,
    startedAt: start,
    finishedAt: start + 600_000,
    timedOut: false,
    quizSeconds: 600,
    answers: assignment.questions.map((id) => ({
      type: 'single',
      selected: [key(id).correct.indexOf(true)],
    })),
    drills: [],
    ...over,
  };
}

describe('invisible characters in ids and titles', () => {
  it('counts E102 and E102 with a zero-width space as one person, over the allowed attempts', () => {
    expect(normaliseId('E102\u200B')).toBe(normaliseId('E102'));
    expect(normaliseId('\uFEFFE\u2060102\u200D')).toBe('e102');
    const report = buildClassReport(
      [
        encodeResultCode(submission()),
        encodeResultCode(
          submission({
            employeeId: 'E102\u200B',
            attempt: 2,
            startedAt: start + 3_600_000,
            finishedAt: start + 4_000_000,
          }),
        ),
      ],
      content,
    );
    const rows = report.groups[0]?.rows ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.flags).toContainEqual({ kind: 'over-attempts', allowed: 1, received: 2 });
  });

  it('refuses zero-width and other format characters in what a person types', () => {
    for (const hidden of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E'])
      expect(isTypedField(`E1${hidden}02`, 32)).toBe(false);
    expect(isTypedField('E102', 32)).toBe(true);
    expect(isTypedField('张三', 40)).toBe(true);
  });

  it('refuses a builder title with a zero-width space, naming the title', () => {
    const result = assignmentFromDraft(
      {
        title: '第二周\u200B测验',
        passMark: '60',
        timeLimitMinutes: '30',
        attempts: '1',
        seed: '',
        orderPerTrainee: false,
        due: '',
        drillWeight: '1',
        questions: ['risks-01'],
        drills: [],
      },
      { contentVersion: content.version, now: start, today: '2025-03-09' },
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['title']);
  });

  it('still opens links and reads codes made before, that carry such characters', () => {
    const older = { ...assignment, title: '第二周\u200B测验' };
    expect(decodeAssignmentCode(encodeAssignmentCode(older)).ok).toBe(true);
  });
});

describe('codes as people paste them', () => {
  const code = encodeResultCode(submission());
  const link = encodeAssignmentCode(assignment);

  it('finds a code glued to the words before it', () => {
    expect(findCodes(`成绩码abc${code}谢谢`)).toEqual([code]);
  });

  it('finds and reads a code with a lower-case header or a full-width full stop', () => {
    const lower = `cpr1.${code.slice(5)}`;
    const fullStop = `CPR1。${code.slice(5)}`;
    expect(findCodes(`${lower}\n${fullStop}。`)).toEqual([code, code]);
    expect(decodeResultCode(lower).ok).toBe(true);
    expect(decodeAssignmentCode(`cpa1．${link.slice(5)}`).ok).toBe(true);
  });

  it('takes the code after # even when its escapes are broken, and never throws', () => {
    expect(codeInHash(`#${encodeURIComponent(link)}`)).toBe(link);
    expect(() => codeInHash('#CPA1.%E0%A4%A')).not.toThrow();
    expect(decodeAssignmentCode(codeInHash('#CPA1.%E0%A4%A')).ok).toBe(false);
  });

  it('refuses a result code whose times are past what a date can show', () => {
    expect(() => encodeResultCode(submission({ finishedAt: 8.7e15 }))).toThrow();
  });
});
