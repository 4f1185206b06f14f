import { describe, expect, it } from 'vitest';
import {
  guardStorage,
  problemOf,
  type WriteProblem,
} from '../../../../src/lib/storage/guarded-storage';
import { quotaStorage } from './quota-storage';

function setup(quota: number, ready?: (key: string) => WriteProblem | undefined) {
  const backing = quotaStorage(quota);
  const changes: [string, WriteProblem | undefined][] = [];
  const guard = guardStorage(backing, {
    onChange: (key, problem) => changes.push([key, problem]),
    ready,
  });
  return { backing, guard, changes };
}

describe('guarded storage', () => {
  it('writes through, and reports each write as saved', () => {
    const { backing, guard, changes } = setup(100);
    guard.engine.a = 'one';
    expect(backing.data.get('a')).toBe('one');
    expect(guard.engine.a).toBe('one');
    expect('a' in guard.engine).toBe(true);
    expect('b' in guard.engine).toBe(false);
    expect(changes).toEqual([['a', undefined]]);
  });

  it('keeps a value the quota refuses in memory, reports it full, and never throws', () => {
    const { backing, guard, changes } = setup(10);
    guard.engine.a = 'old';
    expect(() => {
      guard.engine.a = 'x'.repeat(50);
    }).not.toThrow();
    expect(backing.data.get('a')).toBe('old');
    // Reads see what this page holds, so a restored store does not fall back to the old value.
    expect(guard.engine.a).toBe('x'.repeat(50));
    expect(changes.at(-1)).toEqual(['a', 'full']);
    expect(guard.unsaved()).toEqual(new Map([['a', 'full']]));
  });

  it('writes held values again on retry once space is freed', () => {
    const { backing, guard, changes } = setup(20);
    guard.engine.filler = 'x'.repeat(10);
    guard.engine.a = 'y'.repeat(10);
    expect(guard.unsaved().has('a')).toBe(true);
    guard.retry();
    expect(guard.unsaved().has('a')).toBe(true);
    backing.removeItem('filler');
    guard.retry();
    expect(backing.data.get('a')).toBe('y'.repeat(10));
    expect(guard.unsaved().size).toBe(0);
    expect(changes.at(-1)).toEqual(['a', undefined]);
  });

  it('writes held values first when another key is saved', () => {
    const { backing, guard } = setup(20);
    guard.engine.filler = 'x'.repeat(10);
    guard.engine.a = 'y'.repeat(10);
    backing.removeItem('filler');
    guard.engine.b = 'z';
    expect(backing.data.get('a')).toBe('y'.repeat(10));
    expect(backing.data.get('b')).toBe('z');
  });

  it('reports blocked storage as unavailable', () => {
    const changes: [string, WriteProblem | undefined][] = [];
    const guard = guardStorage(undefined, {
      onChange: (key, problem) => changes.push([key, problem]),
    });
    guard.engine.a = 'one';
    expect(guard.engine.a).toBe('one');
    expect(changes).toEqual([['a', 'unavailable']]);
    expect(guard.read('a')).toBeUndefined();
  });

  it('holds a key whose gate says so, however much space there is', () => {
    const { backing, guard } = setup(1000, (key) => (key === 'kept' ? 'newer' : undefined));
    backing.setItem('kept', 'from a newer version');
    guard.engine.kept = 'mine';
    guard.retry();
    expect(backing.data.get('kept')).toBe('from a newer version');
    expect(guard.unsaved().get('kept')).toBe('newer');
  });

  it('tells a full quota from blocked storage across browsers', () => {
    expect(problemOf(new DOMException('x', 'QuotaExceededError'))).toBe('full');
    expect(problemOf({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('full');
    expect(problemOf({ code: 22 })).toBe('full');
    expect(problemOf(new DOMException('x', 'SecurityError'))).toBe('unavailable');
    expect(problemOf(undefined)).toBe('unavailable');
  });
});
