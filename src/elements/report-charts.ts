import type { AssignmentGroup } from '../lib/assignment/class-report';
import { standardsText } from '../lib/i18n/zh-drill';
import { reportText } from '../lib/i18n/zh-trainer';
import { standardIds } from '../lib/standards';
import { svg } from './internal/dom';

/** A small 0–100 bar beside a number in a table; decorative, the number says it. */
export function miniBar(value: number, width = 60): SVGSVGElement {
  const chart = svg('svg', {
    class: 'mini',
    width,
    height: 12,
    viewBox: `0 0 ${width} 12`,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  chart.append(
    svg('rect', { class: 'track', x: 0.5, y: 0.5, width: width - 1, height: 11 }),
    svg('rect', { class: 'bar', x: 0.5, y: 0.5, width: ((width - 1) * value) / 100, height: 11 }),
  );
  return chart;
}

/** Six horizontal bars, 0–100, values written beside them; one labelled image to assistive tech. */
export function standardsChart(group: AssignmentGroup): SVGSVGElement {
  const t = reportText;
  const rowHeight = 30;
  const labelWidth = 60;
  const barWidth = 200;
  const width = labelWidth + barWidth + 56;
  const said = standardIds.map((id) =>
    t.standardBar(standardsText[id], group.standards[id].average, group.standards[id].count),
  );
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${rowHeight * standardIds.length}`,
    role: 'img',
    'aria-label': `${t.standardsTitle}：${said.join('；')}`,
  });
  standardIds.forEach((id, i) => {
    const { average } = group.standards[id];
    const y = i * rowHeight;
    chart.append(
      svg('text', { x: 0, y: y + 19 }, standardsText[id]),
      svg('rect', { class: 'track', x: labelWidth, y: y + 6, width: barWidth, height: 16 }),
    );
    if (average !== null) {
      const bar = {
        class: 'bar',
        x: labelWidth,
        y: y + 6,
        width: (barWidth * average) / 100,
        height: 16,
      };
      chart.append(svg('rect', bar));
    }
    const value = average === null ? '—' : `${average}%`;
    chart.append(svg('text', { x: labelWidth + barWidth + 8, y: y + 19 }, value));
  });
  return chart;
}
