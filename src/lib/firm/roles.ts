/**
 * The roles the playbook names, with the title the content uses for each. A firm may give any of
 * them its own title (src/config/firm.yaml `roles`); pages are written with these titles and the
 * build puts the firm's in their place.
 */
export const defaultRoleTitles = {
  'project-manager': '项目经理',
  director: '总监（营销经理）',
  'sales-admin': '销售管理部',
  'sales-consultant': '置业顾问',
  developer: '开发商对接负责人',
  'admin-dept': '公司行政部',
  'customer-manager': '客户经理',
  'customer-supervisor': '客户主管',
  'call-center': '呼叫中心',
  'site-engineer': '项目部工程师',
  'property-desk': '物业前台',
  'property-supervisor': '物业主管',
  legal: '法务',
} as const;

export type RoleId = keyof typeof defaultRoleTitles;
export const roleIds = Object.keys(defaultRoleTitles) as [RoleId, ...RoleId[]];

/** The title a firm uses for a role: its own, or the playbook's. */
export function roleTitle(roles: Partial<Record<RoleId, string>>, id: RoleId): string {
  return roles[id]?.trim() || defaultRoleTitles[id];
}

/**
 * Replaces the playbook's role titles with the firm's in a page's text. Longer titles go first,
 * so 总监（营销经理） is replaced whole before anything inside it; a title already replaced is not
 * touched again.
 */
export function substituteRoles(text: string, roles: Partial<Record<RoleId, string>>): string {
  const changes = roleIds
    .map((id) => [defaultRoleTitles[id], roleTitle(roles, id)] as const)
    .filter(([from, to]) => from !== to)
    .sort(([a], [b]) => b.length - a.length);
  if (changes.length === 0) return text;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(changes.map(([from]) => escape(from)).join('|'), 'g');
  const to = new Map<string, string>(changes);
  return text.replace(pattern, (match) => to.get(match) ?? match);
}
