import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IncidentSnapshot } from '../../../src/lib/incident/record';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanTestStorage();
  vi.resetModules();
});

const snapshot: IncidentSnapshot = {
  type: 'media-inquiry',
  title: '媒体来访与报道',
  steps: ['礼貌接待', '通知开发商'],
  call: ['developer'],
  reportTo: ['总监（营销经理）'],
  reportWithin: '立即',
};
const t0 = 1_760_000_000_000;

async function load() {
  return {
    incidents: await import('../../../src/stores/incidents'),
    settings: await import('../../../src/stores/incident-settings'),
    persisted: await import('../../../src/stores/persisted'),
  };
}

describe('$incidents', () => {
  it('stores ticks with their times in a versioned envelope', async () => {
    const { incidents } = await load();
    incidents.$incidents.listen(() => {});
    const record = incidents.startIncident(snapshot, t0);
    incidents.tickStep(record.id, '礼貌接待', true, t0 + 1000);
    const stored = JSON.parse(getTestStorage()['cp:incidents'] ?? '');
    expect(stored.v).toBe(1);
    expect(stored.items[0].ticks).toEqual([{ step: '礼貌接待', at: t0 + 1000 }]);
  });

  it('keeps one open incident per type: starting again returns it', async () => {
    const { incidents } = await load();
    const first = incidents.startIncident(snapshot, t0);
    expect(incidents.startIncident(snapshot, t0 + 5)).toBe(first);
    expect(incidents.$incidents.get()).toHaveLength(1);
  });

  it('takes no ticks, calls or notes once closed, and reopens only when its type is free', async () => {
    const { incidents } = await load();
    const old = incidents.startIncident(snapshot, t0);
    incidents.finishIncident(old.id, t0 + 10);
    incidents.tickStep(old.id, '礼貌接待', true, t0 + 20);
    incidents.saveNotes(old.id, '后来写的', '');
    expect(incidents.findIncident(old.id)).toMatchObject({
      ticks: [],
      notes: '',
      closedAt: t0 + 10,
    });

    const current = incidents.startIncident(snapshot, t0 + 100);
    expect(incidents.resumeIncident(old.id)).toBe(false);
    incidents.finishIncident(current.id, t0 + 200);
    expect(incidents.resumeIncident(old.id)).toBe(true);
    expect(incidents.findIncident(old.id)?.closedAt).toBeUndefined();
  });

  it('keeps the valid incidents of a damaged value and reports the rest', async () => {
    const { incidents: first } = await load();
    const good = first.startIncident(snapshot, t0);
    cleanTestStorage();
    vi.resetModules();
    setTestStorageKey(
      'cp:incidents',
      JSON.stringify({ v: 1, items: [good, { id: 'x', type: 'y' }] }),
    );
    const { incidents, persisted } = await load();
    expect(incidents.$incidents.get()).toEqual([good]);
    expect(persisted.$storageNotices.get()).toEqual([
      { key: 'cp:incidents', problem: 'partial', count: 1 },
    ]);
  });
});

describe('incident settings', () => {
  it('falls back to the defaults and stores changes', async () => {
    const { settings } = await load();
    settings.$incidentSettings.listen(() => {});
    expect(settings.$incidentSettings.get()).toEqual({
      reminderMinutes: 15,
      reporter: '',
      project: '',
    });
    settings.updateIncidentSettings({ reminderMinutes: 30, reporter: '王经理' });
    expect(JSON.parse(getTestStorage()['cp:incident-settings'] ?? '').items).toEqual([
      { reminderMinutes: 30, reporter: '王经理', project: '' },
    ]);
  });

  it('sets aside an interval that is not one of the choices', async () => {
    setTestStorageKey(
      'cp:incident-settings',
      JSON.stringify({ v: 1, items: [{ reminderMinutes: 7, reporter: '', project: '' }] }),
    );
    const { settings } = await load();
    expect(settings.$incidentSettings.get().reminderMinutes).toBe(15);
  });

  it('removes a contact override when both number and name are cleared', async () => {
    const { settings } = await load();
    settings.setContactOverride('director', ' 138 0000 1111 ', '');
    expect(settings.$contactOverrides.get()).toEqual([
      { id: 'director', phone: '138 0000 1111', name: '' },
    ]);
    settings.setContactOverride('director', '', '');
    expect(settings.$contactOverrides.get()).toEqual([]);
  });
});
