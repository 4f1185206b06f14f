/**
 * Whom staff may have to call during an incident. The firm edits this file; a person can
 * override numbers on their own device (现场应急). Incidents name these ids in `call`.
 */
export interface Contact {
  /** Role as staff say it. */
  role: string;
  /** Who this is in the firm, or a public service. */
  note: string;
  /** Phone number; empty until the firm fills it in. */
  phone: string;
}

export const contacts = {
  'project-manager': { role: '项目经理', note: '现场第一责任人', phone: '' },
  director: { role: '总监（营销经理）', note: '所有事件须书面上报', phone: '' },
  'sales-admin': { role: '销售管理部', note: '所有事件须书面上报', phone: '' },
  developer: { role: '开发商对接负责人', note: '媒体、检查、工程事件第一时间通知', phone: '' },
  'admin-dept': { role: '公司行政部', note: '涉及本公司的媒体与检查事项', phone: '' },
  legal: { role: '法务', note: '个人信息、行政检查、赔偿与对外书面答复', phone: '' },
  'customer-service': { role: '客户服务部（客户主管）', note: '投诉升级、保修与索赔', phone: '' },
  property: { role: '物业服务中心', note: '交付后的报修与现场秩序', phone: '' },
  contractor: { role: '施工单位负责人', note: '工地与工程意外', phone: '' },
  police: { role: '公安报警', note: '人身安全、财物失窃、冲突升级', phone: '110' },
  ambulance: { role: '急救中心', note: '有人受伤', phone: '120' },
  fire: { role: '消防', note: '火情、被困', phone: '119' },
} as const satisfies Record<string, Contact>;

export type ContactId = keyof typeof contacts;
export const contactIds = Object.keys(contacts) as [ContactId, ...ContactId[]];
