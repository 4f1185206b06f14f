import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../../src/lib/assignment/assignment-code';
import { buildClassReport, normaliseId } from '../../../../src/lib/assignment/class-report';
import { classReportCsv, csvField } from '../../../../src/lib/assignment/report-csv';
import { flagText } from '../../../../src/lib/assignment/report-text';
import {
  encodeResultCode,
  type CodedAnswer,
  type Submission,
} from '../../../../src/lib/assignment/result-code';
import { scoreSubmission } from '../../../../src/lib/assignment/rescore';
import type { AnswerKey } from '../../../../src/lib/quiz/score-question';
import { drillPath } from '../../../support/content-answers';
import { realScoringContent } from '../../../support/scoring-content';

const content = realScoringContent();
const key = (id: string) => content.questions[id] as AnswerKey & { type: 'single' };
const right = (id: string): CodedAnswer => ({
  type: 'single',
  selected: [key(id).correct.indexOf(true)],
});
const wrong = (id: string): CodedAnswer => ({
  type: 'single',
  selected: [key(id).correct.indexOf(false)],
});

const assignment: Assignment = {
  title: '第二周测验',
  createdAt: Date.UTC(2025, 2, 8, 0, 0),
  contentVersion: content.version,
  passMark: 60,
  timeLimitMinutes: 30,
  attempts: 2,
  seed: 'K7Q2',
  orderPerTrainee: false,
  due: '2025-03-10',
  drillWeight: 1,
  questions: ['risks-01', 'risks-02', 'risks-03'],
  drills: ['drill-double-sold'],
};

const start = Date.UTC(2025, 2, 9, 1, 0, 0);
/** The double-sold drill played by always taking the second-best choice. */
const doubleSold = drillPath('drill-double-sold', 'second');
function submission(over: Partial<Submission>): Submission {
  return {
    assignment,
    contentVersion: content.version,
    name: '张三',
    employeeId: 'A001',
    attempt: 1,
    startedAt: start,
    finishedAt: start + 20 * 60_000,
    timedOut: false,
    quizSeconds: 600,
    answers: assignment.questions.map(right),
    drills: [{ choices: doubleSold.choices, seconds: 300 }],
    ...over,
  };
}
const code = (over: Partial<Submission> = {}) => encodeResultCode(submission(over));

describe('buildClassReport', () => {
  it('re-scores each code and agrees with the engine', () => {
    const s = submission({ answers: [right('risks-01'), wrong('risks-02'), null] });
    const report = buildClassReport([encodeResultCode(s)], content);
    const row = report.groups[0]?.rows[0];
    expect(row?.counted.score).toEqual(scoreSubmission(s, content));
    // One right of three questions, plus the drill as one more item.
    const expected = Math.round(((1 + 0 + 0 + doubleSold.percent / 100) / 4) * 100);
    expect(expected).toBeLessThan(60);
    expect(row?.counted.score.percent).toBe(expected);
    expect(report.groups[0]).toMatchObject({ passed: 0, failed: 1, average: expected });
  });

  it('makes one row per trainee, counts duplicates once and flags them', () => {
    const zhang = code();
    const li = code({ name: '李四', employeeId: 'B002', answers: assignment.questions.map(wrong) });
    const report = buildClassReport([zhang, li, zhang, ` ${zhang} `], content);
    const group = report.groups[0];
    expect(group?.rows.map((r) => r.name)).toEqual(['张三', '李四']);
    expect(report).toMatchObject({ read: 2, duplicates: 2 });
    expect(group?.rows[0]?.flags).toContainEqual({ kind: 'duplicate', copies: 3 });
    expect(group?.rows[1]?.flags).toEqual([]);
    expect(group).toMatchObject({ passed: 1, failed: 1 });
  });

  it('lists tampered and broken codes with the reason, and counts nothing from them', () => {
    const good = code();
    const i = 40;
    const tampered = good.slice(0, i) + (good[i] === 'A' ? 'B' : 'A') + good.slice(i + 1);
    const report = buildClassReport([tampered, 'CPR1.abc', 'CPR9.abcdef'], content);
    expect(report.groups).toEqual([]);
    expect(report.unreadable.map((u) => u.error.code)).toEqual([
      'checksum',
      'malformed',
      'newer-version',
    ]);
  });

  it('flags a code taken on another content version', () => {
    const report = buildClassReport([code({ contentVersion: 'deadbeef' })], content);
    const flags = report.groups[0]?.rows[0]?.flags ?? [];
    expect(flags).toContainEqual({ kind: 'content-version', version: 'deadbeef' });
    expect(flagText(flags[0] as never)).toContain('内容版本不同');
  });

  it('keys trainees by 工号 as typed in full-width or with spaces, and flags different names', () => {
    expect(normaliseId(' ａ００１ ')).toBe('a001');
    const report = buildClassReport(
      [
        code(),
        code({
          name: '张叁',
          employeeId: 'Ａ００１',
          attempt: 2,
          startedAt: start + 3_600_000,
          finishedAt: start + 3_900_000,
        }),
      ],
      content,
    );
    expect(report.groups[0]?.rows).toHaveLength(1);
    expect(report.groups[0]?.rows[0]?.flags).toContainEqual({
      kind: 'names-differ',
      names: ['张三', '张叁'],
    });
  });

  it('counts the best of the allowed attempts and flags attempts beyond them', () => {
    const later = (n: number) => ({
      attempt: n,
      startedAt: start + n * 3_600_000,
      finishedAt: start + n * 3_600_000 + 600_000,
    });
    const first = code({ ...later(1), answers: assignment.questions.map(wrong) });
    const second = code({ ...later(2) });
    const third = code({
      ...later(3),
      answers: [right('risks-01'), right('risks-02'), wrong('risks-03')],
    });
    const report = buildClassReport([third, first, second], content);
    const row = report.groups[0]?.rows[0];
    expect(row?.codes.map((c) => c.submission.attempt)).toEqual([1, 2, 3]);
    expect(row?.counted.submission.attempt).toBe(2);
    expect(row?.flags).toContainEqual({ kind: 'over-attempts', allowed: 2, received: 3 });
  });

  it('flags two different codes that claim the same attempt', () => {
    const report = buildClassReport(
      [code(), code({ answers: assignment.questions.map(wrong) })],
      content,
    );
    expect(report.groups[0]?.rows[0]?.flags).toContainEqual({ kind: 'attempt-clash', attempt: 1 });
  });

  it('flags late and overtime codes by the trainee’s clock', () => {
    const late = Date.UTC(2025, 2, 10, 17, 0);
    const report = buildClassReport(
      [code({ startedAt: late - 45 * 60_000, finishedAt: late })],
      content,
      { utcOffsetMinutes: 480 },
    );
    expect(report.groups[0]?.rows[0]?.flags).toEqual([
      { kind: 'late', due: '2025-03-10' },
      { kind: 'overtime', minutes: 45, limit: 30 },
    ]);
    const onTime = buildClassReport(
      [code({ startedAt: start, finishedAt: start + 31 * 60_000 })],
      content,
      { utcOffsetMinutes: 480 },
    );
    expect(onTime.groups[0]?.rows[0]?.flags).toEqual([]);
  });

  it('gives each question’s difficulty and each standard’s class average', () => {
    const report = buildClassReport(
      [
        code(),
        code({
          name: '李四',
          employeeId: 'B002',
          answers: [right('risks-01'), wrong('risks-02'), wrong('risks-03')],
          drills: [null],
        }),
      ],
      content,
    );
    const group = report.groups[0];
    expect(group?.questions.map((q) => [q.id, q.average, q.count])).toEqual([
      ['risks-01', 100, 2],
      ['risks-02', 50, 2],
      ['risks-03', 50, 2],
    ]);
    // Played once along the path, never started once.
    expect(group?.drills).toEqual([
      { id: 'drill-double-sold', average: Math.round(doubleSold.percent / 2), count: 2 },
    ]);
    // Each standard's class average is the mean of the trainees' own standard scores.
    const [zhang, li] = group?.rows.map((r) => r.counted.score.standards) ?? [];
    expect(zhang?.timeliness).toBeGreaterThan(0);
    expect(li?.timeliness).toBe(0);
    expect(group?.standards.timeliness).toEqual({
      average: Math.round(((zhang?.timeliness ?? 0) + 0) / 2),
      count: 2,
    });
  });

  it('separates codes of another assignment and marks them when one was asked for', () => {
    const other = { ...assignment, title: '另一份作业' };
    const report = buildClassReport(
      [code(), encodeResultCode(submission({ assignment: other }))],
      content,
      { expected: other },
    );
    expect(report.groups.map((g) => [g.assignment.title, g.expected])).toEqual([
      ['另一份作业', true],
      ['第二周测验', false],
    ]);
  });
});

describe('classReportCsv', () => {
  it('starts with a BOM, uses CRLF and holds one row per trainee with the re-scored total', () => {
    const report = buildClassReport(
      [code(), code({ name: '=HYPERLINK("x")', employeeId: 'B,002' })],
      content,
    );
    const csv = classReportCsv(report.groups, 480);
    expect(csv.startsWith('\ufeff作业,作业编号,姓名,工号,总分,结果')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    const total = Math.round(((3 + doubleSold.percent / 100) / 4) * 100);
    expect(lines[1]).toContain(
      `,张三,A001,${total},通过,60,1,1,2025-03-09 09:00,2025-03-09 09:20,20,`,
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")","B,002",`);
    expect(lines[1]?.endsWith(code())).toBe(true);
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('-1', true)).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
  });
});
