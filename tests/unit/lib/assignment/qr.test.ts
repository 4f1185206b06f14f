import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrDataUrl, qrSvg } from '../../../../src/lib/assignment/qr';

/** Paints the SVG's path back into a grid of modules. */
function modulesOf(svg: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const d = /<path fill="#000" d="([^"]*)"/.exec(svg)?.[1] ?? '';
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) {
      const row = grid[Number(y)];
      if (row) row[Number(x) + i] = true;
    }
  }
  return grid;
}

describe('qrSvg', () => {
  it('draws exactly uqr’s modules, with a 4-module light quiet zone', () => {
    const text = 'CPR1.AbC-_xyz0123456789';
    const { data, size } = encode(text, { ecc: 'M', border: 0 });
    const svg = qrSvg(text);
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    const grid = modulesOf(svg, size + 8);
    const inner = grid.slice(4, 4 + size).map((row) => row.slice(4, 4 + size));
    expect(inner).toEqual(data);
    expect(grid.slice(0, 4).flat().some(Boolean)).toBe(false);
  });

  it('is a data: URL an <img> can show', () => {
    expect(qrDataUrl('hello')).toMatch(/^data:image\/svg\+xml,%3Csvg/);
  });
});
