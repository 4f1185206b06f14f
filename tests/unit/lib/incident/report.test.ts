import { describe, expect, it } from 'vitest';
import { contacts } from '../../../../src/config/contacts';
import { clockFormat } from '../../../../src/lib/incident/clock';
import { resolveContacts } from '../../../../src/lib/incident/contacts';
import {
  addCall,
  addUpdate,
  closeIncident,
  openIncident,
  setNotes,
  setTick,
} from '../../../../src/lib/incident/record';
import {
  fieldKey,
  pendingSteps,
  reportFileName,
  reportText,
  timeline,
  type FormShape,
  type ReportInput,
} from '../../../../src/lib/incident/report';

const clock = clockFormat('Asia/Shanghai');
// 2025-03-01 14:30 in Shanghai.
const t0 = Date.UTC(2025, 2, 1, 6, 30);
const min = 60_000;

const writtenReport: FormShape = {
  id: 'incident-written-report',
  title: '危机事件书面报告',
  sections: [
    {
      title: '报告信息',
      fields: [
        { label: '报告类别', kind: 'check', options: ['首报', '续报', '终报'] },
        { label: '项目名称', kind: 'text' },
      ],
    },
    {
      title: '事件经过',
      fields: [{ label: '经过（按时间顺序，只写已核实的事实）', kind: 'lines' }],
    },
    {
      title: '已采取的措施',
      fields: [
        { label: '措施及时间（逐条写明几点几分、由谁、做了什么）', kind: 'lines' },
        { label: '已通知的各方', kind: 'check', options: ['开发商', '公安'] },
      ],
    },
    {
      title: '影响评估',
      fields: [
        { label: '客户反应', kind: 'lines' },
        { label: '媒体或网络关注', kind: 'check', options: ['无', '有'] },
        { label: '当前状态', kind: 'check', options: ['已平息', '处理中', '有扩大风险'] },
      ],
    },
    {
      title: '报送',
      fields: [
        { label: '报告人', kind: 'sign' },
        { label: '项目经理', kind: 'sign' },
      ],
    },
  ],
};

function incident() {
  let record = openIncident(
    {
      type: 'crowd-protest',
      title: '客户集体到销售现场抱怨闹事',
      steps: ['项目经理立即到场', '认准带头人', '请进会议室单独谈'],
      call: ['director', 'police'],
      reportTo: ['总监（营销经理）', '销售管理部'],
      reportWithin: '当日内书面上报',
    },
    t0,
  );
  record = setTick(record, '认准带头人', true, t0 + 7 * min);
  record = setTick(record, '项目经理立即到场', true, t0 + 2 * min);
  record = addCall(record, 'director', t0 + 5 * min);
  record = addUpdate(record, t0 + 20 * min);
  return setNotes(record, '14:31 约二十名客户到售楼处\n\n  带头人要求退房  ');
}

function input(change: Partial<ReportInput> = {}): ReportInput {
  return {
    incident: incident(),
    form: writtenReport,
    kind: 'first',
    contacts: resolveContacts(contacts, [{ id: 'director', phone: '13800001111', name: '李总' }]),
    reporter: '王经理',
    project: '',
    now: t0 + 30 * min,
    clock,
    firm: { name: '示例房地产营销代理有限公司', reportDeadlineHours: 12 },
    ...change,
  };
}

describe('timeline', () => {
  it('puts opening, ticks, calls and updates in time order with their times', () => {
    expect(timeline(input())).toEqual([
      '14:30 开始处理（打开现场应急卡片）',
      '14:32 项目经理立即到场',
      '14:35 致电总监（营销经理）（李总） 13800001111',
      '14:37 认准带头人',
      '14:50 向上级通报进展',
    ]);
  });

  it('ends with the closing and dates what happens on a later day', () => {
    const closed = closeIncident(incident(), t0 + 20 * 60 * min);
    expect(timeline(input({ incident: closed })).at(-1)).toBe('03-02 10:30 结束处理');
  });
});

describe('reportText', () => {
  const text = reportText(input());

  it('follows the form: title with the kind, numbered sections, every field in order', () => {
    expect(
      text.startsWith(
        '危机事件书面报告（首报）\n示例房地产营销代理有限公司\n\n一、报告信息\n报告类别：首报\n项目名称：（待填写）\n',
      ),
    ).toBe(true);
    const order = [
      '一、报告信息',
      '二、事件经过',
      '三、已采取的措施',
      '四、影响评估',
      '五、报送',
      '六、附：本事件联系人',
    ];
    const positions = order.map((h) => text.indexOf(`\n${h}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('lists the ticked steps with their times and the steps still open', () => {
    expect(text).toContain('措施及时间（逐条写明几点几分、由谁、做了什么）：\n  14:30 开始处理');
    expect(text).toContain('  14:32 项目经理立即到场\n');
    expect(text).toContain('  14:37 认准带头人\n');
    expect(text).toContain('  尚未勾选的立即行动：\n  - 请进会议室单独谈\n');
  });

  it('writes the notes line by line, without blank lines or stray spaces', () => {
    expect(text).toContain(
      '经过（按时间顺序，只写已核实的事实）：\n  14:31 约二十名客户到售楼处\n  带头人要求退房\n',
    );
  });

  it('fills what the device knows and leaves the rest to the person, with the choices', () => {
    expect(text).toContain('已通知的各方：总监（营销经理）（李总）（14:35）\n');
    expect(text).toContain('客户反应：（待填写）\n');
    expect(text).toContain('媒体或网络关注：（待填写：无／有）\n');
    expect(text).toContain('当前状态：处理中\n');
    expect(text).toContain('报告人：王经理\n');
    expect(text).toContain('项目经理：（待签名）\n');
  });

  it("appends the card's contacts with this device's numbers, and whom to report to", () => {
    expect(text).toContain('总监（营销经理）（李总）：13800001111\n公安报警：110\n');
    expect(text).toContain('书面上报：总监（营销经理）、销售管理部；当日内书面上报\n');
    expect(text).toContain('于 2025-03-01 15:00 生成');
  });

  it('names the firm and when the written report is due by its deadline', () => {
    expect(text).toContain(
      `书面报告时限：事发后 12 小时内，即 ${clock.dateTime(t0 + 12 * 60 * min)} 前提交\n`,
    );
    const strict = reportText(input({ firm: { name: '蓝湾置业', reportDeadlineHours: 2 } }));
    expect(strict).toContain(`事发后 2 小时内，即 ${clock.dateTime(t0 + 2 * 60 * min)} 前提交`);
    expect(strict.split('\n')[1]).toBe('蓝湾置业');
  });

  it('says 已平息 and the kind chosen once the incident is closed', () => {
    const closed = reportText(
      input({ incident: closeIncident(incident(), t0 + 40 * min), kind: 'final' }),
    );
    expect(closed.startsWith('危机事件书面报告（终报）')).toBe(true);
    expect(closed).toContain('当前状态：已平息\n');
  });

  it('leaves a field blank rather than inventing it when the device does not know it', () => {
    const noCalls = reportText(input({ incident: { ...incident(), calls: [], notes: '' } }));
    expect(noCalls).toContain('已通知的各方：（待填写：开发商／公安）\n');
    expect(noCalls).toContain('经过（按时间顺序，只写已核实的事实）：（待填写）\n');
  });
});

describe('helpers', () => {
  it('keys a field by its label without the bracketed hint', () => {
    expect(fieldKey('报总监（营销经理）时间')).toBe('报总监时间');
    expect(fieldKey('经过（按时间顺序，只写已核实的事实）')).toBe('经过');
  });

  it('finds the steps not ticked, in card order', () => {
    expect(pendingSteps(incident())).toEqual(['请进会议室单独谈']);
  });

  it('names the file by date, form and incident', () => {
    expect(reportFileName(input())).toBe(
      '20250301-1430-危机事件书面报告（首报）-客户集体到销售现场抱怨闹事.txt',
    );
  });
});

describe('report text safety', () => {
  it('drops bidi controls typed or pasted into the notes, so the words stay in order on paper', () => {
    const notes = '客户说\u202E已退款\u202C，\u2067要求\u2069书面答复\u200F';
    const text = reportText(input({ incident: setNotes(incident(), notes) }));
    expect(text).toContain('客户说已退款，要求书面答复');
    expect(text).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});
