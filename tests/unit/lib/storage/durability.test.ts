import { describe, expect, it, vi } from 'vitest';
import { parseExportTime, storageDurability } from '../../../../src/lib/storage/durability';
import { exportReminderMs, recordsSafety } from '../../../../src/lib/storage/records-safety';

const api = (persisted: boolean, granted: boolean) => ({
  persisted: vi.fn(async () => persisted),
  persist: vi.fn(async () => granted),
});

describe('storageDurability', () => {
  it('is unsupported without a StorageManager or without persisted()', async () => {
    expect(await storageDurability(undefined, true)).toBe('unsupported');
    expect(await storageDurability({ persist: async () => true }, true)).toBe('unsupported');
  });

  it('reports persisted storage without asking again', async () => {
    const storage = api(true, false);
    expect(await storageDurability(storage, true)).toBe('persisted');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('asks only when told to, and reports what the browser decided', async () => {
    const silent = api(false, true);
    expect(await storageDurability(silent, false)).toBe('best-effort');
    expect(silent.persist).not.toHaveBeenCalled();
    expect(await storageDurability(api(false, true), true)).toBe('persisted');
    expect(await storageDurability(api(false, false), true)).toBe('best-effort');
  });

  it('never throws when the browser refuses', async () => {
    const broken = { persisted: async () => Promise.reject(new Error('SecurityError')) };
    expect(await storageDurability(broken, true)).toBe('unsupported');
  });
});

describe('parseExportTime', () => {
  const now = 1_764_576_000_000;

  it('reads a stored timestamp', () => {
    expect(parseExportTime(String(now - 5_000), now)).toBe(now - 5_000);
  });

  it('treats empty, malformed and future values as never exported', () => {
    for (const raw of [undefined, '', 'abc', '-5', '1e12', '0', String(now + 3_600_000)])
      expect(parseExportTime(raw, now)).toBeUndefined();
  });
});

describe('recordsSafety', () => {
  // 2025-12-01 09:00 in Shanghai.
  const now = Date.parse('2025-12-01T09:00:00+08:00');
  const day = 24 * 60 * 60 * 1000;

  it('says storage is kept and never warns when the browser persists it', () => {
    const safety = recordsSafety('persisted', undefined, now, 'Asia/Shanghai');
    expect(safety.warn).toBe(false);
    expect(safety.text).toContain('浏览器已同意长期保存');
    expect(safety.text).toContain('还没有导出过');
  });

  it('warns when storage may be cleared and nothing was ever exported', () => {
    const safety = recordsSafety('best-effort', undefined, now, 'Asia/Shanghai');
    expect(safety.warn).toBe(true);
    expect(safety.text).toContain('可能在空间不足');
    expect(safety.text).toContain('建议现在导出');
  });

  it('gives the last export time and warns only once it is older than a week', () => {
    const recent = recordsSafety('best-effort', now - day, now, 'Asia/Shanghai');
    expect(recent).toEqual({
      text: expect.stringContaining('上次导出：2025-11-30 09:00。'),
      warn: false,
    });
    expect(recent.text).not.toContain('建议现在导出');
    expect(
      recordsSafety('unsupported', now - exportReminderMs - 1, now, 'Asia/Shanghai').warn,
    ).toBe(true);
    expect(recordsSafety('unsupported', now - exportReminderMs, now, 'Asia/Shanghai').warn).toBe(
      false,
    );
  });

  it('says nothing about the browser before it has answered', () => {
    const safety = recordsSafety('unknown', undefined, now, 'Asia/Shanghai');
    expect(safety).toEqual({ text: '还没有导出过学习记录。', warn: false });
  });
});
