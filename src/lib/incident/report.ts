import { incidentReportText as t } from '../i18n/zh-incident';
import type { ClockFormat } from './clock';
import { contactLabel, type ResolvedContact } from './contacts';
import { isOpen, type IncidentRecord } from './record';

/** The parts of a printed form (src/content/forms) a report follows. */
export interface FormShape {
  id: string;
  title: string;
  sections: {
    title: string;
    fields: {
      label: string;
      kind: 'text' | 'lines' | 'date' | 'time' | 'sign' | 'check';
      options?: string[] | undefined;
    }[];
  }[];
}

/** 首报, 续报 or 终报 of the written report. */
export type ReportKind = keyof typeof t.kinds;

/** Everything a report is made from. Nothing here reads the clock or the device. */
export interface ReportInput {
  incident: IncidentRecord;
  form: FormShape;
  kind: ReportKind;
  /** Contacts by id, the device's overrides applied. */
  contacts: ReadonlyMap<string, ResolvedContact>;
  reporter: string;
  project: string;
  /** When the report is made. */
  now: number;
  clock: ClockFormat;
  /** The firm whose report this is (src/config/firm.yaml): its name and written-report deadline. */
  firm: { name: string; reportDeadlineHours: number };
}

/** What the report knows for one field: a line, several lines, or nothing (left for the person). */
type Answer = string | string[] | undefined;

/** A form label without its bracketed hint: 经过（按时间顺序…） → 经过. */
export function fieldKey(label: string): string {
  return label.replace(/（[^）]*）/g, '').trim();
}

/** The code that ties 首报, 续报 and 终报 of one incident together: 20250301-1430. */
export function reportCode(incident: IncidentRecord, clock: ClockFormat): string {
  return `${clock.date(incident.openedAt).replaceAll('-', '')}-${clock.time(incident.openedAt).replace(':', '')}`;
}

function contactOf(input: ReportInput, id: string): ResolvedContact | undefined {
  return input.contacts.get(id);
}

/** Everything that happened, in time order: opening, ticks, calls, updates, closing. */
export function timeline(input: ReportInput): string[] {
  const { incident, clock } = input;
  const at = (ms: number) => clock.timeOn(ms, incident.openedAt);
  const events: { at: number; text: string }[] = [
    { at: incident.openedAt, text: t.opened },
    ...incident.ticks.map((tick) => ({ at: tick.at, text: tick.step })),
    ...incident.calls.map((call) => {
      const contact = contactOf(input, call.contact);
      return {
        at: call.at,
        text: t.called(contact ? contactLabel(contact) : call.contact, contact?.phone ?? ''),
      };
    }),
    ...incident.updates.map((time) => ({ at: time, text: t.updated })),
  ];
  if (incident.closedAt !== undefined) events.push({ at: incident.closedAt, text: t.closed });
  // A stable sort keeps the opening first when a step is ticked in the same millisecond.
  return events.sort((a, b) => a.at - b.at).map((event) => `${at(event.at)} ${event.text}`);
}

/** Steps of 立即行动 not ticked (yet). */
export function pendingSteps(incident: IncidentRecord): string[] {
  const ticked = new Set(incident.ticks.map((tick) => tick.step));
  return incident.steps.filter((step) => !ticked.has(step));
}

function measures(input: ReportInput): string[] {
  const pending = pendingSteps(input.incident);
  return [
    ...timeline(input),
    ...(pending.length > 0 ? [t.pendingSteps, ...pending.map((step) => `- ${step}`)] : []),
  ];
}

function firstCallTo(input: ReportInput, id: string): Answer {
  const call = input.incident.calls.find((c) => c.contact === id);
  return call ? input.clock.timeOn(call.at, input.incident.openedAt) : undefined;
}

function notified(input: ReportInput): Answer {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const call of input.incident.calls) {
    if (seen.has(call.contact)) continue;
    seen.add(call.contact);
    const contact = contactOf(input, call.contact);
    parts.push(
      `${contact ? contactLabel(contact) : call.contact}（${input.clock.timeOn(call.at, input.incident.openedAt)}）`,
    );
  }
  return parts.length > 0 ? parts.join('、') : undefined;
}

function noteLines(notes: string): Answer {
  const lines = notes
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.length > 0 ? lines : undefined;
}

/**
 * What the device knows, by field (the form's label without its bracketed hint). Fields of the
 * two report forms that are not here are left for the person to fill in. The keys must match
 * the labels in src/content/forms: tests/unit/lib/incident/report-forms.test.ts checks them.
 */
const known: Record<string, (input: ReportInput) => Answer> = {
  报告类别: (input) => t.kinds[input.kind],
  项目名称: (input) => input.project.trim() || undefined,
  报告编号: (input) => reportCode(input.incident, input.clock),
  记录编号: (input) => reportCode(input.incident, input.clock),
  事件类型: (input) => input.incident.title,
  类型: (input) => input.incident.title,
  发现时间: (input) => input.clock.dateTime(input.incident.openedAt),
  发生日期: (input) => input.clock.date(input.incident.openedAt),
  发生时间: (input) => input.clock.time(input.incident.openedAt),
  经过: (input) => noteLines(input.incident.notes),
  措施及时间: measures,
  现场采取的措施: measures,
  已通知的各方: notified,
  当前状态: (input) => (isOpen(input.incident) ? t.ongoing : t.calmed),
  现场处理人: (input) => input.reporter.trim() || undefined,
  报告人: (input) => input.reporter.trim() || undefined,
  处理结束时间: (input) =>
    input.incident.closedAt === undefined
      ? t.ongoing
      : input.clock.timeOn(input.incident.closedAt, input.incident.openedAt),
  报总监时间: (input) => firstCallTo(input, 'director'),
  报销售管理部时间: (input) => firstCallTo(input, 'sales-admin'),
  报告方式: (input) =>
    input.incident.calls.some((c) => c.contact === 'director' || c.contact === 'sales-admin')
      ? t.byPhone
      : undefined,
};

/** The field keys the report fills in by itself. */
export const knownFieldKeys = Object.keys(known);

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const heading = (i: number, title: string) => `${numerals[i] ?? String(i + 1)}、${title}`;

/** Whether the form has a 报告类别 field (首报, 续报 or 终报). */
export function asksForKind(form: FormShape): boolean {
  return form.sections.some((s) => s.fields.some((f) => fieldKey(f.label) === '报告类别'));
}

/** The title line: the form's name, with 首报/续报/终报 when the form asks for it. */
export function reportTitle(input: Pick<ReportInput, 'form' | 'kind'>): string {
  return asksForKind(input.form)
    ? `${input.form.title}（${t.kinds[input.kind]}）`
    : input.form.title;
}

/**
 * The report as plain text in the shape of the form: its sections and fields in order, each field
 * filled from the record where the device knows it and marked 待填写 where it does not, then the
 * contacts of the card. Plain text so it pastes into WeChat or an email unchanged.
 */
export function reportText(input: ReportInput): string {
  const lines: string[] = [reportTitle(input), input.firm.name, ''];
  input.form.sections.forEach((section, i) => {
    lines.push(heading(i, section.title));
    for (const field of section.fields) {
      const answer = known[fieldKey(field.label)]?.(input);
      if (Array.isArray(answer)) {
        lines.push(`${field.label}：`, ...answer.map((line) => `  ${line}`));
        continue;
      }
      const blank =
        field.kind === 'sign'
          ? t.toSign
          : field.options && field.options.length > 0
            ? t.toFillOptions(field.options)
            : t.toFill;
      lines.push(`${field.label}：${answer ?? blank}`);
    }
    lines.push('');
  });

  lines.push(heading(input.form.sections.length, t.contactsAppendix));
  for (const id of input.incident.call) {
    const contact = contactOf(input, id);
    if (contact) lines.push(`${contactLabel(contact)}：${contact.phone || t.noPhone}`);
  }
  const due = input.incident.openedAt + input.firm.reportDeadlineHours * 3_600_000;
  lines.push(
    `${t.reportTo}：${input.incident.reportTo.join('、')}；${input.incident.reportWithin}`,
    t.deadline(input.firm.reportDeadlineHours, input.clock.dateTime(due)),
    '',
  );
  lines.push(t.footer(input.clock.dateTime(input.now)));
  return `${lines.join('\n')}\n`;
}

/** A file name for the report that sorts by date and says what it is. */
export function reportFileName(
  input: Pick<ReportInput, 'form' | 'kind' | 'incident' | 'clock'>,
): string {
  const title = input.incident.title.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 20);
  return `${reportCode(input.incident, input.clock)}-${reportTitle(input)}-${title}.txt`;
}
