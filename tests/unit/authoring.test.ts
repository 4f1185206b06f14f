import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkDrillGraph } from '../../src/lib/content/check-drill';
import { drillSchema } from '../../src/schemas/drill';

const guide = readFileSync('AUTHORING.md', 'utf8');
const blocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('AUTHORING.md', () => {
  it('has a complete drill example that is valid and well-formed', () => {
    const example = load(blocks[0] ?? '');
    const parsed = drillSchema.safeParse(example);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(checkDrillGraph('AUTHORING.md', parsed.data!)).toEqual([]);
    expect(parsed.data!.nodes.length).toBeGreaterThanOrEqual(4);
    expect(parsed.data!.endings.length).toBeGreaterThanOrEqual(3);
  });

  it('shows the drill that is actually on the site', () => {
    expect(blocks[0]?.trim()).toBe(
      readFileSync('src/content/drills/drill-double-sold.yaml', 'utf8').trim(),
    );
  });
});
