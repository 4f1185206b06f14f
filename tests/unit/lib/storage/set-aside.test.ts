import { describe, expect, it } from 'vitest';
import {
  addSetAside,
  setAsideChars,
  setAsideCount,
  setAsideEntries,
} from '../../../../src/lib/storage/set-aside';

describe('addSetAside', () => {
  it('keeps each unreadable value once, however often it is read again', () => {
    let slot = addSetAside(undefined, [{ bad: 1 }], 1);
    expect(addSetAside(slot, [{ bad: 1 }], 2)).toBeUndefined();
    slot = addSetAside(slot, [{ bad: 1 }, 'new'], 3);
    expect(JSON.parse(slot ?? '')).toEqual([
      { at: 1, values: [{ bad: 1 }] },
      { at: 3, values: ['new'] },
    ]);
    expect(setAsideCount(slot)).toBe(2);
  });

  it('stays bounded in batches and size, dropping the oldest first', () => {
    let slot: string | undefined;
    for (let i = 0; i < setAsideEntries + 5; i++) slot = addSetAside(slot, [i], i);
    const entries = JSON.parse(slot ?? '') as { at: number }[];
    expect(entries).toHaveLength(setAsideEntries);
    expect(entries[0]?.at).toBe(5);

    const big = 'x'.repeat(setAsideChars / 2);
    slot = addSetAside(undefined, [`${big}1`], 1);
    slot = addSetAside(slot, [`${big}2`], 2);
    slot = addSetAside(slot, [`${big}3`], 3);
    expect((slot ?? '').length).toBeLessThanOrEqual(setAsideChars);
    expect(slot).toContain(`${big}3`);
  });

  it('keeps the newest batch even when it alone is over the size bound', () => {
    const huge = 'x'.repeat(setAsideChars + 10);
    expect(setAsideCount(addSetAside(addSetAside(undefined, ['small'], 1), [huge], 2))).toBe(1);
  });

  it('replaces a slot that is not a list of batches', () => {
    expect(JSON.parse(addSetAside('{oops', ['v'], 1) ?? '')).toEqual([{ at: 1, values: ['v'] }]);
  });
});
