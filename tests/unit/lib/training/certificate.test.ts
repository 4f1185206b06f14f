import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  certificateStatus,
  cleanName,
  nameMaxLength,
} from '../../../../src/lib/training/certificate';
import { plan } from './fixtures';

const check = (module: string, percent: number, at: number, passMark = 80) => ({
  module,
  at,
  percent,
  passMark,
  asked: 10,
});

describe('certificateStatus', () => {
  it('lists every module whose check is not passed, in path order', () => {
    const status = certificateStatus(plan, [check('m2', 90, 5), check('m1', 70, 6)]);
    expect(status.ready).toBe(false);
    expect(status.missing.map((m) => m.id)).toEqual(['m1']);
    expect(status.rows[0]).toMatchObject({ best: 70, passed: false });
    expect(status.completedAt).toBeUndefined();
  });

  it('is ready once every check is passed, dated by the last first pass, with best scores', () => {
    const status = certificateStatus(plan, [
      check('m1', 80, 10),
      check('m1', 100, 30),
      check('m2', 75, 20, 70),
    ]);
    expect(status).toMatchObject({ ready: true, missing: [], completedAt: 20, average: 88 });
    expect(status.rows.map((r) => [r.module.id, r.best, r.passedAt])).toEqual([
      ['m1', 100, 10],
      ['m2', 75, 20],
    ]);
  });

  it('is never ready for an empty path', () => {
    expect(certificateStatus({ modules: [], questions: [] }, []).ready).toBe(false);
  });
});

describe('cleanName', () => {
  it('trims, collapses spaces and removes control characters', () => {
    expect(cleanName('  张\u0000三 \n\t 丰\u200b ')).toBe('张 三 丰');
  });

  it('keeps markup as plain characters (pages set it as text)', () => {
    expect(cleanName('<b>李四</b>')).toBe('<b>李四</b>');
  });

  it('never exceeds the maximum length and is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (raw) => {
        const name = cleanName(raw);
        expect([...name].length).toBeLessThanOrEqual(nameMaxLength);
        expect(cleanName(name)).toBe(name);
        expect(name).toBe(name.trim());
      }),
    );
  });
});
