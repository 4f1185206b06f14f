const pad = (n: number) => String(n).padStart(2, '0');

/** Time since an incident was opened: 04:09, then 1:02:03 past the hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/** Where the reminder to update 上级 stands. */
export interface ReminderState {
  /** When the next update is due (ms since epoch). */
  dueAt: number;
  due: boolean;
  /** Whole minutes since the incident opened or 上级 was last updated. */
  minutesSince: number;
}

/**
 * The reminder to update 上级 every `everyMinutes`, counted from the latest update (or from the
 * opening); undefined when reminders are off.
 */
export function reminderState(
  record: { openedAt: number; updates: readonly number[] },
  everyMinutes: number,
  now: number,
): ReminderState | undefined {
  if (!(everyMinutes > 0)) return undefined;
  const last = Math.max(record.openedAt, ...record.updates);
  const dueAt = last + everyMinutes * 60_000;
  return { dueAt, due: now >= dueAt, minutesSince: Math.max(0, Math.floor((now - last) / 60_000)) };
}

/** Dates and times as staff write them on forms, in one time zone. */
export interface ClockFormat {
  /** 2025-03-01 */
  date(ms: number): string;
  /** 14:05 */
  time(ms: number): string;
  /** 2025-03-01 14:05 */
  dateTime(ms: number): string;
  /** 14:05 on the day of `day`, otherwise 03-02 14:05. */
  timeOn(ms: number, day: number): string;
}

/** A ClockFormat for a time zone (the device's when none is given). */
export function clockFormat(timeZone?: string): ClockFormat {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = (ms: number) => {
    const found: Record<string, string> = {};
    for (const part of format.formatToParts(ms)) found[part.type] = part.value;
    return found;
  };
  const date = (ms: number) => {
    const p = parts(ms);
    return `${p.year}-${p.month}-${p.day}`;
  };
  const time = (ms: number) => {
    const p = parts(ms);
    return `${p.hour}:${p.minute}`;
  };
  return {
    date,
    time,
    dateTime: (ms) => `${date(ms)} ${time(ms)}`,
    timeOn: (ms, day) => (date(ms) === date(day) ? time(ms) : `${date(ms).slice(5)} ${time(ms)}`),
  };
}
