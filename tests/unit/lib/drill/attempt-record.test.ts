import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAttempt } from '../../../../src/lib/drill/attempt-record';

const valid = {
  drill: 'drill-double-sold',
  at: 1_700_000_000_000,
  choices: [0, 2, 1],
  ending: 'end-good',
  percent: 56,
  standards: { timeliness: 80, continuity: null },
  seconds: 95,
};

describe('parseAttempt', () => {
  it('accepts a stored attempt and keeps its fields', () => {
    expect(parseAttempt(valid)).toEqual(valid);
    const { ending: _ending, ...timedOut } = valid;
    expect(parseAttempt(timedOut)).toEqual(timedOut);
  });

  it('drops standards it does not know, keeps the rest', () => {
    expect(parseAttempt({ ...valid, standards: { timeliness: 80, speed: 5 } })?.standards).toEqual({
      timeliness: 80,
    });
  });

  it.each([
    ['a missing drill', { ...valid, drill: '' }],
    ['a percent above 100', { ...valid, percent: 900 }],
    ['a negative choice', { ...valid, choices: [0, -1] }],
    ['a fractional choice', { ...valid, choices: [0.5] }],
    ['a standard out of range', { ...valid, standards: { timeliness: 101 } }],
    ['standards as a list', { ...valid, standards: [80] }],
    ['an ending that is not text', { ...valid, ending: 3 }],
    ['negative seconds', { ...valid, seconds: -1 }],
    ['no time', { ...valid, at: Number.NaN }],
  ])('rejects %s', (_label, raw) => {
    expect(parseAttempt(raw)).toBeUndefined();
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(() => parseAttempt(raw)).not.toThrow();
      }),
    );
  });
});
