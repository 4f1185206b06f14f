import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../../src/lib/assignment/assignment-code';
import { encodeAssignmentCode } from '../../../../src/lib/assignment/assignment-code';
import {
  decodeResultCode,
  encodeResultCode,
  findCodes,
  type Submission,
} from '../../../../src/lib/assignment/result-code';
import { replacementChars, submissionArb } from '../../../support/assignment-arbitraries';

const assignment: Assignment = {
  title: '第二周测验',
  createdAt: Date.UTC(2025, 2, 8, 6, 30),
  contentVersion: '1a2b3c4d',
  passMark: 80,
  timeLimitMinutes: 30,
  attempts: 2,
  seed: 'K7Q2',
  orderPerTrainee: false,
  due: null,
  drillWeight: 5,
  questions: ['risks-01', 'risks-05', 'risks-07', 'risks-09'],
  drills: ['drill-double-sold'],
};

const submission: Submission = {
  assignment,
  contentVersion: '1a2b3c4d',
  name: '<img src=x onerror=alert(1)>',
  employeeId: 'ＡＢ００１',
  attempt: 1,
  startedAt: Date.UTC(2025, 2, 9, 1, 0, 5),
  finishedAt: Date.UTC(2025, 2, 9, 1, 21, 40),
  timedOut: false,
  quizSeconds: 610,
  answers: [
    { type: 'single', selected: [0] },
    { type: 'multiple', selected: [0, 2, 3] },
    { type: 'ordering', order: [2, 0, 1, 3, 4] },
    { type: 'categorise', placed: [0, 1, null, 1, 0] },
  ],
  drills: [{ choices: [0, 0, 2, 1], seconds: 245 }],
};

describe('result codes', () => {
  it('round-trip every valid submission', () => {
    fc.assert(
      fc.property(submissionArb, (s) => {
        const code = encodeResultCode(s);
        expect(code).toMatch(/^CPR1\.[A-Za-z0-9_-]+$/);
        expect(decodeResultCode(code)).toEqual({ ok: true, value: s });
      }),
      { numRuns: 300 },
    );
  });

  it('carry a name as the exact text typed, markup included', () => {
    const decoded = decodeResultCode(encodeResultCode(submission));
    expect(decoded.ok && decoded.value.name).toBe('<img src=x onerror=alert(1)>');
    expect(decoded.ok && decoded.value.employeeId).toBe('ＡＢ００１');
  });

  it('detect any changed character', () => {
    const code = encodeResultCode(submission);
    for (let i = 0; i < code.length; i++) {
      for (const char of replacementChars) {
        // The header's letters in lower case are the same code (people type them so).
        if (char === code[i] || (i < 3 && char.toUpperCase() === code[i])) continue;
        const result = decodeResultCode(code.slice(0, i) + char + code.slice(i + 1));
        expect(result.ok, `position ${i} → ${char}`).toBe(false);
      }
    }
  });

  it('detect a changed character in any submission', () => {
    fc.assert(
      fc.property(submissionArb, fc.nat(), fc.constantFrom(...replacementChars), (s, at, char) => {
        const code = encodeResultCode(s);
        const i = at % code.length;
        fc.pre(code[i] !== char && !(i < 3 && char.toUpperCase() === code[i]));
        const result = decodeResultCode(code.slice(0, i) + char + code.slice(i + 1));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('flag a tampered payload as a checksum failure, in Chinese', () => {
    const code = encodeResultCode(submission);
    const i = Math.floor(code.length / 2);
    const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(decodeResultCode(tampered)).toMatchObject({
      ok: false,
      error: { code: 'checksum', message: expect.stringContaining('校验码对不上') },
    });
  });

  it('say so when an assignment link is pasted instead', () => {
    expect(decodeResultCode(encodeAssignmentCode(assignment))).toMatchObject({
      ok: false,
      error: { code: 'wrong-kind' },
    });
  });

  it('never throw, whatever they are given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `CPR1.${s}`),
          fc.anything(),
        ),
        (input) => {
          expect(decodeResultCode(input).ok).toBe(false);
        },
      ),
    );
  });

  it('refuse names with hidden characters and answers that do not match the assignment', () => {
    expect(() => encodeResultCode({ ...submission, name: '张\u202e三' })).toThrow();
    expect(() => encodeResultCode({ ...submission, name: ' 张三' })).toThrow();
    expect(() =>
      encodeResultCode({ ...submission, answers: submission.answers.slice(1) }),
    ).toThrow();
    expect(() =>
      encodeResultCode({ ...submission, finishedAt: submission.startedAt - 1000 }),
    ).toThrow();
  });
});

describe('findCodes', () => {
  it('picks result codes and assignment links out of a pasted chat', () => {
    const a = encodeResultCode(submission);
    const b = encodeResultCode({ ...submission, name: '李四', employeeId: 'B002' });
    const link = `https://example.com/trainer/take/#${encodeAssignmentCode(assignment)}`;
    const chat = `张三 10:02\n${a}\n李四 10:05\n我的成绩码：${b}，请查收\n作业：${link}\n普通的话 CPR 不是代码`;
    expect(findCodes(chat)).toEqual([a, b, encodeAssignmentCode(assignment)]);
  });

  it('reads the codes of a CSV it exported (quoted or not)', () => {
    const a = encodeResultCode(submission);
    expect(findCodes(`姓名,成绩码\r\n张三,${a}\r\n"李,四","${a}"`)).toEqual([a, a]);
  });
});
