import { describe, expect, it } from 'vitest';
import { checkDrillGraph, type DrillGraph } from '../../../../src/lib/content/check-drill';

const base = (nodes: DrillGraph['nodes'], start = 50): DrillGraph => ({
  start: 'n1',
  meter: { start },
  nodes,
  endings: [{ id: 'good' }, { id: 'bad' }],
});

describe('drill graph check with meter branches', () => {
  it('accepts a branch that some play really takes', () => {
    const drill = base([
      {
        id: 'n1',
        choices: [
          { next: 'good', meter: -10 },
          { next: 'good', meter: 40, branches: [{ meterAtLeast: 80, next: 'n2' }] },
        ],
      },
      { id: 'n2', choices: [{ next: 'bad' }] },
    ]);
    expect(checkDrillGraph('d.yaml', drill)).toEqual([]);
  });

  it('names a node only a branch that never fires would reach, and the branch', () => {
    const drill = base([
      {
        id: 'n1',
        choices: [
          { next: 'good', meter: -10 },
          { next: 'bad', meter: 10, branches: [{ meterAtLeast: 80, next: 'n2' }] },
        ],
      },
      { id: 'n2', choices: [{ next: 'good' }] },
    ]);
    const problems = checkDrillGraph('d.yaml', drill);
    expect(problems.map((p) => [p.field, p.value])).toEqual([
      ['nodes[0].choices[1].branches[0]', 'n2'],
      ['nodes[1]', 'n2'],
    ]);
    expect(problems[0]?.message).toContain('仪表只会是 50');
    expect(problems.every((p) => p.file === 'd.yaml')).toBe(true);
  });

  it('finds a dead end reached only at a high meter', () => {
    const drill = base([
      {
        id: 'n1',
        choices: [
          { next: 'n2', meter: -20 },
          { next: 'n2', meter: 40 },
        ],
      },
      { id: 'n2', choices: [{ next: 'good', branches: [{ meterAtLeast: 80, next: 'n3' }] }] },
      { id: 'n3', choices: [{ next: 'n3' }] },
    ]);
    const problems = checkDrillGraph('d.yaml', drill);
    expect(problems.some((p) => p.field === 'nodes[2]' && p.message.includes('循环'))).toBe(true);
  });

  it('names a branch pointing at a missing node with its field path', () => {
    const drill = base([
      {
        id: 'n1',
        choices: [
          { next: 'good', branches: [{ meterAtMost: 20, next: 'nowhere' }] },
          { next: 'bad' },
        ],
      },
    ]);
    expect(checkDrillGraph('d.yaml', drill)).toMatchObject([
      { file: 'd.yaml', field: 'nodes[0].choices[0].branches[0].next', value: 'nowhere' },
    ]);
  });

  it('still finds an unreachable node and an ending nothing leads to', () => {
    const drill = base([
      { id: 'n1', choices: [{ next: 'good' }, { next: 'good' }] },
      { id: 'n9', choices: [{ next: 'bad' }] },
    ]);
    expect(checkDrillGraph('d.yaml', drill).map((p) => p.field)).toEqual([
      'nodes[1]',
      'endings[1]',
    ]);
  });
});
