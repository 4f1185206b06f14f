import { describe, expect, it } from 'vitest';
import {
  hrefOfStep,
  readEntries,
  summarizePath,
  type ProgressRecords,
} from '../../../../src/lib/training/progress';
import { moduleSummaryText, stepText } from '../../../../src/lib/training/progress-text';
import { plan, run } from './fixtures';

const empty: ProgressRecords = { lessons: [], checks: [], attempts: [] };
const read = (entry: string, at = 1, isRead = true) => ({ entry, read: isRead, at });
const check = (module: string, percent: number, at = 10, passMark = 80) => ({
  module,
  at,
  percent,
  passMark,
  asked: 10,
});

describe('readEntries', () => {
  it('takes the latest mark of each entry', () => {
    expect(
      readEntries([read('a', 1), read('a', 2, false), read('b', 3, false), read('b', 4)]),
    ).toEqual(new Set(['b']));
  });

  it('lets "read" win a tie, whatever the order', () => {
    expect(readEntries([read('a', 5), read('a', 5, false)])).toEqual(new Set(['a']));
    expect(readEntries([read('a', 5, false), read('a', 5)])).toEqual(new Set(['a']));
  });
});

describe('summarizePath', () => {
  it('starts every learner at the first lesson of the first module', () => {
    const progress = summarizePath(plan, empty);
    expect(progress).toMatchObject({
      stepsDone: 0,
      stepsTotal: 6 + 4,
      percent: 0,
      modulesDone: 0,
      checksPassed: 0,
    });
    expect(progress.modules.map((m) => m.state)).toEqual(['todo', 'todo']);
    expect(progress.next).toMatchObject({
      kind: 'lesson',
      module: { id: 'm1' },
      lesson: { entry: 'a' },
    });
  });

  it('counts a lesson read in one module in every module that lists it', () => {
    const progress = summarizePath(plan, { ...empty, lessons: [read('shared')] });
    expect(progress.modules.map((m) => m.lessonsRead)).toEqual([1, 1]);
    expect(progress.modules.map((m) => m.state)).toEqual(['doing', 'doing']);
    expect(progress.stepsDone).toBe(2);
  });

  it('goes lessons first, then the check, then the drills', () => {
    const lessons = [read('a'), read('b'), read('shared')];
    expect(summarizePath(plan, { ...empty, lessons }).next).toMatchObject({
      kind: 'check',
      module: { id: 'm1' },
    });
    const passed = { ...empty, lessons, checks: [check('m1', 80)] };
    expect(summarizePath(plan, passed).next).toMatchObject({ kind: 'drill', drill: { id: 'd1' } });
  });

  it('does not count a drill that ran out of time, but remembers its score', () => {
    const progress = summarizePath(plan, {
      ...empty,
      attempts: [run('d1', 1, { timedOut: true, percent: 35 })],
    });
    const d1 = progress.modules[0]?.drills[0];
    expect(d1).toMatchObject({ done: false, best: 35 });
    expect(progress.stepsDone).toBe(0);
    expect(progress.modules[0]?.state).toBe('doing');
  });

  it('marks a module done only when lessons, check and drills are all done, then moves on', () => {
    const records: ProgressRecords = {
      lessons: [read('a'), read('b'), read('shared')],
      checks: [check('m1', 60, 1), check('m1', 90, 2)],
      attempts: [run('d1', 3), run('d-shared', 4)],
    };
    const progress = summarizePath(plan, records);
    expect(progress.modules[0]).toMatchObject({
      state: 'done',
      stepsDone: 6,
      check: { attempts: 2, best: 90, passed: true, passedAt: 2 },
    });
    expect(progress.modules[0]?.next).toBeUndefined();
    expect(progress.modulesDone).toBe(1);
    // m2 already has its shared lesson and shared drill.
    expect(progress.modules[1]).toMatchObject({ state: 'doing', stepsDone: 2 });
    expect(progress.next).toMatchObject({
      kind: 'lesson',
      module: { id: 'm2' },
      lesson: { entry: 'c' },
    });
    expect(progress.stepsDone).toBe(8);
    expect(progress.percent).toBe(80);
  });

  it('judges a check by the pass mark it was taken under', () => {
    // m2's mark is 70 now; a 75 taken when it was 80 did not pass then, and a 72 taken under 70 did.
    expect(
      summarizePath(plan, { ...empty, checks: [check('m2', 75, 1, 80)] }).modules[1]?.check.passed,
    ).toBe(false);
    expect(
      summarizePath(plan, { ...empty, checks: [check('m2', 72, 1, 70)] }).modules[1]?.check.passed,
    ).toBe(true);
  });

  it('reaches 100 percent only when everything is done, and then has no next step', () => {
    const records: ProgressRecords = {
      lessons: ['a', 'b', 'shared', 'c'].map((e) => read(e)),
      checks: [check('m1', 100), check('m2', 100)],
      attempts: [run('d1', 1), run('d-shared', 2)],
    };
    const progress = summarizePath(plan, records);
    expect(progress).toMatchObject({ percent: 100, modulesDone: 2, checksPassed: 2 });
    expect(progress.next).toBeUndefined();
    const almost = summarizePath(plan, { ...records, lessons: records.lessons.slice(0, 3) });
    expect(almost.percent).toBe(90);
  });

  it('ignores records of lessons, modules and drills the content no longer has', () => {
    const records: ProgressRecords = {
      lessons: [read('removed-lesson')],
      checks: [check('removed-module', 100)],
      attempts: [run('removed-drill', 1)],
    };
    expect(summarizePath(plan, records)).toEqual(summarizePath(plan, empty));
  });
});

describe('step links and text', () => {
  it('sends a lesson step to its place on the module page', () => {
    const next = summarizePath(plan, empty).next!;
    expect(hrefOfStep(next)).toBe('/training/m1/#lesson-a');
    expect(stepText(next)).toBe('模块 m1 · 读《课 a》');
  });

  it('sends the check and drill steps to their pages', () => {
    const lessons = [read('a'), read('b'), read('shared')];
    const atCheck = summarizePath(plan, { ...empty, lessons }).next!;
    expect(hrefOfStep(atCheck)).toBe('/training/m1/check/');
    const atDrill = summarizePath(plan, { ...empty, lessons, checks: [check('m1', 100)] }).next!;
    expect(hrefOfStep(atDrill)).toBe('/drills/d1/');
    expect(stepText(atDrill)).toBe('模块 m1 · 演练《演练 d1》');
  });

  it('sums a module up in one line', () => {
    const progress = summarizePath(plan, {
      ...empty,
      lessons: [read('a')],
      checks: [check('m1', 60)],
    });
    expect(moduleSummaryText(progress.modules[0]!)).toBe(
      '课程 1/3 · 知识检查：最好 60 分，未通过（80 分及格） · 演练 0/2',
    );
  });
});
