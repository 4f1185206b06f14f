import { describe, expect, it } from 'vitest';
import { mergeRecords, type TrainingRecords } from '../../../../src/lib/training/merge';
import {
  checkResultFormat,
  learnerNameFormat,
  lessonMarkFormat,
  reviewCardFormat,
  type PracticeAttempt,
} from '../../../../src/lib/training/records';
import { queueMisses } from '../../../../src/lib/training/review-schedule';
import {
  buildExport,
  exportFileName,
  exportKind,
  readExport,
  type TransferFormats,
} from '../../../../src/lib/training/transfer';
import { importProblemText, importReportText } from '../../../../src/lib/training/transfer-text';
import type { CollectionFormat } from '../../../../src/lib/storage/versioned';
import { run } from './fixtures';

const attemptFormat: CollectionFormat<PracticeAttempt> = {
  version: 1,
  parseItem: (raw) => {
    const a = raw as PracticeAttempt;
    return typeof a?.drill === 'string' && typeof a.at === 'number' && Array.isArray(a.choices)
      ? a
      : undefined;
  },
};
const formats: TransferFormats<PracticeAttempt> = {
  lessons: lessonMarkFormat,
  checks: checkResultFormat,
  attempts: attemptFormat,
  review: reviewCardFormat,
  learner: learnerNameFormat,
};
const now = Date.UTC(2025, 2, 3, 8);

const records: TrainingRecords = {
  lessons: [{ entry: 'a', read: true, at: 1 }],
  checks: [{ module: 'm1', at: 2, percent: 90, passMark: 80, asked: 10 }],
  attempts: [run('d1', 3)],
  review: queueMisses([], { questions: ['q1'], scores: [0] }, now, 'module:m1'),
  learner: [{ name: '张三', at: 4 }],
};

function file(sections: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ kind: exportKind, version: 1, sections, ...extra });
}

describe('buildExport and readExport', () => {
  it('round-trips every section', () => {
    const text = buildExport(records, formats, now);
    const read = readExport(text, formats);
    expect(read).toEqual({
      ok: true,
      records,
      skipped: { lessons: 0, checks: 0, attempts: 0, review: 0, learner: 0 },
      newer: false,
      exportedAt: now,
    });
  });

  it('refuses what is not an export, saying why', () => {
    expect(readExport('', formats)).toEqual({ ok: false, problem: 'empty' });
    expect(readExport('  \n', formats)).toEqual({ ok: false, problem: 'empty' });
    expect(readExport('{"kind":', formats)).toEqual({ ok: false, problem: 'not-json' });
    expect(readExport('[1,2]', formats)).toEqual({ ok: false, problem: 'not-ours' });
    expect(
      readExport(JSON.stringify({ kind: 'other', version: 1, sections: {} }), formats),
    ).toEqual({ ok: false, problem: 'not-ours' });
    expect(readExport(JSON.stringify({ kind: exportKind, sections: {} }), formats)).toEqual({
      ok: false,
      problem: 'not-ours',
    });
    expect(
      readExport(JSON.stringify({ kind: exportKind, version: 1, sections: [] }), formats),
    ).toEqual({ ok: false, problem: 'not-ours' });
    expect(readExport(' '.repeat(5 * 1024 * 1024) + '{}', formats)).toEqual({
      ok: false,
      problem: 'too-large',
    });
  });

  it('keeps every valid record of a partly broken file and counts the rest', () => {
    const text = file({
      lessons: {
        v: 1,
        items: [{ entry: 'a', read: true, at: 1 }, { entry: '', read: true, at: 1 }, '<script>'],
      },
      checks: { v: 1, items: [{ module: 'm1', at: 2, percent: 101, passMark: 80, asked: 10 }] },
      attempts: 'nonsense',
      learner: { v: 1, items: [{ name: 'x'.repeat(500), at: 1 }] },
    });
    const read = readExport(text, formats);
    expect(read.ok && read.records.lessons).toEqual([{ entry: 'a', read: true, at: 1 }]);
    expect(read.ok && read.skipped).toEqual({
      lessons: 2,
      checks: 1,
      attempts: 1,
      review: 0,
      learner: 1,
    });
  });

  it('reads what it can of a file from a newer version and says so', () => {
    const text = file(
      {
        lessons: {
          v: 9,
          items: [
            { entry: 'a', read: true, at: 1 },
            { entry: 'b', future: true },
          ],
        },
      },
      { version: 2 },
    );
    const read = readExport(text, formats);
    expect(read).toMatchObject({ ok: true, newer: true, skipped: { lessons: 1 } });
    expect(read.ok && read.records.lessons).toEqual([{ entry: 'a', read: true, at: 1 }]);
  });

  it('migrates a section written in an older version with the store format', () => {
    const migrating: TransferFormats<PracticeAttempt> = {
      ...formats,
      lessons: {
        ...lessonMarkFormat,
        version: 2,
        migrations: { 1: (item) => ({ ...(item as object), read: true }) },
      },
    };
    const read = readExport(file({ lessons: { v: 1, items: [{ entry: 'a', at: 7 }] } }), migrating);
    expect(read.ok && read.records.lessons).toEqual([{ entry: 'a', read: true, at: 7 }]);
  });

  it('names the file after the local date', () => {
    expect(exportFileName(new Date(2025, 0, 9, 23, 30).getTime())).toBe('培训记录-2025-01-09.json');
  });
});

describe('import messages', () => {
  it('explains each refused file in Chinese', () => {
    expect(importProblemText('not-json')).toContain('不是完整的 JSON');
    expect(importProblemText('not-ours')).toContain('不是本站导出的学习记录');
    expect(importProblemText('empty')).toContain('空的');
    expect(importProblemText('too-large')).toContain('5 MB');
  });

  it('says what was taken, what was older and what was skipped', () => {
    const local: TrainingRecords = {
      ...records,
      lessons: [{ entry: 'a', read: false, at: 10 }],
      attempts: [],
      review: [],
      learner: [],
    };
    const text = file({
      lessons: {
        v: 1,
        items: [{ entry: 'a', read: true, at: 1 }, { entry: 'b', read: true, at: 1 }, { bad: 1 }],
      },
      checks: { v: 1, items: records.checks },
      attempts: { v: 1, items: records.attempts },
    });
    const read = readExport(text, formats);
    if (!read.ok) throw new Error('unreadable');
    const { report } = mergeRecords(local, read.records);
    expect(importReportText(read, report)).toBe(
      '导入完成：新增或更新了课程阅读 1 条、演练记录 1 条。1 条记录比这台设备上的旧，保留了本机较新的进度。1 条记录格式不对，已跳过；其余能读取的记录都已导入。',
    );
  });

  it('says so when nothing in the file was new, or nothing was readable', () => {
    const read = readExport(buildExport(records, formats, now), formats);
    if (!read.ok) throw new Error('unreadable');
    expect(importReportText(read, mergeRecords(records, read.records).report)).toBe(
      '导入完成：文件里的记录这台设备都已经有了，进度没有变化。',
    );
    const junk = readExport(file({ lessons: { v: 1, items: [1, 2] } }), formats);
    if (!junk.ok) throw new Error('unreadable');
    expect(importReportText(junk, mergeRecords(records, junk.records).report)).toBe(
      '这个文件里没有能读取的学习记录，这台设备的进度没有改动。2 条记录格式不对，已跳过；其余能读取的记录都已导入。',
    );
  });
});
