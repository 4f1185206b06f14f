import { describe, expect, it } from 'vitest';
import { parseIncidentRecord } from '../../../../src/lib/incident/record';
import { parseAttempt } from '../../../../src/lib/drill/attempt-record';
import {
  checkResultFormat,
  learnerNameFormat,
  lessonMarkFormat,
  reviewCardFormat,
} from '../../../../src/lib/training/records';
import { assignmentAttemptFormat } from '../../../../src/stores/assignment-attempts';

// Times beyond what Date accepts (8.64e15 ms) once crashed every page that formats them.
const beyondDates = [8.7e15, 1e20];
const t0 = 1_760_000_000_000;

const records: [string, (raw: unknown) => unknown, Record<string, unknown>, string[]][] = [
  [
    'drill attempt',
    parseAttempt,
    { drill: 'd', at: t0, choices: [0], percent: 50, standards: {}, seconds: 3 },
    ['at'],
  ],
  [
    'lesson mark',
    (raw) => lessonMarkFormat.parseItem(raw),
    { entry: 'a', read: true, at: t0 },
    ['at'],
  ],
  [
    'knowledge check',
    (raw) => checkResultFormat.parseItem(raw),
    { module: 'm', at: t0, percent: 90, passMark: 80, asked: 10 },
    ['at'],
  ],
  ['learner name', (raw) => learnerNameFormat.parseItem(raw), { name: '张三', at: t0 }, ['at']],
  [
    'review card',
    (raw) => reviewCardFormat.parseItem(raw),
    {
      question: 'q',
      due: t0,
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 1,
      last_review: t0,
      updated: t0,
    },
    ['due', 'last_review', 'updated'],
  ],
  [
    'incident',
    parseIncidentRecord,
    {
      id: 'x',
      type: 'x',
      title: 'X',
      steps: ['a'],
      call: [],
      reportTo: [],
      reportWithin: '',
      openedAt: t0,
      closedAt: t0 + 1,
      ticks: [{ step: 'a', at: t0 }],
      calls: [{ contact: 'c', at: t0 }],
      updates: [t0],
      notes: '',
    },
    ['openedAt', 'closedAt', 'ticks', 'calls', 'updates'],
  ],
  [
    'assignment attempt',
    (raw) => assignmentAttemptFormat.parseItem(raw),
    { assignment: '0000aaaa', attempt: 1, startedAt: t0, name: '张三', employeeId: 'E1' },
    ['startedAt'],
  ],
];

/** The record with every time in `field` replaced by `value`. */
function withTime(
  record: Record<string, unknown>,
  field: string,
  value: number,
): Record<string, unknown> {
  const current = record[field];
  if (Array.isArray(current))
    return {
      ...record,
      [field]: current.map((item) =>
        typeof item === 'number' ? value : { ...(item as object), at: value },
      ),
    };
  return { ...record, [field]: value };
}

describe('stored times stay within the range of Date', () => {
  for (const [label, parse, valid, fields] of records) {
    it(`accepts a ${label} with ordinary times`, () => {
      expect(parse(valid)).toBeDefined();
    });
    for (const field of fields)
      for (const value of beyondDates)
        it(`refuses a ${label} whose ${field} is ${value}`, () => {
          expect(parse(withTime(valid, field, value))).toBeUndefined();
        });
  }
});
