import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanTestStorage();
  vi.resetModules();
});

const load = () => import('../../../src/stores/assignment-attempts');
const who = { name: '张三', employeeId: 'A001' };

describe('$assignmentAttempts', () => {
  it('numbers attempts per assignment and stores them in a versioned envelope', async () => {
    const store = await load();
    store.$assignmentAttempts.listen(() => {});
    expect(store.startAssignmentAttempt('0000aaaa', who, 1000)).toBe(1);
    expect(store.startAssignmentAttempt('0000bbbb', who, 2000)).toBe(1);
    expect(store.startAssignmentAttempt('0000aaaa', who, 3000)).toBe(2);
    expect(store.attemptsAt('0000aaaa').map((a) => a.attempt)).toEqual([1, 2]);
    const stored = JSON.parse(getTestStorage()['cp:assignment-attempts'] ?? '');
    expect(stored.v).toBe(1);
    expect(stored.items).toHaveLength(3);
  });

  it('keeps the result code of a finished attempt', async () => {
    const store = await load();
    store.$assignmentAttempts.listen(() => {});
    store.startAssignmentAttempt('0000aaaa', who, 1000);
    store.startAssignmentAttempt('0000aaaa', who, 2000);
    store.finishAssignmentAttempt('0000aaaa', 2, 'CPR1.xyz');
    expect(store.attemptsAt('0000aaaa').map((a) => a.code)).toEqual([undefined, 'CPR1.xyz']);
  });

  it('sets aside unreadable records and keeps counting after the valid ones', async () => {
    setTestStorageKey(
      'cp:assignment-attempts',
      JSON.stringify({
        v: 1,
        items: [
          { assignment: '0000aaaa', attempt: 1, startedAt: 1, name: '张三', employeeId: 'A001' },
          { assignment: 'nope' },
        ],
      }),
    );
    const store = await load();
    const { $storageNotices } = await import('../../../src/stores/persisted');
    expect(store.attemptsAt('0000aaaa')).toHaveLength(1);
    expect($storageNotices.get()).toEqual([
      { key: 'cp:assignment-attempts', problem: 'partial', count: 1 },
    ]);
    store.$assignmentAttempts.listen(() => {});
    expect(store.startAssignmentAttempt('0000aaaa', who, 5)).toBe(2);
  });
});
