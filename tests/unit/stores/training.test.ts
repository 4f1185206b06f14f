import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TrainingPlan } from '../../../src/lib/training/plan';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanTestStorage();
  vi.resetModules();
});

async function load() {
  return {
    training: await import('../../../src/stores/training'),
    review: await import('../../../src/stores/review'),
    transfer: await import('../../../src/stores/training-transfer'),
    attempts: await import('../../../src/stores/attempts'),
    persisted: await import('../../../src/stores/persisted'),
  };
}

const plan: TrainingPlan = {
  modules: [
    {
      id: 'm1',
      title: '模块一',
      href: '/training/m1/',
      checkHref: '/training/m1/check/',
      passMark: 80,
      lessons: [{ entry: 'a', title: 'A', href: '/procedures/a/' }],
      drills: [],
    },
  ],
  questions: ['q1', 'q2'],
};

const stored = (key: string) => JSON.parse(getTestStorage()[key] ?? 'null');

describe('training stores', () => {
  it('stores lesson marks in a versioned envelope, one per entry', async () => {
    const { training } = await load();
    training.setLessonRead('a', true, 100);
    training.setLessonRead('a', false, 200);
    training.setLessonRead('b', true, 300);
    expect(stored('cp:lessons')).toEqual({
      v: 1,
      items: [
        { entry: 'a', read: false, at: 200 },
        { entry: 'b', read: true, at: 300 },
      ],
    });
  });

  it('makes a new mark newer than the one it replaces, even one from a clock that runs ahead', async () => {
    setTestStorageKey(
      'cp:lessons',
      JSON.stringify({ v: 1, items: [{ entry: 'a', read: true, at: 5_000 }] }),
    );
    const { training } = await load();
    training.setLessonRead('a', false, 1_000);
    expect(training.$lessonMarks.get()).toEqual([{ entry: 'a', read: false, at: 5_001 }]);
  });

  it('turns checks and marks into path progress that follows the stores', async () => {
    const { training } = await load();
    const progress = training.pathProgress(plan);
    const seen: number[] = [];
    const stop = progress.subscribe((p) => seen.push(p.stepsDone));
    training.setLessonRead('a', true);
    training.recordCheck('m1', { percent: 90, questions: ['q1', 'q2'] }, 80);
    stop();
    expect(seen).toEqual([0, 1, 2]);
    expect(stored('cp:checks').items[0]).toMatchObject({
      module: 'm1',
      percent: 90,
      passMark: 80,
      asked: 2,
    });
    expect(training.certificate(plan).get().ready).toBe(true);
  });

  it('keeps the learner name as cleaned plain text', async () => {
    const { training } = await load();
    expect(training.setLearnerName('  <i>王五</i>\u0000 ', 7)).toEqual({
      name: '<i>王五</i>',
      saved: true,
    });
    expect(training.$learnerName.get()).toEqual([{ name: '<i>王五</i>', at: 7 }]);
  });

  it('queues missed questions and reschedules them after a review round', async () => {
    const { review } = await load();
    expect(
      review.queueMissedQuestions({ questions: ['q1', 'q2'], scores: [1, 0] }, 'module:m1', 1_000),
    ).toEqual({ missed: 1, saved: true });
    const [card] = review.$reviewQueue.get();
    expect(card).toMatchObject({ question: 'q2', source: 'module:m1', reps: 1 });
    review.recordReviewRound({ questions: ['q2'], scores: [1] }, 2_000);
    expect(review.$reviewQueue.get()[0]).toMatchObject({ question: 'q2', reps: 2, updated: 2_000 });
    expect(stored('cp:review').v).toBe(1);
  });
});

describe('export and import', () => {
  it('brings everything to a fresh device and changes nothing the second time', async () => {
    let text: string;
    {
      const { training, review, transfer, attempts } = await load();
      training.setLessonRead('a', true, 10);
      training.recordCheck('m1', { percent: 50, questions: ['q1'] }, 80, 20);
      review.queueMissedQuestions({ questions: ['q1'], scores: [0] }, 'module:m1', 20);
      attempts.recordAttempt({
        drill: 'd1',
        at: 30,
        choices: [0],
        ending: 'end',
        percent: 70,
        standards: {},
        seconds: 9,
      });
      training.setLearnerName('张三', 40);
      text = transfer.exportTrainingRecords(50);
    }
    cleanTestStorage();
    vi.resetModules();
    const { training, review, transfer, attempts } = await load();
    expect(training.$lessonMarks.get()).toEqual([]);
    const outcome = transfer.importTrainingRecords(text);
    expect(outcome).toEqual({
      ok: true,
      message:
        '导入完成：新增或更新了课程阅读 1 条、知识检查成绩 1 条、演练记录 1 条、复习题 1 条、证书姓名 1 条。',
    });
    expect(training.$lessonMarks.get()).toEqual([{ entry: 'a', read: true, at: 10 }]);
    expect(attempts.$attempts.get()).toHaveLength(1);
    expect(review.$reviewQueue.get()[0]?.question).toBe('q1');
    expect(training.$learnerName.get()[0]?.name).toBe('张三');
    expect(stored('cp:checks').items).toHaveLength(1);
    expect(transfer.importTrainingRecords(text).message).toBe(
      '导入完成：文件里的记录这台设备都已经有了，进度没有变化。',
    );
  });

  it('changes nothing when the file is refused', async () => {
    const { training, transfer } = await load();
    training.setLessonRead('a', true, 10);
    const before = getTestStorage()['cp:lessons'];
    expect(transfer.importTrainingRecords('not json')).toEqual({
      ok: false,
      message: expect.stringContaining('不是完整的 JSON'),
    });
    expect(getTestStorage()['cp:lessons']).toBe(before);
  });
});

describe('persistent storage for training progress', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the browser once, after progress is first saved, and not for incident records', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    vi.stubGlobal('navigator', { storage });
    const incidents = await import('../../../src/stores/incidents');
    incidents.$incidents.set([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(storage.persisted).not.toHaveBeenCalled();

    const { training } = await load();
    const durability = await import('../../../src/stores/durability');
    expect(durability.$durability.get()).toBe('unknown');
    training.setLessonRead('a', true, 100);
    training.setLessonRead('b', true, 200);
    await durability.keepDurably();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(durability.$durability.get()).toBe('persisted');
  });

  it('keeps the time of the last export on this device', async () => {
    const durability = await import('../../../src/stores/durability');
    durability.markExported(1234);
    expect(getTestStorage()['cp:last-export']).toBe('1234');
  });
});
