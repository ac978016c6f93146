// The fact-sheet form: sets up its dynamic parts, reads it into a sheet (schema
// "noticekit/1", the field names of examples/*.json), fills it from a sheet, and says which
// field a JSON pointer into the sheet names (for findings shown beside their field).

import {
  expandLocalizedFields, languageName, languageParts, showLanguages, readText, readList, writeText,
  writeList,
} from './l10n.js';
import { setText, translate } from './i18n.js';

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

export function localDateTime(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// The repeated parts of a sheet: the <ol id> that holds the rows, and each row's <template>.
const ROW_LISTS = { windows: 'window', contacts: 'contact', service_halls: 'hall', updates: 'update' };

/** Wires up the form; `onChange` is called when rows are added or removed. */
export function setupForm(form, onChange) {
  expandLocalizedFields(form);

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('click', (event) => {
    const add = event.target.closest('button[data-add-row]');
    if (add) {
      addRow(form, add.dataset.addRow).querySelector('textarea, input, select')?.focus();
      onChange();
      return;
    }
    const remove = event.target.closest('button.remove');
    if (!remove) return;
    const list = remove.closest('ol.rows');
    remove.closest('li').remove();
    numberRows(list);
    form.querySelector(`[data-add-row="${list.id}"]`).focus();
    onChange();
  });

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (LANGUAGE_CONTROLS.includes(target.name)) {
      // The user chose the languages: from now on the sheet says what the controls show.
      keptLanguages.delete(form);
      // A sheet needs at least one language: unchecking the last one is undone.
      if (selectedLanguages(form).length === 0) target.checked = true;
      syncLanguages(form);
    } else if (target.name === 'kind') {
      syncKind(form);
    } else if (target.name === 'window.end_unknown') {
      syncEndUnknown(target.closest('li'));
    }
  });
}

/**
 * Offers these notice languages (the engine's list), keeping the ones ticked now, in their
 * order, first. Tags the sheet uses but the engine lacks stay, so nothing vanishes silently.
 */
export function setLanguageChoices(form, tags) {
  const checked = selectedLanguages(form);
  const all = [...new Set([...checked, ...tags])];
  const boxes = all.map((tag) => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'languages';
    box.value = tag;
    box.checked = checked.includes(tag);
    const name = document.createElement('span');
    name.lang = tag;
    name.textContent = languageName(tag);
    label.append(box, ' ', name, ` (${tag})`);
    return label;
  });
  form.querySelector('#language-choices').replaceChildren(...boxes);
}

const LANGUAGE_CONTROLS = ['languages', 'primary_language', 'bilingual'];

// A sheet's list of notice languages that the controls cannot show exactly — a bilingual
// notice beside single ones (["zh-CN+en", "ja"]), or two bilingual ones — is kept as the
// sheet gave it, and written back unchanged, until the user changes the languages.
const keptLanguages = new WeakMap();

/**
 * After the languages changed: the first language's box goes first (so the boxes read in the
 * sheet's order), the "first language" menu and the bilingual box are offered when two or
 * more languages are ticked, and every ticked language gets its text boxes.
 */
function syncLanguages(form) {
  const choices = form.querySelector('#language-choices');
  const primary = form.elements.namedItem('primary_language');
  const ticked = [...choices.querySelectorAll('input[name="languages"]:checked')];
  const first = ticked.find((box) => box.value === primary.value) ?? ticked[0];
  if (first && choices.firstElementChild !== first.closest('label')) choices.prepend(first.closest('label'));

  const langs = selectedLanguages(form);
  // The menu is rebuilt only when other languages are ticked, not when the first one
  // changes: its options keep their places, so the arrow keys reach every one of them.
  const offered = [...primary.options].map((option) => option.value);
  if ([...offered].sort().join() !== [...langs].sort().join()) {
    primary.replaceChildren(...langs.map((tag) => {
      const option = new Option(`${languageName(tag)} (${tag})`, tag);
      option.lang = tag;
      return option;
    }));
  }
  primary.value = langs[0] ?? '';
  form.querySelector('#language-order').hidden = langs.length < 2;

  const kept = keptLanguages.get(form);
  const note = form.querySelector('#languages-kept');
  note.hidden = !kept;
  if (kept) setText(note, 'languages.kept', { languages: kept.map(languageName).join('; ') });
  showLanguages(form, langs);
}

/** The sheet's "languages": the ticked ones, or one "a+b" entry when bilingual is chosen. */
export function sheetLanguages(form) {
  const kept = keptLanguages.get(form);
  if (kept) return [...kept];
  const langs = selectedLanguages(form);
  const bilingual = form.elements.namedItem('bilingual').checked;
  return bilingual && langs.length > 1 ? [langs.join('+')] : langs;
}

function addRow(form, listId) {
  const list = form.querySelector(`#${listId}`);
  const template = form.ownerDocument.getElementById(`${ROW_LISTS[listId]}-template`);
  const row = template.content.firstElementChild.cloneNode(true);
  expandLocalizedFields(row);
  list.append(row);
  translate(row);
  showLanguages(row, selectedLanguages(form));
  numberRows(list);
  return row;
}

function numberRows(list) {
  const noun = ROW_LISTS[list.id];
  [...list.children].forEach((row, i) => {
    setText(row.querySelector('.row-title'), `${noun}.title`, { n: i + 1 });
    setText(row.querySelector('button.remove'), `${noun}.remove`, { n: i + 1 });
  });
}

export function syncKind(form) {
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

export function selectedLanguages(form) {
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

const l10nIn = (scope, key) => scope.querySelector(`[data-l10n="${key}"]`);
const named = (scope, name) => scope.querySelector(`[name="${name}"]`);

// How each kind of row reads into a sheet item; undefined for a row left empty.
const ROW_READERS = {
  window: (row, { list, kind }) => {
    const get = (name) => named(row, `window.${name}`);
    const endUnknown = kind === 'emergency' && get('end_unknown').checked;
    return compact({
      systems: list(row, 'systems'),
      start: get('start').value,
      end: endUnknown ? null : get('end').value,
      end_is_estimate: get('end_is_estimate').checked || undefined,
      regions: list(row, 'regions'),
    });
  },
  contact: (row, { text }) => {
    const item = {
      kind: named(row, 'contact.kind').value,
      value: named(row, 'contact.value').value.trim(),
      name: text(row, 'name'),
      label: text(row, 'label'),
      hours: text(row, 'hours'),
    };
    return item.value || item.name || item.label || item.hours ? compact(item) : undefined;
  },
  hall: (row, { text }) =>
    compact({ name: text(row, 'name'), address: text(row, 'address'), hours: text(row, 'hours') }),
  update: (row, { text }) => compact({ at: named(row, 'update.at').value, text: text(row, 'text') }),
};

// Reads the rows of one list; each row kept remembers its index in the sheet, so a finding
// at /windows/1 finds the second *filled* row even when an empty row is above it.
function readRows(form, listId, context) {
  const items = [];
  for (const row of form.querySelectorAll(`#${listId} > li`)) {
    const item = ROW_READERS[ROW_LISTS[listId]](row, context);
    if (item === undefined) {
      delete row.dataset.index;
    } else {
      row.dataset.index = String(items.length);
      items.push(item);
    }
  }
  return items;
}

/** Reads the form into a fact sheet. */
export function readSheet(form) {
  const langs = selectedLanguages(form);
  const value = (name) => form.elements.namedItem(name).value.trim();
  const text = (scope, key) => readText(l10nIn(scope, key), langs);
  const list = (scope, key) => readList(l10nIn(scope, key), langs);
  const kind = value('kind');
  const context = { text, list, kind };
  const number = (name) => (value(name) === '' ? undefined : Number(value(name)));

  const originalWindow = compact({
    start: value('change.original_start'), end: value('change.original_end'),
  });

  return compact({
    schema: SCHEMA,
    kind,
    organization: compact({
      name: text(form, 'organization.name'),
      unit: text(form, 'organization.unit'),
      sms_signature: text(form, 'organization.sms_signature'),
    }),
    issued: value('issued'),
    time_zone: value('time_zone'),
    languages: sheetLanguages(form),
    audience: compact({
      kind: value('audience.kind'),
      size: number('audience.size'),
      roles: list(form, 'audience.roles'),
      time_zones: lines(form.elements.namedItem('audience.time_zones').value),
    }),
    windows: readRows(form, 'windows', context),
    reason: compact({ category: value('reason.category'), text: text(form, 'reason.text') }),
    impact: compact({
      unavailable: list(form, 'impact.unavailable'),
      degraded: list(form, 'impact.degraded'),
      still_available: list(form, 'impact.still_available'),
    }),
    alternatives: list(form, 'alternatives'),
    actions: compact({ before: list(form, 'actions.before'), after: list(form, 'actions.after') }),
    early_finish: form.elements.namedItem('early_finish').checked || undefined,
    may_change: form.elements.namedItem('may_change').checked || undefined,
    contacts: readRows(form, 'contacts', context),
    service_halls: readRows(form, 'service_halls', context),
    next_update: value('next_update'),
    updates: readRows(form, 'updates', context),
    channels_available: checkedValues(form, 'channels_available'),
    sms: compact({
      price_per_segment: number('sms.price_per_segment'),
      currency: value('sms.currency').toUpperCase(),
    }),
    incident: compact({
      mitigation: text(form, 'incident.mitigation'),
      root_cause: text(form, 'incident.root_cause'),
      prevention: text(form, 'incident.prevention'),
    }),
    remedy: list(form, 'remedy'),
    change: compact({
      reason: text(form, 'change.reason'),
      original_windows: originalWindow ? [originalWindow] : undefined,
    }),
    restoration: compact({
      actual_end: value('restoration.actual_end'),
      work_done: list(form, 'restoration.work_done'),
      follow_up: list(form, 'restoration.follow_up'),
      data: list(form, 'restoration.data'),
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
const asArray = (v) => (Array.isArray(v) ? v : []);

// How each kind of row is filled from a sheet item.
const ROW_WRITERS = {
  window: (row, window, { writeRowList }) => {
    const get = (name) => named(row, `window.${name}`);
    writeRowList('systems', window.systems);
    get('start').value = asString(window.start);
    get('end').value = asString(window.end);
    get('end_is_estimate').checked = window.end_is_estimate === true;
    get('end_unknown').checked = window.end === null;
    writeRowList('regions', window.regions);
    syncEndUnknown(row);
  },
  contact: (row, contact, { writeRowText }) => {
    setSelect(named(row, 'contact.kind'), contact.kind, 'phone');
    named(row, 'contact.value').value = asString(contact.value);
    for (const key of ['name', 'label', 'hours']) writeRowText(key, contact[key]);
  },
  hall: (row, hall, { writeRowText }) => {
    for (const key of ['name', 'address', 'hours']) writeRowText(key, hall[key]);
  },
  update: (row, update, { writeRowText }) => {
    named(row, 'update.at').value = asString(update.at);
    writeRowText('text', update.text);
  },
};

// Replaces the rows of one list; `keepOne` leaves an empty row to type into.
function fillRows(form, listId, items, first, keepOne) {
  form.querySelector(`#${listId}`).replaceChildren();
  const list = asArray(items).length ? asArray(items) : keepOne ? [{}] : [];
  for (const item of list) {
    const row = addRow(form, listId);
    ROW_WRITERS[ROW_LISTS[listId]](row, item ?? {}, {
      writeRowText: (key, value) => writeText(l10nIn(row, key), value, first),
      writeRowList: (key, value) => writeList(l10nIn(row, key), value, first),
    });
  }
}

// Ticks the languages of the sheet's notices (every part of a bilingual entry) in their
// order, and the bilingual box when an entry has several; a list the controls cannot show
// exactly is kept as given (keptLanguages).
function fillLanguages(form, sheet) {
  const entries = asArray(sheet.languages).filter((tag) => typeof tag === 'string' && tag);
  const offered = [...form.querySelectorAll('input[name="languages"]')].map((box) => box.value);
  const parts = [...new Set(entries.flatMap(languageParts))];
  const langs = parts.length ? parts : [offered[0] ?? 'en'];
  setLanguageChoices(form, [...langs, ...offered]);
  setChecks(form, 'languages', langs);
  // The menu is emptied so that the first ticked box, the sheet's first language, leads.
  form.elements.namedItem('primary_language').replaceChildren();
  form.elements.namedItem('bilingual').checked = entries.some((entry) => languageParts(entry).length > 1);
  keptLanguages.delete(form);
  if (entries.length && JSON.stringify(sheetLanguages(form)) !== JSON.stringify(entries)) {
    keptLanguages.set(form, entries);
  }
  syncLanguages(form);
  return langs;
}

/** Replaces everything in the form with the facts of `sheet`. */
export function fillForm(form, sheet) {
  const langs = fillLanguages(form, sheet);
  // Plain strings in a sheet are in the primary language of its first entry.
  const first = langs[0];
  const field = (name) => form.elements.namedItem(name);
  const text = (key, value) => writeText(l10nIn(form, key), value, first);
  const list = (key, value) => writeList(l10nIn(form, key), value, first);

  setSelect(field('kind'), sheet.kind, 'planned');
  syncKind(form);
  field('issued').value = asString(sheet.issued);
  field('time_zone').value = asString(sheet.time_zone);

  const org = sheet.organization ?? {};
  text('organization.name', org.name);
  text('organization.unit', org.unit);
  text('organization.sms_signature', org.sms_signature);

  fillRows(form, 'windows', sheet.windows, first, true);
  field('early_finish').checked = sheet.early_finish === true;
  field('may_change').checked = sheet.may_change === true;

  const reason = sheet.reason ?? {};
  setSelect(field('reason.category'), reason.category, 'upgrade');
  text('reason.text', reason.text);

  const impact = sheet.impact ?? {};
  list('impact.unavailable', impact.unavailable);
  list('impact.degraded', impact.degraded);
  list('impact.still_available', impact.still_available);
  list('alternatives', sheet.alternatives);
  const actions = sheet.actions ?? {};
  list('actions.before', actions.before);
  list('actions.after', actions.after);
  list('remedy', sheet.remedy);

  fillRows(form, 'contacts', sheet.contacts, first, true);
  fillRows(form, 'service_halls', sheet.service_halls, first, false);
  field('next_update').value = asString(sheet.next_update);
  fillRows(form, 'updates', sheet.updates, first, false);

  const incident = sheet.incident ?? {};
  text('incident.mitigation', incident.mitigation);
  text('incident.root_cause', incident.root_cause);
  text('incident.prevention', incident.prevention);

  // The form offers one original window: the one an extension or reschedule changes.
  const change = sheet.change ?? {};
  const original = asArray(change.original_windows)[0] ?? {};
  text('change.reason', change.reason);
  field('change.original_start').value = asString(original.start);
  field('change.original_end').value = asString(original.end);

  const restoration = sheet.restoration ?? {};
  field('restoration.actual_end').value = asString(restoration.actual_end);
  list('restoration.work_done', restoration.work_done);
  list('restoration.follow_up', restoration.follow_up);
  list('restoration.data', restoration.data);

  const audience = sheet.audience ?? {};
  setSelect(field('audience.kind'), audience.kind, 'public');
  field('audience.size').value = asString(audience.size);
  list('audience.roles', audience.roles);
  field('audience.time_zones').value = asArray(audience.time_zones).join('\n');

  setChecks(form, 'channels_available', asArray(sheet.channels_available));
  const sms = sheet.sms ?? {};
  field('sms.price_per_segment').value = asString(sms.price_per_segment);
  field('sms.currency').value = asString(sms.currency);
}

const pointer = (dotted) => `/${dotted.split('.').join('/')}`;

/**
 * Every place a finding can be shown: JSON pointer → the element that shows that part of the
 * sheet (a labelled field, a localized field's group, a row, or a fieldset). Call after
 * readSheet, which numbers the rows.
 */
export function fieldPlaces(form) {
  const places = new Map();
  for (const node of form.querySelectorAll('[data-path]')) {
    places.set(node.dataset.path, node.matches('input, select, textarea') ? node.closest('.field') : node);
  }
  for (const [listId, noun] of Object.entries(ROW_LISTS)) {
    for (const row of form.querySelectorAll(`#${listId} > li[data-index]`)) {
      const base = `/${listId}/${row.dataset.index}`;
      places.set(base, row);
      for (const holder of row.querySelectorAll('[data-l10n]')) places.set(`${base}/${holder.dataset.l10n}`, holder);
      for (const control of row.querySelectorAll(`[name^="${noun}."]`)) {
        places.set(`${base}/${control.name.slice(noun.length + 1)}`, control.closest('.field, .check'));
      }
    }
  }
  for (const holder of form.querySelectorAll('[data-l10n]')) {
    if (!holder.closest('ol.rows')) places.set(pointer(holder.dataset.l10n), holder);
  }
  for (const control of form.querySelectorAll('input[name], select[name], textarea[name]')) {
    const path = control.dataset.path ?? pointer(control.name);
    if (!control.closest('ol.rows') && !places.has(path)) places.set(path, control.closest('.field, .check, fieldset'));
  }
  return places;
}
