import { describe, expect, it } from 'vitest';
import { roleTitle, substituteRoles } from '../../../../src/lib/firm/roles';

describe('role titles', () => {
  it('uses the firm’s title where it has one, the playbook’s otherwise', () => {
    expect(roleTitle({ director: '营销总监' }, 'director')).toBe('营销总监');
    expect(roleTitle({ director: '  ' }, 'director')).toBe('总监（营销经理）');
    expect(roleTitle({}, 'project-manager')).toBe('项目经理');
  });

  it('replaces every title in a page, the longer first, and never twice', () => {
    const page =
      '<p>立即报告总监（营销经理）和项目经理；项目经理再通知集团客户经理。</p><a aria-label="项目经理">x</a>';
    expect(
      substituteRoles(page, {
        director: '营销总监',
        'project-manager': '案场经理',
        'customer-manager': '项目经理',
      }),
    ).toBe(
      '<p>立即报告营销总监和案场经理；案场经理再通知集团项目经理。</p><a aria-label="案场经理">x</a>',
    );
  });

  it('leaves a page alone when the firm keeps every title', () => {
    const page = '<p>项目经理</p>';
    expect(substituteRoles(page, {})).toBe(page);
    expect(substituteRoles(page, { 'project-manager': '项目经理' })).toBe(page);
  });
});
