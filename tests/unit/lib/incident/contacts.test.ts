import { describe, expect, it } from 'vitest';
import { contacts } from '../../../../src/config/contacts';
import { contactLabel, resolveContacts, telHref } from '../../../../src/lib/incident/contacts';

describe('resolveContacts', () => {
  it("applies this device's number and name over the firm's", () => {
    const resolved = resolveContacts(contacts, [
      { id: 'director', phone: '138 0000 1111', name: '李总监' },
    ]);
    expect(resolved.get('director')).toMatchObject({
      role: '总监（营销经理）',
      phone: '138 0000 1111',
      name: '李总监',
      overridden: true,
    });
    expect(resolved.get('police')).toMatchObject({ phone: '110', name: '', overridden: false });
  });

  it("keeps the firm's number when the override gives only a name", () => {
    const resolved = resolveContacts({ x: { role: 'X', note: '', phone: '123' } }, [
      { id: 'x', phone: ' ', name: '王' },
    ]);
    expect(resolved.get('x')).toMatchObject({ phone: '123', name: '王', overridden: true });
  });

  it('labels a contact with the name when there is one', () => {
    expect(contactLabel({ role: '项目经理', name: '王经理' })).toBe('项目经理（王经理）');
    expect(contactLabel({ role: '项目经理', name: '' })).toBe('项目经理');
  });
});

describe('telHref', () => {
  it('makes a tel: link from numbers as people write them', () => {
    expect(telHref('110')).toBe('tel:110');
    expect(telHref('138 0013 8000')).toBe('tel:13800138000');
    expect(telHref('+86 (755) 8888-6666')).toBe('tel:+8675588886666');
    expect(telHref('0755-88886666转801')).toBe('tel:075588886666,801');
  });

  it('gives nothing for text that is not a number', () => {
    expect(telHref('')).toBeUndefined();
    expect(telHref('找前台')).toBeUndefined();
    expect(telHref('12')).toBeUndefined();
  });
});
