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

const valid = {
  drill: 'drill-double-sold',
  at: 1_700_000_000_000,
  choices: [0, 0, 0, 0],
  ending: 'end-good',
  percent: 100,
  standards: { timeliness: 100, effectiveness: null },
  seconds: 95,
};

async function load() {
  return {
    attempts: await import('../../../src/stores/attempts'),
    persisted: await import('../../../src/stores/persisted'),
  };
}

describe('$attempts', () => {
  it('stores an attempt in a versioned envelope', async () => {
    const { attempts } = await load();
    attempts.$attempts.listen(() => {});
    attempts.recordAttempt(valid);
    expect(JSON.parse(getTestStorage()['cp:attempts'] ?? '')).toEqual({ v: 1, items: [valid] });
    expect(attempts.$bestScores.get()).toEqual({ 'drill-double-sold': 100 });
  });

  it('keeps the valid attempts of a partly corrupted value and says so', async () => {
    setTestStorageKey(
      'cp:attempts',
      JSON.stringify({ v: 1, items: [valid, { drill: 'x', percent: 900 }] }),
    );
    const { attempts, persisted } = await load();
    expect(attempts.$attempts.get()).toEqual([valid]);
    expect(persisted.$storageNotices.get()).toEqual([
      { key: 'cp:attempts', problem: 'partial', count: 1 },
    ]);
  });

  it('starts empty on a value that is not JSON, without throwing', async () => {
    setTestStorageKey('cp:attempts', 'not json');
    const { attempts, persisted } = await load();
    expect(attempts.$attempts.get()).toEqual([]);
    expect(persisted.$storageNotices.get()[0]?.problem).toBe('corrupt');
  });

  it('takes the best score per drill', async () => {
    setTestStorageKey(
      'cp:attempts',
      JSON.stringify({
        v: 1,
        items: [valid, { ...valid, percent: 40 }, { ...valid, drill: 'other', percent: 55 }],
      }),
    );
    const { attempts } = await load();
    expect(attempts.$bestScores.get()).toEqual({ 'drill-double-sold': 100, other: 55 });
  });
});
