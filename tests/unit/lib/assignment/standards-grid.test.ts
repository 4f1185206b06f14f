import { describe, expect, it } from 'vitest';
import type { TraineeRow } from '../../../../src/lib/assignment/class-report';
import { scoreBand, sortGridRows } from '../../../../src/lib/assignment/standards-grid';
import type { StandardScores } from '../../../../src/lib/standards';

const none: StandardScores = {
  timeliness: null,
  effectiveness: null,
  transparency: null,
  responsibility: null,
  continuity: null,
  flexibility: null,
};
const person = (name: string, employeeId: string, over: Partial<StandardScores>) =>
  ({
    name,
    employeeId,
    counted: { score: { standards: { ...none, ...over } } },
  }) as unknown as TraineeRow;

const rows = [
  person('王五', 'C3', { timeliness: 80, flexibility: 20 }),
  person('李四', 'B2', { timeliness: 35 }),
  person('张三', 'A1', { timeliness: 35, flexibility: 90 }),
  person('赵六', 'D4', {}),
];

describe('the people × standards grid', () => {
  it('sorts by person in Chinese order (pinyin), then 工号', () => {
    expect(sortGridRows(rows, { by: 'person' }).map((r) => r.name)).toEqual([
      '李四',
      '王五',
      '张三',
      '赵六',
    ]);
  });

  it('sorts by a standard weakest first, ties by person, the untested last either way', () => {
    const up = sortGridRows(rows, { by: 'timeliness', order: 'ascending' }).map((r) => r.name);
    expect(up).toEqual(['李四', '张三', '王五', '赵六']);
    const down = sortGridRows(rows, { by: 'flexibility', order: 'descending' }).map((r) => r.name);
    expect(down).toEqual(['张三', '王五', '李四', '赵六']);
  });

  it('puts each score in one of four bands, and the untested in none', () => {
    expect([0, 39, 40, 59, 60, 79, 80, 100].map(scoreBand)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(scoreBand(null)).toBe(0);
  });
});
