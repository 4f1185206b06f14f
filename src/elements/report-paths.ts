import type { DrillPaths } from '../lib/assignment/item-analysis';
import type { ReportLabels } from '../lib/assignment/report-labels';
import { analysisText } from '../lib/i18n/zh-analysis';
import { drillText } from '../lib/i18n/zh-drill';
import { element } from './internal/dom';

const t = analysisText;

/** One drill's endings with counts and the path most runs took, every choice in words. */
export function drillPathsSection(paths: DrillPaths, labels: ReportLabels): HTMLElement {
  const label = labels[paths.drill];
  const section = document.createElement('section');
  section.className = 'drill-paths';
  section.dataset.drillPath = paths.drill;
  section.append(element('h4', label?.label ?? paths.drill));
  if (paths.played === 0) {
    section.append(element('p', t.notPlayed, 'muted'));
    return section;
  }
  section.append(element('p', t.played(paths.played, paths.unfinished)));
  const endings = document.createElement('ul');
  endings.className = 'endings';
  endings.setAttribute('aria-label', t.endingsTitle);
  for (const ending of paths.endings) {
    const words = label?.endings?.[ending.id];
    const li = element(
      'li',
      t.ending(words?.title ?? ending.id, drillText.outcome[ending.outcome], ending.count),
      `outcome-${ending.outcome}`,
    );
    li.dataset.ending = ending.id;
    li.dataset.count = String(ending.count);
    endings.append(li);
  }
  section.append(endings);
  const common = paths.commonPath;
  if (!common) return section;
  if (common.count < 2 && paths.played > 1) {
    section.append(element('p', t.allDifferent, 'muted'));
    return section;
  }
  section.append(element('p', t.commonPath(common.count, common.ties), 'path-title'));
  const steps = document.createElement('ol');
  steps.className = 'path';
  steps.dataset.commonPath = '';
  steps.dataset.count = String(common.count);
  for (const step of common.steps) {
    const node = label?.nodes?.[step.node];
    const li = document.createElement('li');
    li.dataset.node = step.node;
    li.dataset.choice = String(step.choice);
    li.append(
      element('span', node?.label ?? step.node, 'point'),
      element('span', ` → ${node?.choices[step.choice] ?? step.choice + 1}`),
    );
    if (!step.best) {
      li.classList.add('not-best');
      li.append(element('strong', `（${t.notBest}）`));
    }
    steps.append(li);
  }
  steps.append(
    element('li', t.endsAt(label?.endings?.[common.ending]?.title ?? common.ending), 'path-end'),
  );
  section.append(steps);
  return section;
}
