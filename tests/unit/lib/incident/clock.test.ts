import { describe, expect, it } from 'vitest';
import { clockFormat, formatElapsed, reminderState } from '../../../../src/lib/incident/clock';

describe('formatElapsed', () => {
  it('shows minutes and seconds under an hour, hours past it', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(249_999)).toBe('04:09');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5_000)).toBe('00:00');
  });
});

describe('reminderState', () => {
  const openedAt = 1_000_000;
  it('is due every N minutes counted from the last update', () => {
    expect(reminderState({ openedAt, updates: [] }, 15, openedAt + 14 * 60_000)).toEqual({
      dueAt: openedAt + 15 * 60_000,
      due: false,
      minutesSince: 14,
    });
    expect(reminderState({ openedAt, updates: [] }, 15, openedAt + 15 * 60_000)?.due).toBe(true);
    const updated = reminderState(
      { openedAt, updates: [openedAt + 16 * 60_000] },
      15,
      openedAt + 20 * 60_000,
    );
    expect(updated).toEqual({ dueAt: openedAt + 31 * 60_000, due: false, minutesSince: 4 });
  });

  it('is off when the interval is 0', () => {
    expect(reminderState({ openedAt, updates: [] }, 0, openedAt + 99 * 60_000)).toBeUndefined();
  });
});

describe('clockFormat', () => {
  const shanghai = clockFormat('Asia/Shanghai');
  // 2025-03-01 14:05 in Shanghai (UTC+8).
  const at = Date.UTC(2025, 2, 1, 6, 5);
  it('writes dates and times in the given zone, 24-hour', () => {
    expect(shanghai.date(at)).toBe('2025-03-01');
    expect(shanghai.time(at)).toBe('14:05');
    expect(shanghai.dateTime(Date.UTC(2025, 2, 1, 16, 30))).toBe('2025-03-02 00:30');
  });

  it('adds the date only when the day differs from the incident day', () => {
    expect(shanghai.timeOn(at + 60_000, at)).toBe('14:06');
    expect(shanghai.timeOn(at + 24 * 3_600_000, at)).toBe('03-02 14:05');
  });
});
