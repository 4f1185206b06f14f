import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../support/load-content';

const coverage = readFileSync('docs/coverage.md', 'utf8');
const ids = new Set(loadContent().map((entry) => entry.id));

describe('docs/coverage.md', () => {
  it('maps only to pages that exist', () => {
    const rows = coverage
      .split('\n')
      .filter((line) => line.startsWith('|') && !line.startsWith('|---'));
    const mapped = rows.flatMap((row) =>
      [...(row.split('|')[2] ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1] ?? ''),
    );
    expect(mapped.length).toBeGreaterThan(50);
    expect(mapped.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has a section for every source document', () => {
    // The five documents of ../shared/source, by their number.
    const sources = ['000', '001', '002', '003', '004'];
    expect(sources.filter((n) => !coverage.includes(`## ${n} `))).toEqual([]);
  });

  it('gives every row at least one page', () => {
    const empty = coverage
      .split('\n')
      .filter(
        // Table rows, not the header or the |---|---| line under it (however it is padded).
        (line) =>
          line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line) && !line.includes('来源段落'),
      )
      .filter((line) => !/`[a-z0-9-]+`/.test(line.split('|')[2] ?? ''));
    expect(empty).toEqual([]);
  });
});
