import { describe, expect, it } from 'vitest';
import {
  canReopen,
  closeIncident,
  logOrder,
  openIncident,
  openIncidentOf,
  parseIncidentRecord,
  refreshSnapshot,
  reopenIncident,
  setNotes,
  setTick,
  type IncidentSnapshot,
} from '../../../../src/lib/incident/record';

const snapshot: IncidentSnapshot = {
  type: 'crowd-protest',
  title: '客户集体到销售现场抱怨闹事',
  steps: ['项目经理立即到场', '认准带头人', '请进会议室单独谈'],
  call: ['project-manager', 'director'],
  reportTo: ['总监（营销经理）', '销售管理部'],
  reportWithin: '当日内书面上报',
};
const t0 = 1_760_000_000_000;

describe('incident records', () => {
  it('opens an incident with the snapshot and an id from type and time', () => {
    const record = openIncident(snapshot, t0);
    expect(record).toMatchObject({ type: 'crowd-protest', openedAt: t0, ticks: [], notes: '' });
    expect(record.id).toBe(`crowd-protest-${t0.toString(36)}`);
    expect(record.closedAt).toBeUndefined();
  });

  it('stamps a tick with its time and keeps the first time when ticked again', () => {
    let record = setTick(openIncident(snapshot, t0), '认准带头人', true, t0 + 60_000);
    record = setTick(record, '认准带头人', true, t0 + 120_000);
    expect(record.ticks).toEqual([{ step: '认准带头人', at: t0 + 60_000 }]);
  });

  it('removes the tick when a step is unticked, and returns the same object when nothing changes', () => {
    const open = openIncident(snapshot, t0);
    const ticked = setTick(open, '项目经理立即到场', true, t0 + 1);
    expect(setTick(ticked, '项目经理立即到场', false, t0 + 2).ticks).toEqual([]);
    expect(setTick(open, '项目经理立即到场', false, t0 + 2)).toBe(open);
    expect(setNotes(open, '')).toBe(open);
  });

  it('closes no earlier than it opened and reopens by dropping closedAt', () => {
    const closed = closeIncident(openIncident(snapshot, t0), t0 - 5);
    expect(closed.closedAt).toBe(t0);
    const reopened = reopenIncident(closed);
    expect('closedAt' in reopened).toBe(false);
  });

  it('reopens only when no other incident of the type is open', () => {
    const old = closeIncident(openIncident(snapshot, t0), t0 + 10);
    const current = openIncident(snapshot, t0 + 100);
    expect(canReopen([old, current], old)).toBe(false);
    expect(canReopen([old], old)).toBe(true);
    expect(openIncidentOf([old, current], 'crowd-protest')).toBe(current);
    expect(openIncidentOf([old], 'crowd-protest')).toBeUndefined();
  });

  it('takes new steps from an edited card but keeps ticks of steps that are gone', () => {
    const record = setTick(openIncident(snapshot, t0), '认准带头人', true, t0 + 5);
    expect(refreshSnapshot(record, snapshot)).toBe(record);
    const edited = refreshSnapshot(record, {
      ...snapshot,
      steps: ['项目经理立即到场', '找出带头人'],
    });
    expect(edited.steps).toEqual(['项目经理立即到场', '找出带头人']);
    expect(edited.ticks).toEqual([{ step: '认准带头人', at: t0 + 5 }]);
    expect(refreshSnapshot(record, { ...snapshot, type: 'media-inquiry', steps: [] })).toBe(record);
  });

  it('lists open incidents first, newest first', () => {
    const a = closeIncident(openIncident(snapshot, t0), t0 + 1);
    const b = openIncident({ ...snapshot, type: 'media-inquiry' }, t0 - 100);
    const c = closeIncident(openIncident(snapshot, t0 + 50), t0 + 60);
    expect(logOrder([a, b, c]).map((r) => r.openedAt)).toEqual([t0 - 100, t0 + 50, t0]);
  });

  it('accepts a stored record and rejects broken ones', () => {
    const record = setTick(openIncident(snapshot, t0), '认准带头人', true, t0 + 5);
    expect(parseIncidentRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(parseIncidentRecord({ ...record, ticks: [{ step: '', at: 1 }] })).toBeUndefined();
    expect(parseIncidentRecord({ ...record, openedAt: 'yesterday' })).toBeUndefined();
    expect(parseIncidentRecord({ ...record, closedAt: t0 - 1 })).toBeUndefined();
    expect(parseIncidentRecord(null)).toBeUndefined();
  });
});
