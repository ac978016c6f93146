// The findings above the notices: every finding, worst first, as text. When there are many
// the list is collapsed to its count, so the notices that follow stay in view; a sheet with
// errors has no notices, so its findings stay open.

import { setText } from './i18n.js';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
// More than this many findings and none an error: collapsed to the count.
const MANY = 3;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createFindingsList({ list, details, count }) {
  let shown = null;
  let collapsedBefore = null;

  return {
    show(findings) {
      // Only touch the list when something changed, so screen readers are not told the same
      // findings on every keystroke.
      const key = JSON.stringify(findings);
      if (key === shown) return;
      shown = key;
      const by = (severity) => findings.filter((f) => f.severity === severity).length;
      setText(count, 'findings.count', { n: findings.length, errors: by('error'), warnings: by('warning') });
      // The open state is set when the sheet crosses the line, not on every keystroke: the
      // writer's own click on the summary stands while they type.
      const collapsed = findings.length > MANY && by('error') === 0;
      if (collapsed !== collapsedBefore) details.open = !collapsed;
      collapsedBefore = collapsed;
      if (findings.length === 0) {
        list.replaceChildren(setText(element('p', 'no-findings'), 'findings.none'));
        return;
      }
      const sorted = [...findings].sort((a, b) =>
        (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3));
      const items = element('ul', 'findings');
      for (const finding of sorted) {
        const item = element('li', 'finding');
        item.dataset.severity = finding.severity ?? '';
        const where = element('span', 'where');
        where.append(element('code', 'path', finding.path || '/'), ' · ',
          element('code', 'code', finding.code ?? ''));
        item.append(
          setText(element('span', 'severity'), `severity.${finding.severity}`),
          element('span', 'message', finding.message ?? ''),
          where,
        );
        items.append(item);
      }
      list.replaceChildren(items);
    },
  };
}
