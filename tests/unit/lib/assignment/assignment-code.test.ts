import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignmentFingerprint,
  assignmentLink,
  decodeAssignmentCode,
  dueDeadline,
  encodeAssignmentCode,
  writeAssignment,
  type Assignment,
} from '../../../../src/lib/assignment/assignment-code';
import { ByteWriter, crc32, toBase64Url } from '../../../../src/lib/assignment/bytes';
import { encodeResultCode } from '../../../../src/lib/assignment/result-code';
import { assignmentArb, replacementChars } from '../../../support/assignment-arbitraries';

const sample: Assignment = {
  title: '3 月新人第二周测验',
  createdAt: Date.UTC(2025, 2, 8, 6, 30),
  contentVersion: '1a2b3c4d',
  passMark: 80,
  timeLimitMinutes: 30,
  attempts: 2,
  seed: 'K7Q2',
  orderPerTrainee: true,
  due: '2025-03-15',
  drillWeight: 5,
  questions: ['risks-01', 'risks-02', 'risks-10', 'crisis-03'],
  drills: ['drill-double-sold', 'drill-data-leak'],
};

/** A code with a correct checksum around any payload, as a forger with the format would make. */
function forge(payload: Uint8Array, header = 'CPA1.'): string {
  const head = new TextEncoder().encode(header);
  const crc = crc32(Uint8Array.from([...head, ...payload]));
  return header + toBase64Url(Uint8Array.from([...payload, ...new ByteWriter().u32(crc).bytes()]));
}

describe('assignment codes', () => {
  it('round-trip every valid assignment', () => {
    fc.assert(
      fc.property(assignmentArb, (assignment) => {
        const code = encodeAssignmentCode(assignment);
        expect(code).toMatch(/^CPA1\.[A-Za-z0-9_-]+$/);
        expect(decodeAssignmentCode(code)).toEqual({ ok: true, value: assignment });
      }),
      { numRuns: 300 },
    );
  });

  it('read the code out of a whole link', () => {
    const link = assignmentLink('https://example.com', sample);
    expect(link).toMatch(/^https:\/\/example\.com\/trainer\/take\/#CPA1\./);
    expect(decodeAssignmentCode(link)).toEqual({ ok: true, value: sample });
  });

  it('detect any changed character', () => {
    const code = encodeAssignmentCode(sample);
    let checked = 0;
    for (let i = 0; i < code.length; i++) {
      for (const char of replacementChars) {
        // The header's letters in lower case are the same code (people type them so).
        if (char === code[i] || (i < 3 && char.toUpperCase() === code[i])) continue;
        const changed = code.slice(0, i) + char + code.slice(i + 1);
        const result = decodeAssignmentCode(changed);
        expect(result.ok, `position ${i} → ${char}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(code.length * 60);
  });

  it('detect a changed character in any assignment, and two swapped neighbours', () => {
    fc.assert(
      fc.property(
        assignmentArb,
        fc.nat(),
        fc.constantFrom(...replacementChars),
        (assignment, at, char) => {
          const code = encodeAssignmentCode(assignment);
          const i = at % code.length;
          fc.pre(code[i] !== char && !(i < 3 && char.toUpperCase() === code[i]));
          expect(decodeAssignmentCode(code.slice(0, i) + char + code.slice(i + 1)).ok).toBe(false);
          const j = Math.min(i + 1, code.length - 1);
          fc.pre(code[i] !== code[j]);
          const swapped = code.slice(0, i) + code[j] + code[i] + code.slice(j + 1);
          expect(decodeAssignmentCode(swapped).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('detect a dropped or an added character', () => {
    const code = encodeAssignmentCode(sample);
    for (let i = 0; i < code.length; i++) {
      expect(decodeAssignmentCode(code.slice(0, i) + code.slice(i + 1)).ok).toBe(false);
      expect(decodeAssignmentCode(code.slice(0, i) + 'A' + code.slice(i)).ok).toBe(false);
    }
  });

  it('never throw, whatever they are given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `CPA1.${s}`),
          fc.anything(),
        ),
        (input) => {
          const result = decodeAssignmentCode(input);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
        },
      ),
    );
  });

  it('explain each kind of failure in Chinese', () => {
    const code = encodeAssignmentCode(sample);
    const cases: [unknown, string, RegExp][] = [
      ['', 'empty', /没有找到作业链接/],
      [undefined, 'empty', /没有找到/],
      ['https://example.com/trainer/take/', 'not-a-code', /不是作业链接/],
      ['hello', 'not-a-code', /不是作业链接/],
      [code.replace('CPA1.', 'CPA2.'), 'newer-version', /更新版本.*格式 2/],
      [code.replace('CPA1.', 'CPA0.'), 'older-version', /停止使用/],
      [code.replace('CPA1.', 'CPA1'), 'malformed', /不完整/],
      [code.slice(0, -3), 'malformed', /不完整|校验/],
      [
        code.slice(0, 20) + (code[20] === 'x' ? 'y' : 'x') + code.slice(21),
        'checksum',
        /校验码对不上/,
      ],
      [forge(Uint8Array.of(1, 2, 3)), 'invalid', /超出允许范围/],
    ];
    for (const [input, expected, message] of cases) {
      const result = decodeAssignmentCode(input);
      expect(result.ok ? 'ok' : result.error.code, String(input)).toBe(expected);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
  });

  it('say so when a result code is pasted instead', () => {
    const result = decodeAssignmentCode(
      encodeResultCode({
        assignment: sample,
        contentVersion: '1a2b3c4d',
        name: '张三',
        employeeId: 'A001',
        attempt: 1,
        startedAt: 1_700_000_000_000,
        finishedAt: 1_700_000_600_000,
        timedOut: false,
        quizSeconds: 300,
        answers: sample.questions.map(() => null),
        drills: sample.drills.map(() => null),
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'wrong-kind', message: '这是成绩码，不是作业链接。请换成作业链接。' },
    });
  });

  it('refuse a checksum-correct code whose settings break the rules', () => {
    const bad = writeAssignment({ ...sample });
    // passMark is the 4th field; rewrite it to 0 by re-encoding with a forged writer.
    const forged = forge(
      new ByteWriter()
        .u32(0x1a2b3c4d)
        .uint(1)
        .string('标题')
        .uint(0)
        .uint(0)
        .uint(1)
        .uint(1)
        .uint(0)
        .uint(0)
        .string('')
        .uint(1)
        .uint(0)
        .string('risks-01')
        .uint(0)
        .bytes(),
    );
    expect(bad.length).toBeGreaterThan(0);
    expect(decodeAssignmentCode(forged)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('are refused by the encoder when they could not be decoded', () => {
    expect(() => encodeAssignmentCode({ ...sample, passMark: 0 })).toThrow(/passMark/);
    expect(() => encodeAssignmentCode({ ...sample, questions: [], drills: [] })).toThrow(/items/);
    expect(() => encodeAssignmentCode({ ...sample, title: '坏\u202e标题' })).toThrow(/title/);
    expect(() => encodeAssignmentCode({ ...sample, questions: ['a', 'a'] })).toThrow(/ids/);
    expect(() => encodeAssignmentCode({ ...sample, due: '2025-02-30' })).toThrow(/due/);
  });
});

describe('assignment fingerprints and due dates', () => {
  it('give equal assignments the same fingerprint and different ones different fingerprints', () => {
    expect(assignmentFingerprint(sample)).toMatch(/^[0-9a-f]{8}$/);
    expect(assignmentFingerprint({ ...sample, questions: [...sample.questions] })).toBe(
      assignmentFingerprint(sample),
    );
    expect(assignmentFingerprint({ ...sample, passMark: 81 })).not.toBe(
      assignmentFingerprint(sample),
    );
  });

  it('put the deadline at the end of the due day in the trainer’s time zone', () => {
    // 2025-03-15 24:00 in UTC+8 is 2025-03-15 16:00 UTC.
    expect(dueDeadline(sample, 480)).toBe(Date.UTC(2025, 2, 15, 16, 0));
    expect(dueDeadline({ ...sample, due: null }, 480)).toBeUndefined();
  });
});
