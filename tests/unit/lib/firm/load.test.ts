import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FirmProfileError, parseFirm } from '../../../../src/lib/firm/load';

const valid = readFileSync('src/config/firm.yaml', 'utf8');

describe('the firm profile', () => {
  it('reads the default profile with its defaults filled in', () => {
    const firm = parseFirm(valid, 'src/config/firm.yaml');
    expect(firm).toMatchObject({
      warrantyThreshold: 5000,
      reportDeadlineHours: 12,
      reminderMinutes: 15,
    });
    expect(firm.contacts.map((c) => c.id)).toContain('director');
  });

  it('names the file, every wrong field and the fix, in Chinese', () => {
    const broken = valid
      .replace('warrantyThreshold: 5000', 'warrantyThreshold: 五千')
      .replace("phone: '110'", "phone: '110 或 119'");
    let message = '';
    try {
      parseFirm(broken, 'firm-x.yaml');
    } catch (error) {
      expect(error).toBeInstanceOf(FirmProfileError);
      message = (error as Error).message;
    }
    expect(message).toContain('firm-x.yaml');
    expect(message).toContain('warrantyThreshold');
    expect(message).toContain('例如 5000');
    expect(message).toMatch(/contacts\[\d+\]\.phone/);
  });

  it('names a role id it does not know, with the ones it does', () => {
    expect(() =>
      parseFirm(valid.replace(/^roles: \{\}$/m, 'roles: { boss: 老板 }'), 'f.yaml'),
    ).toThrow(/roles\.boss："boss" 不是已知的角色 id，可用：project-manager/);
  });

  it('says a missing field is missing', () => {
    expect(() => parseFirm('shortName: 甲\ncontacts: [{ id: a, label: A }]', 'f.yaml')).toThrow(
      /name：缺少必填项 name/,
    );
  });

  it('refuses two contacts with one id, and a reminder interval that is not on offer', () => {
    const twice = valid
      .replace('  - id: legal', '  - id: director')
      .replace('reminderMinutes: 15', 'reminderMinutes: 7');
    expect(() => parseFirm(twice, 'f.yaml')).toThrow(
      /联系人 id "director" 重复[\s\S]*reminderMinutes（7）/,
    );
  });

  it('explains YAML that does not parse', () => {
    expect(() => parseFirm('name: [unclosed', 'f.yaml')).toThrow(/不是有效的 YAML/);
  });
});
