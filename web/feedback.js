// The feedback log for the outage window: what readers reported, when, through which
// channel, who, and whether it is handled. Kept in this browser's localStorage only,
// exportable as CSV; the open items are what the restoration notice's sender must handle
// first (app.js lists them beside that notice).

import { t, setText } from './i18n.js';
import { localDateTime } from './form.js';

const STORAGE_KEY = 'noticekit.feedback';
const STATUSES = ['open', 'in_progress', 'done'];
export const CSV_HEADER = ['time', 'channel', 'person', 'summary', 'status'];

function load() {
  try {
    const entries = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(entries) ? entries.filter((e) => e && typeof e === 'object') : [];
  } catch {
    return [];
  }
}

function store(entries) {
  try { localStorage.setItem(STORAGE_KEY, JSON.stringify(entries)); } catch { /* not kept */ }
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createFeedbackLog({ form, list, status, exportButton, onChange }) {
  let entries = load();

  function changed() {
    store(entries);
    render();
    onChange();
  }

  function statusSelect(entry, n) {
    const select = element('select', 'feedback-status');
    select.dataset.i18nAttr = 'aria-label:feedback.statusOf';
    select.dataset.i18nArgs = JSON.stringify({ n });
    for (const value of STATUSES) select.append(setText(new Option('', value), `feedbackStatus.${value}`));
    select.value = STATUSES.includes(entry.status) ? entry.status : 'open';
    select.setAttribute('aria-label', t('feedback.statusOf', { n }));
    select.addEventListener('change', () => {
      entry.status = select.value;
      changed();
    });
    return select;
  }

  function render() {
    if (entries.length === 0) {
      list.replaceChildren(setText(element('p', 'hint'), 'feedback.empty'));
      return;
    }
    const items = entries.map((entry, i) => {
      const item = element('li', 'feedback-entry');
      item.dataset.status = entry.status;
      const head = element('p', 'feedback-head');
      head.append(element('time', '', entry.time ?? ''), ' · ', entry.channel ?? '', ' · ', entry.person ?? '');
      const remove = element('button', 'quiet');
      remove.type = 'button';
      setText(remove, 'feedback.remove');
      remove.dataset.i18nAttr = 'aria-label:feedback.removeEntry';
      remove.dataset.i18nArgs = JSON.stringify({ n: i + 1 });
      remove.setAttribute('aria-label', t('feedback.removeEntry', { n: i + 1 }));
      remove.addEventListener('click', () => {
        entries = entries.filter((e) => e !== entry);
        changed();
        exportButton.focus();
      });
      item.append(head, element('p', 'feedback-summary', entry.summary ?? ''), statusSelect(entry, i + 1), remove);
      return item;
    });
    const ol = element('ol', 'feedback-list');
    ol.append(...items);
    list.replaceChildren(ol);
  }

  function resetForm() {
    form.reset();
    form.elements.namedItem('time').value = localDateTime(new Date());
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name) => form.elements.namedItem(name).value.trim();
    if (!value('summary')) {
      setText(status, 'feedback.needsSummary');
      form.elements.namedItem('summary').focus();
      return;
    }
    status.textContent = '';
    entries.push({
      time: value('time'), channel: value('channel'), person: value('person'),
      summary: value('summary'), status: value('status') || 'open',
    });
    changed();
    resetForm();
  });

  // The CSV writer and the download are fetched on the first export, not with the page.
  exportButton.addEventListener('click', async () => {
    const rows = entries.map((e) => CSV_HEADER.map((key) => e[key] ?? ''));
    const [{ toCsv }, { saveFile }] = await Promise.all([import('./csv.js'), import('./save-file.js')]);
    saveFile('noticekit-feedback.csv', toCsv([CSV_HEADER, ...rows]), 'text/csv;charset=utf-8');
  });

  resetForm();
  render();

  return {
    /** Entries not yet handled (open or in progress), oldest first as recorded. */
    openItems: () => entries.filter((e) => e.status !== 'done'),
  };
}
