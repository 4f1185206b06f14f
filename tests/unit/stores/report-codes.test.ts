import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanTestStorage();
  vi.resetModules();
});

describe('$reportCodes', () => {
  const loadCodes = () => import('../../../src/stores/report-codes');

  it('remembers each code once, in order, and forgets them on an empty list', async () => {
    const { $reportCodes, rememberReportCodes } = await loadCodes();
    $reportCodes.listen(() => {});
    rememberReportCodes(['CPR1.aaa', 'CPR1.bbb', 'CPR1.aaa']);
    expect(JSON.parse(getTestStorage()['cp:report-codes'] ?? '')).toEqual({
      v: 1,
      items: ['CPR1.aaa', 'CPR1.bbb'],
    });
    rememberReportCodes([]);
    expect($reportCodes.get()).toEqual([]);
  });

  it('sets aside stored values that are not codes', async () => {
    setTestStorageKey(
      'cp:report-codes',
      JSON.stringify({ v: 1, items: ['CPR1.aaa', '<script>', 42] }),
    );
    const { $reportCodes } = await loadCodes();
    expect($reportCodes.get()).toEqual(['CPR1.aaa']);
  });
});

describe('$reportCodes in two tabs', () => {
  it('keeps the codes another tab remembered, and forgets only what this tab removed', async () => {
    const { $reportCodes, rememberReportCodes } = await import('../../../src/stores/report-codes');
    rememberReportCodes(['CPR1.here']);
    // Another tab's report adds its own code.
    setTestStorageKey(
      'cp:report-codes',
      JSON.stringify({ v: 1, items: ['CPR1.here', 'CPR1.there'] }),
    );
    expect($reportCodes.get()).toEqual(['CPR1.here', 'CPR1.there']);
    rememberReportCodes(['CPR1.here', 'CPR1.more']);
    expect($reportCodes.get()).toEqual(['CPR1.here', 'CPR1.more', 'CPR1.there']);
    rememberReportCodes(['CPR1.more']);
    expect($reportCodes.get()).toEqual(['CPR1.more', 'CPR1.there']);
  });
});
