// The fact-sheet form: sets up its dynamic parts, reads it into a sheet (schema
// "noticekit/1", the field names of examples/*.json) and fills it from a sheet.

import {
  LANGUAGES, expandLocalizedFields, showLanguages, readText, readList, writeText, writeList,
} from './l10n.js';

const SCHEMA = 'noticekit/1';

/** A fresh, empty sheet: what the form shows at first and after "Clear". */
export function blankSheet(now = new Date()) {
  return {
    schema: SCHEMA,
    kind: 'planned',
    issued: localDateTime(now),
    time_zone: 'Asia/Shanghai',
    languages: ['zh-CN', 'en'],
    audience: { kind: 'public' },
    reason: { category: 'upgrade' },
  };
}

function localDateTime(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Wires up the form; `onChange` is called when rows are added or removed. */
export function setupForm(form, onChange) {
  expandLocalizedFields(form);

  form.addEventListener('submit', (event) => event.preventDefault());

  form.querySelector('#add-window').addEventListener('click', () => {
    addRow(form, 'window').querySelector('textarea, input')?.focus();
    onChange();
  });
  form.querySelector('#add-contact').addEventListener('click', () => {
    addRow(form, 'contact').querySelector('select, input')?.focus();
    onChange();
  });
  form.addEventListener('click', (event) => {
    const remove = event.target.closest('button.remove');
    if (!remove) return;
    const list = remove.closest('ol.rows');
    remove.closest('li').remove();
    numberRows(list);
    form.querySelector(list.id === 'windows' ? '#add-window' : '#add-contact').focus();
    onChange();
  });

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target.name === 'languages') {
      // A sheet needs at least one language: unchecking the last one is undone.
      if (selectedLanguages(form).length === 0) target.checked = true;
      showLanguages(form, selectedLanguages(form));
    } else if (target.name === 'kind') {
      syncKind(form);
    } else if (target.name === 'window.end_unknown') {
      syncEndUnknown(target.closest('li'));
    }
  });
}

function addRow(form, which) {
  const list = form.querySelector(which === 'window' ? '#windows' : '#contacts');
  const template = form.ownerDocument.getElementById(`${which}-template`);
  const row = template.content.firstElementChild.cloneNode(true);
  expandLocalizedFields(row);
  list.append(row);
  showLanguages(form, selectedLanguages(form));
  numberRows(list);
  return row;
}

function numberRows(list) {
  const noun = list.id === 'windows' ? 'Window' : 'Contact';
  [...list.children].forEach((row, i) => {
    const n = list.children.length > 1 ? ` ${i + 1}` : '';
    row.querySelector('.row-title').textContent = `${noun}${n}`;
    row.querySelector('button.remove').textContent = `Remove ${noun.toLowerCase()}${n}`;
  });
}

function syncKind(form) {
  form.dataset.kind = form.elements.namedItem('kind').value;
  for (const row of form.querySelectorAll('#windows > li')) syncEndUnknown(row);
}

// "End unknown" is offered for emergencies only; while it is ticked the end is not asked for.
function syncEndUnknown(row) {
  const form = row.closest('form');
  const unknown = form?.dataset.kind === 'emergency' &&
    row.querySelector('[name="window.end_unknown"]').checked;
  row.querySelector('[name="window.end"]').disabled = unknown;
}

function selectedLanguages(form) {
  return [...form.querySelectorAll('input[name="languages"]:checked')].map((box) => box.value);
}

function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
}

function lines(text) {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

// Drops keys whose value is undefined, '' or []; returns undefined when nothing is left.
// null stays: it means something (an unknown end).
function compact(object) {
  const kept = Object.entries(object).filter(([, v]) =>
    v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** Reads the form into a fact sheet. */
export function readSheet(form) {
  const langs = selectedLanguages(form);
  const field = (name) => form.elements.namedItem(name);
  const value = (name) => field(name).value.trim();
  const l10n = (scope, key) => scope.querySelector(`[data-l10n="${key}"]`);
  const text = (key, scope = form) => readText(l10n(scope, key), langs);
  const list = (key, scope = form) => readList(l10n(scope, key), langs);
  const kind = value('kind');

  const windows = [...form.querySelectorAll('#windows > li')].map((row) => {
    const get = (name) => row.querySelector(`[name="window.${name}"]`);
    const endUnknown = kind === 'emergency' && get('end_unknown').checked;
    const window = {
      systems: list('systems', row),
      start: get('start').value,
      end: endUnknown ? null : get('end').value,
      end_is_estimate: get('end_is_estimate').checked || undefined,
      regions: lines(get('regions').value),
    };
    const filled = window.systems.length || window.start || window.end || endUnknown ||
      window.regions.length;
    return filled ? compact(window) : undefined;
  }).filter(Boolean);

  const contacts = [...form.querySelectorAll('#contacts > li')].map((row) => {
    const contact = {
      kind: row.querySelector('[name="contact.kind"]').value,
      value: row.querySelector('[name="contact.value"]').value.trim(),
      label: text('label', row),
      hours: text('hours', row),
    };
    return contact.value || contact.label || contact.hours ? compact(contact) : undefined;
  }).filter(Boolean);

  const originalStart = value('change.original_start');
  const originalEnd = value('change.original_end');
  const originalWindow = compact({ start: originalStart, end: originalEnd });

  const size = value('audience.size');
  return compact({
    schema: SCHEMA,
    kind,
    organization: compact({
      name: text('organization.name'),
      unit: text('organization.unit'),
      sms_signature: text('organization.sms_signature'),
    }),
    issued: value('issued'),
    time_zone: value('time_zone'),
    languages: langs,
    audience: compact({
      kind: value('audience.kind'),
      size: size === '' ? undefined : Number(size),
      roles: list('audience.roles'),
      time_zones: lines(field('audience.time_zones').value),
    }),
    windows,
    reason: compact({ category: value('reason.category'), text: text('reason.text') }),
    impact: compact({
      unavailable: list('impact.unavailable'),
      degraded: list('impact.degraded'),
      still_available: list('impact.still_available'),
    }),
    alternatives: list('alternatives'),
    actions: compact({ before: list('actions.before'), after: list('actions.after') }),
    early_finish: field('early_finish').checked || undefined,
    contacts,
    next_update: value('next_update'),
    channels_available: checkedValues(form, 'channels_available'),
    change: compact({
      reason: text('change.reason'),
      original_windows: originalWindow ? [originalWindow] : undefined,
    }),
    restoration: compact({
      actual_end: value('restoration.actual_end'),
      work_done: list('restoration.work_done'),
      follow_up: list('restoration.follow_up'),
      data: list('restoration.data'),
    }),
  });
}

// Sets a <select>; a value the form does not offer is added as an option, so loading a
// sheet never silently changes it.
function setSelect(select, value, fallback) {
  const wanted = value == null || value === '' ? fallback : String(value);
  if (![...select.options].some((option) => option.value === wanted)) {
    select.append(new Option(wanted, wanted));
  }
  select.value = wanted;
}

// Checks the boxes whose values are listed and moves them first, in the listed order, so the
// order the sheet gives (e.g. Chinese first, or preferred channels) is kept and visible.
function setChecks(form, name, values) {
  const boxes = [...form.querySelectorAll(`input[name="${name}"]`)];
  const rank = (box) => {
    const i = values.indexOf(box.value);
    return i < 0 ? values.length : i;
  };
  const sorted = [...boxes].sort((a, b) => rank(a) - rank(b));
  for (const box of sorted) {
    box.checked = values.includes(box.value);
    box.closest('label').parentElement.append(box.closest('label'));
  }
}

const asString = (v) => (v == null ? '' : String(v));

/** Replaces everything in the form with the facts of `sheet`. */
export function fillForm(form, sheet) {
  const supported = LANGUAGES.map((l) => l.tag);
  const sheetLangs = Array.isArray(sheet.languages) ? sheet.languages : [];
  let langs = sheetLangs.filter((tag) => supported.includes(tag));
  if (langs.length === 0) langs = [supported[0]];
  const first = langs[0];
  const field = (name) => form.elements.namedItem(name);
  const l10n = (scope, key) => scope.querySelector(`[data-l10n="${key}"]`);

  setSelect(field('kind'), sheet.kind, 'planned');
  syncKind(form);
  setChecks(form, 'languages', langs);
  field('issued').value = asString(sheet.issued);
  field('time_zone').value = asString(sheet.time_zone);

  const org = sheet.organization ?? {};
  writeText(l10n(form, 'organization.name'), org.name, first);
  writeText(l10n(form, 'organization.unit'), org.unit, first);
  writeText(l10n(form, 'organization.sms_signature'), org.sms_signature, first);

  form.querySelector('#windows').replaceChildren();
  const windows = Array.isArray(sheet.windows) && sheet.windows.length ? sheet.windows : [{}];
  for (const window of windows) {
    const row = addRow(form, 'window');
    const get = (name) => row.querySelector(`[name="window.${name}"]`);
    writeList(l10n(row, 'systems'), window.systems, first);
    get('start').value = asString(window.start);
    get('end').value = asString(window.end);
    get('end_is_estimate').checked = window.end_is_estimate === true;
    get('end_unknown').checked = window.end === null;
    get('regions').value = (window.regions ?? []).join('\n');
    syncEndUnknown(row);
  }
  field('early_finish').checked = sheet.early_finish === true;

  const reason = sheet.reason ?? {};
  setSelect(field('reason.category'), reason.category, 'upgrade');
  writeText(l10n(form, 'reason.text'), reason.text, first);

  const impact = sheet.impact ?? {};
  writeList(l10n(form, 'impact.unavailable'), impact.unavailable, first);
  writeList(l10n(form, 'impact.degraded'), impact.degraded, first);
  writeList(l10n(form, 'impact.still_available'), impact.still_available, first);
  writeList(l10n(form, 'alternatives'), sheet.alternatives, first);
  const actions = sheet.actions ?? {};
  writeList(l10n(form, 'actions.before'), actions.before, first);
  writeList(l10n(form, 'actions.after'), actions.after, first);

  form.querySelector('#contacts').replaceChildren();
  const contacts = Array.isArray(sheet.contacts) && sheet.contacts.length ? sheet.contacts : [{}];
  for (const contact of contacts) {
    const row = addRow(form, 'contact');
    setSelect(row.querySelector('[name="contact.kind"]'), contact.kind, 'phone');
    row.querySelector('[name="contact.value"]').value = asString(contact.value);
    writeText(l10n(row, 'label'), contact.label, first);
    writeText(l10n(row, 'hours'), contact.hours, first);
  }

  field('next_update').value = asString(sheet.next_update);

  // The form offers one original window: the one an extension or reschedule changes.
  const change = sheet.change ?? {};
  const original = Array.isArray(change.original_windows) ? change.original_windows[0] ?? {} : {};
  writeText(l10n(form, 'change.reason'), change.reason, first);
  field('change.original_start').value = asString(original.start);
  field('change.original_end').value = asString(original.end);

  const restoration = sheet.restoration ?? {};
  field('restoration.actual_end').value = asString(restoration.actual_end);
  writeList(l10n(form, 'restoration.work_done'), restoration.work_done, first);
  writeList(l10n(form, 'restoration.follow_up'), restoration.follow_up, first);
  writeList(l10n(form, 'restoration.data'), restoration.data, first);

  const audience = sheet.audience ?? {};
  setSelect(field('audience.kind'), audience.kind, 'public');
  field('audience.size').value = asString(audience.size);
  writeList(l10n(form, 'audience.roles'), audience.roles, first);
  field('audience.time_zones').value = (audience.time_zones ?? []).join('\n');

  setChecks(form, 'channels_available', Array.isArray(sheet.channels_available) ? sheet.channels_available : []);

  showLanguages(form, langs);
}
