// The fact-sheet form: sets up its dynamic parts, reads it into a sheet and fills it from one
// by walking the sheet's objects and fields (web/sheet-fields.js, which the build writes from
// schema/notice.schema.json), and says which field a JSON pointer into the sheet names (for
// findings shown beside their field).

import {
  expandLocalizedFields, languageName, languageParts, showLanguages, readText, readList, writeText,
  writeList,
} from './l10n.js';
import { setText, translate } from './i18n.js';
import { SHEET_OBJECTS } from './sheet-fields.js';

const SCHEMA = SHEET_OBJECTS.sheet.find((field) => field.key === 'schema').values[0];

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

// Where a field of the sheet is in the form. Outside the rows a field's control is named by its
// dotted path ("audience.size") and a localized field's group says it in data-l10n
// ("reason.text"); in a row of a list, the control is named by the row's noun and the key
// ("window.start") and the group by the key alone ("systems").
function placeOf(scope, key, prefix, noun) {
  const name = noun ? `${noun}.${key}` : `${prefix}${key}`;
  const l10n = noun ? key : `${prefix}${key}`;
  const holders = [...scope.querySelectorAll(`[data-l10n="${l10n}"]`)];
  const controls = [...scope.querySelectorAll(`[name="${name}"]`)];
  const own = (node) => noun || !node.closest('ol.rows');
  return {
    scope, name,
    holder: holders.find(own),
    controls: controls.filter(own),
    get control() { return this.controls[0]; },
  };
}

const isCheckbox = (control) => control?.type === 'checkbox';

// The fields the form reads or fills in its own way; every other field of the sheet (the
// generated SHEET_OBJECTS, from schema/notice.schema.json) is found by placeOf and read by
// its type. Keys: the dotted path outside rows, "noun.key" in a row.
const SPECIAL = {
  schema: { read: () => SCHEMA, fill: () => {} },
  // Filled first, by fillLanguages: plain strings are in its first language.
  languages: { read: ({ form }) => sheetLanguages(form), fill: () => {} },
  kind: {
    fill: ({ form, place }, value) => {
      setSelect(place.control, value, place.control.options[0]?.value);
      syncKind(form);
    },
  },
  'sms.currency': { read: ({ place }) => place.control.value.trim().toUpperCase() },
  // An emergency's window may have no end yet: "end unknown" reads as null.
  'window.end': {
    read: ({ place, kind }) => {
      const unknown = kind === 'emergency' && named(place.scope, 'window.end_unknown').checked;
      return unknown ? null : place.control.value.trim();
    },
    fill: ({ place }, value) => {
      place.control.value = asString(value);
      named(place.scope, 'window.end_unknown').checked = value === null;
      syncEndUnknown(place.scope);
    },
  },
  // The form offers one original window: the one an extension or reschedule changes.
  'change.original_windows': {
    read: ({ form }) => {
      const window = compact({
        start: form.elements.namedItem('change.original_start').value.trim(),
        end: form.elements.namedItem('change.original_end').value.trim(),
      });
      return window ? [window] : undefined;
    },
    fill: ({ form }, value) => {
      const original = asArray(value)[0] ?? {};
      form.elements.namedItem('change.original_start').value = asString(original.start);
      form.elements.namedItem('change.original_end').value = asString(original.end);
    },
  },
};

const named = (scope, name) => scope.querySelector(`[name="${name}"]`);

// Reads one object of the sheet from `scope` (the form, or a row); its fields in the schema's
// order.
function readObject(objectName, scope, prefix, noun, context) {
  const item = {};
  for (const field of SHEET_OBJECTS[objectName]) {
    const place = placeOf(scope, field.key, prefix, noun);
    const special = SPECIAL[noun ? place.name : `${prefix}${field.key}`];
    item[field.key] = special?.read
      ? special.read({ ...context, place })
      : readField(field, place, `${prefix}${field.key}`, context);
  }
  return item;
}

function readField(field, place, path, context) {
  const { form, langs } = context;
  const { holder, control } = place;
  switch (field.type) {
    case 'text': return holder && readText(holder, langs);
    case 'texts':
    case 'texts_or_objects': return holder && readList(holder, langs);
    case 'boolean': return control?.checked || undefined;
    case 'integer':
    case 'number': {
      const value = control?.value.trim() ?? '';
      return value === '' ? undefined : Number(value);
    }
    case 'strings':
      if (isCheckbox(control)) return place.controls.filter((box) => box.checked).map((box) => box.value);
      return control && lines(control.value);
    case 'object': return compact(readObject(field.object, place.scope, `${path}.`, undefined, context));
    case 'objects':
      return form.querySelector(`ol.rows#${field.key}`) ? readRows(form, field.key, field.object, context) : undefined;
    default: return control?.value.trim();  // string, choice, time
  }
}

// Reads the rows of one list; each row kept remembers its index in the sheet, so a finding
// at /windows/1 finds the second *filled* row even when an empty row is above it. A row with
// nothing but its menus (a contact's kind) is empty.
function readRows(form, listId, objectName, context) {
  const items = [];
  const noun = ROW_LISTS[listId];
  for (const row of form.querySelectorAll(`#${listId} > li`)) {
    const item = compact(readObject(objectName, row, '', noun, context));
    const filled = item && SHEET_OBJECTS[objectName].some((f) => f.type !== 'choice' && f.key in item);
    if (!filled) {
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
  const context = { form, langs: selectedLanguages(form), kind: form.elements.namedItem('kind').value.trim() };
  return compact(readObject('sheet', form, '', undefined, context));
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
function setChecks(boxes, values) {
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

// Fills one object of the sheet into `scope` (the form, or a row).
function fillObject(objectName, value, scope, prefix, noun, context) {
  const object = value !== null && typeof value === 'object' ? value : {};
  for (const field of SHEET_OBJECTS[objectName]) {
    const place = placeOf(scope, field.key, prefix, noun);
    const special = SPECIAL[noun ? place.name : `${prefix}${field.key}`];
    if (special?.fill) special.fill({ ...context, place }, object[field.key]);
    else fillField(field, object[field.key], place, `${prefix}${field.key}`, context);
  }
}

function fillField(field, value, place, path, context) {
  const { form, first } = context;
  const { holder, control } = place;
  switch (field.type) {
    case 'text': if (holder) writeText(holder, value, first); break;
    case 'texts':
    case 'texts_or_objects': if (holder) writeList(holder, value, first); break;
    case 'boolean': if (control) control.checked = value === true; break;
    case 'strings':
      if (isCheckbox(control)) setChecks(place.controls, asArray(value));
      else if (control) control.value = asArray(value).join('\n');
      break;
    case 'choice': if (control) setSelect(control, value, control.options[0]?.value); break;
    case 'object': fillObject(field.object, value, place.scope, `${path}.`, undefined, context); break;
    case 'objects': {
      const list = form.querySelector(`ol.rows#${field.key}`);
      if (list) fillRows(form, field.key, field.object, value, context, list.dataset.keepOne !== undefined);
      break;
    }
    default: if (control) control.value = asString(value);  // string, time, integer, number
  }
}

// Replaces the rows of one list; `keepOne` leaves an empty row to type into.
function fillRows(form, listId, objectName, items, context, keepOne) {
  form.querySelector(`#${listId}`).replaceChildren();
  const list = asArray(items).length ? asArray(items) : keepOne ? [{}] : [];
  for (const item of list) {
    const row = addRow(form, listId);
    fillObject(objectName, item ?? {}, row, '', ROW_LISTS[listId], context);
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
  setChecks(form.querySelectorAll('input[name="languages"]'), langs);
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
  fillObject('sheet', sheet, form, '', undefined, { form, first: langs[0] });
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
