import { z } from 'astro/zod';
import { contactIds } from '../config/contacts';
import { entryBaseShape, entryIdSchema } from './base';

/** A person or unit and what they do when this incident happens. */
export const ownerSchema = z.strictObject({
  /** The role, e.g. 项目经理. */
  role: z.string().trim().min(1),
  /** What that role does in this incident. */
  duty: z.string().trim().min(1),
});

/** The two lines a written report can go up: the agency's, and the developer's service chain. */
export const salesLine = ['总监（营销经理）', '销售管理部'] as const;
export const serviceLine = ['客户主管', '客户经理'] as const;

/** 向谁书面上报、多快. */
export const reportingSchema = z
  .strictObject({
    /**
     * Who receives the written report. A sales-site event goes to both 总监（营销经理） and
     * 销售管理部 (the playbook rule); a delivery or warranty matter goes up the developer's
     * service chain instead (客户主管, then 客户经理; source 002's 集团—公司—项目).
     */
    to: z.array(z.string().trim().min(1)).min(1, { error: 'reporting.to 至少写一个上报对象' }),
    /** How fast, in plain words; written reports are due 当日, e.g. 当日下班前. */
    within: z.string().trim().min(1),
    /** Anything to say about the report's content. */
    note: z.string().trim().optional(),
  })
  .superRefine((value, ctx) => {
    const sales = salesLine.every((role) => value.to.includes(role));
    const service = serviceLine.some((role) => value.to.includes(role));
    if (!sales && !service) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `reporting.to 写的是 ${value.to.join('、')}：销售现场事件要同时写 ${salesLine.join(' 和 ')}；交付、保修类事件走开发商客服体系，写 ${serviceLine.join(' 或 ')}`,
      });
    }
  });

/** 危机类型: one incident type, every section driven by these fields. */
export const incidentSchema = z.strictObject({
  ...entryBaseShape,
  /** Position on the playbook home and in the triage grid. */
  order: z.number().int().positive(),
  /** When in a project's life the incident happens. */
  stage: z.enum(['销售期', '交付期', '全周期']),
  /** 预警信号: what tells you it is coming. */
  signals: z.array(z.string().trim().min(1)).min(2, { error: 'signals（预警信号）至少写 2 条' }),
  /** 立即行动: ordered first steps, used as the on-site checklist. */
  actions: z.array(z.string().trim().min(1)).min(3, { error: 'actions（立即行动）至少写 3 步' }),
  /** 不要做的事. */
  donts: z.array(z.string().trim().min(1)).min(2, { error: 'donts（不要做的事）至少写 2 条' }),
  /** 可以这样说: sentences the person on site can say as they are, to whoever is in front of them. */
  say: z
    .array(z.string().trim().min(1))
    .min(2, { error: 'say（可以这样说）至少写 2 句现场可以照着说的话' }),
  /** 谁负责. */
  owners: z.array(ownerSchema).min(1, { error: 'owners（谁负责）至少写 1 个角色' }),
  /** Contact ids from src/config/contacts.ts to call, most urgent first. */
  call: z
    .array(
      z.enum(contactIds, {
        error: (i) =>
          `call 中的 "${String(i.input)}" 不是 src/config/contacts.ts 里的联系人 id，可用：${contactIds.join(', ')}`,
      }),
    )
    .min(1),
  reporting: reportingSchema,
  /** 事后跟进. */
  followUp: z.array(z.string().trim().min(1)).min(1),
  /** 如何预防. */
  prevention: z.array(z.string().trim().min(1)).min(1),
  /** Procedure ids this incident relies on. */
  procedures: z.array(entryIdSchema).default([]),
  /** Case ids that show this incident. */
  cases: z.array(entryIdSchema).default([]),
  /** Form ids used while handling it. */
  forms: z.array(entryIdSchema).default([]),
  /** Drill ids that train it. */
  drills: z.array(entryIdSchema).default([]),
  /** 法规依据: law ids (src/content/laws) the card's advice rests on. */
  laws: z.array(entryIdSchema).default([]),
});
export type Incident = z.infer<typeof incidentSchema>;
