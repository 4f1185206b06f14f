import { describe, expect, it } from 'vitest';
import {
  libraryPlan,
  maySaveLibraryUnasked,
  megabytes,
  staleEntries,
} from '../../../../src/lib/offline/library';

describe('maySaveLibraryUnasked', () => {
  it('saves on Wi-Fi and Ethernet', () => {
    expect(maySaveLibraryUnasked({ type: 'wifi' })).toBe(true);
    expect(maySaveLibraryUnasked({ type: 'ethernet', mobile: true })).toBe(true);
  });

  it('never saves on mobile data or with a data saver on, even on Wi-Fi', () => {
    expect(maySaveLibraryUnasked({ type: 'cellular', mobile: false })).toBe(false);
    expect(maySaveLibraryUnasked({ type: 'bluetooth' })).toBe(false);
    expect(maySaveLibraryUnasked({ type: 'wifi', saveData: true })).toBe(false);
    expect(maySaveLibraryUnasked({ saveData: true, mobile: false })).toBe(false);
  });

  it('where the browser does not say, saves only on a browser that says it is a desktop one', () => {
    expect(maySaveLibraryUnasked({ mobile: false })).toBe(true);
    expect(maySaveLibraryUnasked({ type: 'unknown', mobile: false })).toBe(true);
    expect(maySaveLibraryUnasked({ mobile: true })).toBe(false);
    // Safari and Firefox say nothing at all: treated as a phone on mobile data.
    expect(maySaveLibraryUnasked({})).toBe(false);
  });
});

describe('libraryPlan', () => {
  const list = {
    files: {
      '/a/': ['r1', 1000],
      '/b/': ['r2', 2000],
      '/c.js': ['r3', 500],
    },
  } as const;

  it('leaves out files saved with their current revision and counts them as done', () => {
    const plan = libraryPlan(
      list,
      new Map([
        ['/a/', 'r1'],
        ['/b/', 'old'],
      ]),
    );
    expect(plan.pending).toEqual(['/b/', '/c.js']);
    expect(plan.progress).toEqual({ done: 1, total: 3, bytesDone: 1000, bytesTotal: 3500 });
  });

  it('plans everything when nothing is saved', () => {
    expect(libraryPlan(list, new Map()).pending).toEqual(['/a/', '/b/', '/c.js']);
  });

  it('names saved files that the library no longer lists', () => {
    expect(staleEntries(list, ['/a/', '/gone/', '/c.js', '/old.123.js'])).toEqual([
      '/gone/',
      '/old.123.js',
    ]);
  });
});

describe('megabytes', () => {
  it('rounds to one decimal and never shows a small download as 0.0', () => {
    expect(megabytes(3.44 * 1024 * 1024)).toBe('3.4');
    expect(megabytes(20_000)).toBe('0.1');
    expect(megabytes(0)).toBe('0');
  });
});
