import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../../src/lib/assignment/assignment-code';
import { buildClassReport } from '../../../../src/lib/assignment/class-report';
import { analyseGroup } from '../../../../src/lib/assignment/item-analysis';
import { versionLedger } from '../../../../src/lib/assignment/item-versions';
import { itemAnalysisCsv, standardsGridCsv } from '../../../../src/lib/assignment/report-csv';
import type { ReportLabels } from '../../../../src/lib/assignment/report-labels';
import { encodeResultCode, type Submission } from '../../../../src/lib/assignment/result-code';
import type { AnswerKey } from '../../../../src/lib/quiz/score-question';
import { drillPath } from '../../../support/content-answers';
import { realScoringContent } from '../../../support/scoring-content';

const content = realScoringContent();
const key = content.questions['risks-01'] as AnswerKey & { type: 'single' };
const right = key.correct.indexOf(true);
const wrong = key.correct.indexOf(false);
const assignment: Assignment = {
  title: '=第二周',
  createdAt: Date.UTC(2025, 2, 8),
  contentVersion: content.version,
  passMark: 60,
  timeLimitMinutes: 0,
  attempts: 0,
  seed: 'S',
  orderPerTrainee: false,
  due: null,
  drillWeight: 1,
  questions: ['risks-01'],
  drills: ['drill-double-sold'],
};
const best = drillPath('drill-double-sold', 'best');
const person = (n: number, name: string, pick: number): string =>
  encodeResultCode({
    assignment,
    contentVersion: content.version,
    name,
    employeeId: `E${n}`,
    attempt: 1,
    startedAt: Date.UTC(2025, 2, 9) + n,
    finishedAt: Date.UTC(2025, 2, 9, 0, 10) + n * 1000,
    timedOut: false,
    quizSeconds: 60,
    answers: [{ type: 'single', selected: [pick] }],
    drills: [{ choices: best.choices, seconds: 100 }],
  } satisfies Submission);
const group = buildClassReport(
  [person(1, '张三', right), person(2, '李四', wrong), person(3, '王五', wrong)],
  content,
).groups[0];
if (!group) throw new Error('no group');
const analysis = analyseGroup(group, content, versionLedger(content, []));
const labels: ReportLabels = {
  'risks-01': {
    label: '题干, 带逗号',
    href: '/x/',
    options: key.correct.map((_, i) => `选项${i + 1}`),
  },
};

describe('itemAnalysisCsv', () => {
  const csv = itemAnalysisCsv(group, analysis, labels);
  const lines = csv.split('\r\n');

  it('starts with a byte-order mark and ends each line with CRLF', () => {
    expect(
      csv.startsWith(
        '\ufeff作业,分析范围,编号,类型,题目 / 决策点,作答人数,答对率,区分度,平均得分,选项1人数',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(1 + analysis.main.items.length + 1);
  });

  it('writes one row per item with counts per option in content order', () => {
    const row = lines[1] ?? '';
    const counts = key.correct.map((_, i) => (i === right ? 1 : i === wrong ? 2 : 0));
    expect(row).toBe(
      [
        "'=第二周",
        '总表',
        'risks-01',
        '单选',
        '"题干, 带逗号"',
        '3',
        '0.33',
        '',
        '33',
        ...counts.map(String),
        String(right + 1),
        `${wrong + 1}. 选项${wrong + 1}（2）`,
        '',
      ].join(','),
    );
    expect(lines.slice(2, -1).every((line) => line.includes(',演练决策点,'))).toBe(true);
  });
});

describe('standardsGridCsv', () => {
  it('lists each trainee by name with the six standards, empty where not at stake', () => {
    const csv = standardsGridCsv(group);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\ufeff姓名,工号,总分,及时性,有效性,透明度,责任感,持续性,灵活性');
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(['李四', '王五', '张三']);
    const zhang = group.rows.find((r) => r.name === '张三');
    const standards = zhang?.counted.score.standards;
    expect(lines[3]).toBe(
      [
        '张三',
        'E1',
        zhang?.counted.score.percent,
        ...Object.values(standards ?? {}).map((v) => v ?? ''),
      ].join(','),
    );
  });
});
