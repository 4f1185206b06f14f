import { z } from 'astro/zod';
import { roleIds, type RoleId } from '../lib/firm/roles';
import { slugSchema } from './base';

const contactIdSchema = slugSchema('联系人 id', 'project-manager');

/** One number staff may have to call during an incident. */
export const firmContactSchema = z.strictObject({
  /** Stable id; incidents name it in `call`. */
  id: contactIdSchema,
  /** The role or service as staff say it, e.g. 项目经理, 公安报警. */
  label: z.string().trim().min(1, { error: '联系人要写 label（角色或单位名称），例如 项目经理' }),
  /** Who this is in the firm, or what to call them for. */
  note: z.string().trim().default(''),
  /** Phone number; empty until the firm fills it in. */
  phone: z
    .string()
    .trim()
    .regex(/^[0-9０-９+＋()（）\-－ 转]*$/, {
      error: (i) =>
        `电话 "${String(i.input)}" 里有不是号码的字符：只写数字、空格、+、-、括号或“转”（分机），例如 0755-8888 8888 转 201`,
    })
    .default(''),
});

/** The firm that runs this copy of the playbook: its name, titles, numbers and thresholds. */
export const firmSchema = z
  .strictObject({
    /** The firm's full name, shown in the header of printed pages and reports. */
    name: z.string().trim().min(2, { error: 'name 要写公司全称，例如 某某房地产营销代理有限公司' }),
    /** A short name for the site header. */
    shortName: z.string().trim().min(1).max(12, { error: 'shortName 最多 12 个字，例如 某某地产' }),
    /** 保修授权金额 in yuan: repairs up to it are dispatched by 物业主管, above it go to 客户主管. */
    warrantyThreshold: z
      .number({ error: 'warrantyThreshold 要写一个整数金额（元），例如 5000' })
      .int({ error: 'warrantyThreshold 要写整数金额（元），例如 5000' })
      .positive({ error: 'warrantyThreshold 要大于 0，例如 5000' }),
    /** Hours after an incident within which the written report is due. */
    reportDeadlineHours: z
      .number({ error: 'reportDeadlineHours 要写小时数，例如 12' })
      .int()
      .min(1, { error: 'reportDeadlineHours 至少 1 小时' })
      .max(72, { error: 'reportDeadlineHours 最多 72 小时：书面报告不能拖过三天' }),
    /** The firm's own title for a role, by role id; roles left out keep the playbook's title. */
    roles: z
      .record(z.string(), z.string().trim().min(1, { error: '角色名称不能为空' }))
      .default({}),
    /** Whom staff may call during an incident, most used first. */
    contacts: z.array(firmContactSchema).min(1, { error: 'contacts 至少写一个联系人' }),
    /** Minutes between reminders to update 上级 on an open incident; 0 turns reminders off. */
    reminderMinutes: z.number().int().min(0).max(120).default(15),
    /** The reminder intervals a person can pick on an incident card, in minutes. */
    reminderChoices: z
      .array(z.number().int().min(0).max(120))
      .min(1)
      .default([0, 5, 10, 15, 20, 30, 60]),
    /** Ids of the forms a written report can follow, the default first. */
    reportForms: z
      .array(z.string().trim().min(1))
      .min(1)
      .default(['incident-written-report', 'onsite-complaint-record']),
  })
  .superRefine((firm, ctx) => {
    for (const key of Object.keys(firm.roles)) {
      if (!(roleIds as readonly string[]).includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['roles', key],
          message: `"${key}" 不是已知的角色 id，可用：${roleIds.join(', ')}`,
        });
      }
    }
    const seen = new Set<string>();
    firm.contacts.forEach((contact, i) => {
      if (seen.has(contact.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['contacts', i, 'id'],
          message: `联系人 id "${contact.id}" 重复：每个联系人用不同的 id`,
        });
      }
      seen.add(contact.id);
    });
    if (!firm.reminderChoices.includes(firm.reminderMinutes)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reminderMinutes'],
        message: `reminderMinutes（${firm.reminderMinutes}）要是 reminderChoices（${firm.reminderChoices.join('、')}）中的一个`,
      });
    }
  });
export type Firm = Omit<z.infer<typeof firmSchema>, 'roles'> & {
  roles: Partial<Record<RoleId, string>>;
};
export type FirmContact = z.infer<typeof firmContactSchema>;
