import { describe, expect, it } from 'vitest';
import {
  decodeCollection,
  decodeEnvelope,
  encodeCollection,
  type CollectionFormat,
} from '../../../../src/lib/storage/versioned';

interface Item {
  id: string;
  score: number;
}

const format: CollectionFormat<Item> = {
  version: 2,
  parseItem: (raw) => {
    const item = raw as Item;
    return typeof item?.id === 'string' && typeof item.score === 'number' ? item : undefined;
  },
  // Version 1 stored the score as `points`.
  migrations: {
    1: (item) => ({ id: (item as { id: string }).id, score: (item as { points: number }).points }),
  },
};

describe('decodeCollection', () => {
  it('round-trips what encodeCollection wrote', () => {
    const items = [{ id: 'a', score: 1 }];
    expect(decodeCollection(encodeCollection(items, format), format)).toEqual({
      items,
      setAside: [],
    });
  });

  it('starts empty when nothing is stored', () => {
    expect(decodeCollection(null, format)).toEqual({ items: [], setAside: [] });
  });

  it('sets aside text that is not JSON, keeping it whole', () => {
    expect(decodeCollection('{oops', format)).toEqual({
      items: [],
      setAside: ['{oops'],
      problem: 'corrupt',
    });
  });

  it('sets aside a value of another shape', () => {
    expect(decodeCollection('[1,2]', format)).toMatchObject({
      items: [],
      setAside: [[1, 2]],
      problem: 'foreign',
    });
  });

  it('keeps the valid items and sets aside the invalid ones', () => {
    const raw = JSON.stringify({
      v: 2,
      items: [{ id: 'a', score: 1 }, { id: 3 }, { id: 'b', score: 2 }],
    });
    expect(decodeCollection(raw, format)).toEqual({
      items: [
        { id: 'a', score: 1 },
        { id: 'b', score: 2 },
      ],
      setAside: [{ id: 3 }],
      problem: 'partial',
    });
  });

  it('migrates items stored by an older version', () => {
    const raw = JSON.stringify({ v: 1, items: [{ id: 'a', points: 7 }] });
    expect(decodeCollection(raw, format)).toEqual({
      items: [{ id: 'a', score: 7 }],
      setAside: [],
      migratedFrom: 1,
    });
  });

  it('reports data from a newer version and keeps what it can read', () => {
    const raw = JSON.stringify({
      v: 9,
      items: [
        { id: 'a', score: 1 },
        { id: 'b', future: true },
      ],
    });
    expect(decodeCollection(raw, format)).toMatchObject({
      items: [{ id: 'a', score: 1 }],
      setAside: [{ id: 'b', future: true }],
      problem: 'newer',
    });
  });

  it('reads an already parsed envelope the same way (sections of an exported file)', () => {
    expect(decodeEnvelope({ v: 1, items: [{ id: 'a', points: 2 }, 'x'] }, format)).toEqual({
      items: [{ id: 'a', score: 2 }],
      setAside: ['x'],
      problem: 'partial',
      migratedFrom: 1,
    });
    expect(decodeEnvelope('a list', format)).toEqual({
      items: [],
      setAside: ['a list'],
      problem: 'foreign',
    });
  });
});
