// The schema (schema/notice.schema.json) is the one description of the fact sheet; this test
// fails when the model or the form says otherwise:
// - the form (index.html): every field it shows is a field of the schema, shown as its type
//   (a text as a text box group, a list as a list group, a choice as a menu of the schema's
//   values, a time as a date-and-time box, …);
// - the model (core/src/model: notice.h, the parser, for_each_text), through the CLI: a sheet
//   with every field of the schema is read without an unknown field or a type error, every
//   text of it is visited (each gets text.untranslated in a language it lacks), and a
//   wrongly typed value of any field is reported at that field.
// The form's and the parser's field lists are generated from the schema (tools/
// gen-sheet-fields.mjs), so these checks are about what is written by hand around them.
//
//   node --test tests/schema/        (the model's part needs the CLI: $NOTICEKIT_CLI, else
//                                     build/native/noticekit; ctest sets it)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sheetObjects } from '../../tools/sheet-fields.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(path.join(repo, 'schema', 'notice.schema.json'), 'utf8'));
const objects = sheetObjects(schema);
const cli = process.env.NOTICEKIT_CLI ?? path.join(repo, 'build', 'native', 'noticekit');

// The field at a dotted path from an object ("audience.size" from "sheet").
function fieldAt(dotted, objectName = 'sheet') {
  const [key, ...rest] = dotted.split('.');
  const field = objects.get(objectName)?.find((f) => f.key === key);
  if (!field || rest.length === 0) return field;
  return field.object ? fieldAt(rest.join('.'), field.object) : undefined;
}

// ---- the form ----

const html = readFileSync(path.join(repo, 'index.html'), 'utf8');
const between = (text, start, end) => {
  const from = text.indexOf(start);
  assert.ok(from >= 0, `index.html has no ${start}`);
  return text.slice(from, text.indexOf(end, from));
};
const attributes = (tag) =>
  Object.fromEntries([...tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].slice(1).map(([, k, v]) => [k, v ?? '']));

// The form's own controls, which are not fields of the sheet: how the languages are arranged
// (web/form.js writes them into "languages"), "end unknown" (a window's end of null), and the
// one original window the form offers (change.original_windows, read by web/form.js).
const FORM_ONLY = new Set(['primary_language', 'bilingual', 'window.end_unknown',
  'change.original_start', 'change.original_end']);

// Each text box group and control of a part of the page: [name, what it is, the tag's attributes].
function formPlaces(part) {
  const places = [];
  for (const match of part.matchAll(/<(input|select|textarea|div)\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    if (match[1] === 'div' && 'data-l10n' in attrs) {
      places.push({ name: attrs['data-l10n'], what: attrs['data-type'] === 'list' ? 'list' : 'text', attrs });
    } else if (match[1] !== 'div' && attrs.name) {
      const what = match[1] === 'input' ? `input:${attrs.type ?? 'text'}` : match[1];
      let options = [];
      if (match[1] === 'select') {
        const body = part.slice(match.index, part.indexOf('</select>', match.index));
        options = [...body.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
      }
      places.push({ name: attrs.name, what, attrs, options });
    }
  }
  return places;
}

// What a field's type may be shown as.
const SHOWN_AS = {
  text: ['text'],
  texts: ['list'],
  texts_or_objects: ['list'],
  string: ['input:text', 'input:checkbox'],
  strings: ['input:checkbox', 'textarea'],
  choice: ['select'],
  boolean: ['input:checkbox'],
  integer: ['input:number'],
  number: ['input:number'],
  time: ['input:datetime-local'],
};

function checkPlace(place, field, where) {
  assert.ok(field, `${where}: the form shows "${place.name}", which schema/notice.schema.json does not have`);
  assert.ok((SHOWN_AS[field.type] ?? []).includes(place.what),
    `${where}: "${place.name}" is shown as ${place.what}, but the schema's field is a ${field.type}`);
  for (const value of place.options ?? []) {
    assert.ok(!field.values || field.values.includes(value),
      `${where}: "${place.name}" offers "${value}", which is not one of the schema's values ${field.values}`);
  }
}

test('every field the form shows is a field of the schema, shown as its type', () => {
  const form = between(html, '<form id="sheet-form"', '</form>');
  for (const place of formPlaces(form)) {
    if (FORM_ONLY.has(place.name)) continue;
    const field = fieldAt(place.name);
    if (place.name === 'languages') continue;  // the boxes are made by web/form.js
    checkPlace(place, field, 'index.html');
  }
  // Each list of rows: its id is a field holding objects; its rows' template shows that
  // object's fields ("window.start", data-l10n="systems").
  const lists = [...form.matchAll(/<ol id="([^"]+)" class="rows" data-row="([^"]+)"/g)];
  assert.ok(lists.length > 0, 'index.html: no lists of rows found');
  for (const [, listId, noun] of lists) {
    const list = fieldAt(listId);
    assert.ok(list?.type === 'objects', `index.html: the rows #${listId} are not a list of objects in the schema`);
    const template = between(html, `<template id="${noun}-template">`, '</template>');
    for (const place of formPlaces(template)) {
      if (FORM_ONLY.has(place.name)) continue;
      const key = place.what === 'text' || place.what === 'list' ? place.name : place.name.replace(`${noun}.`, '');
      assert.ok(place.what === 'text' || place.what === 'list' || place.name.startsWith(`${noun}.`),
        `${noun}-template: "${place.name}" should be named "${noun}.<key>"`);
      checkPlace(place, fieldAt(key, list.object), `${noun}-template`);
    }
  }
});

// ---- the model, through the CLI ----

const TIME = '2026-12-05T22:00';

// A sheet with every field of `objectName`, each with a valid value; texts are plain strings
// (the sheet's first language, en). `paths` collects the JSON pointer of every text.
function fullObject(objectName, at, paths) {
  const out = {};
  for (const field of objects.get(objectName)) {
    out[field.key] = fullValue(field, `${at}/${field.key}`, paths);
  }
  return out;
}

function fullValue(field, at, paths) {
  const text = (where) => {
    paths.push(where);
    return `Text ${where}`;
  };
  switch (field.type) {
    case 'text': return text(at);
    case 'texts': return [text(`${at}/0`)];
    case 'string': return field.values?.[0] ?? (field.key === 'time_zone' ? 'UTC' : '12366');
    case 'strings':
      if (field.key === 'languages') return ['en', 'de'];
      return [field.values?.[0] ?? 'email'];
    case 'choice': return field.values[0];
    case 'boolean': return true;
    case 'integer':
    case 'number': return field.minimum ?? 0;
    case 'time': return TIME;
    case 'object': return fullObject(field.object, at, paths);
    case 'objects': return [fullObject(field.object, `${at}/0`, paths)];
    case 'texts_or_objects': return [text(`${at}/0`), fullObject(field.object, `${at}/1`, paths)];
    default: throw new Error(`${at}: no value for a ${field.type}`);
  }
}

// A value of the wrong JSON type for a field (every field but a boolean takes no `true`).
const wrongValue = (field) => (field.type === 'boolean' ? 'yes' : true);

// The same object with every field wrongly typed, but objects and lists of objects kept, so
// each wrong value is read; `paths` collects where each is.
function wrongObject(objectName, at, paths) {
  const out = {};
  for (const field of objects.get(objectName)) {
    const where = `${at}/${field.key}`;
    if (field.type === 'object') out[field.key] = wrongObject(field.object, where, paths);
    else if (field.type === 'objects') out[field.key] = [wrongObject(field.object, `${where}/0`, paths)];
    else {
      out[field.key] = wrongValue(field);
      paths.push(where);
    }
  }
  return out;
}

function check(sheet) {
  const run = spawnSync(cli, ['check', '-', '--format', 'json'], { input: JSON.stringify(sheet), encoding: 'utf8' });
  assert.ok(run.stdout, `noticekit check wrote nothing: ${run.stderr}`);
  return JSON.parse(run.stdout).findings;
}

const haveCli = existsSync(cli);
const skip = haveCli ? false : `no CLI at ${cli} (build it, or set NOTICEKIT_CLI)`;

// change.original_windows are the windows as first announced: their systems and regions
// repeat the current windows', whose texts are judged; for_each_text leaves them out.
const NOT_VISITED = /^\/change\/original_windows\/0\/(systems|regions)\//;

test('the model reads every field of the schema and visits every text', { skip }, () => {
  const paths = [];
  const sheet = fullObject('sheet', '', paths);
  const findings = check(sheet);
  assert.ok(findings.length < 100, 'too many findings to see them all');
  const problems = findings.filter((f) => f.code === 'field.unknown' || f.code === 'type.mismatch');
  assert.deepEqual(problems, [], 'a sheet with every field of the schema is read as it is');
  const visited = new Set(findings.filter((f) => f.code === 'text.untranslated').map((f) => f.path));
  const missed = paths.filter((p) => !visited.has(p) && !NOT_VISITED.test(p));
  assert.deepEqual(missed, [], 'texts the model does not read, or for_each_text does not visit');
});

test('the parser reports a wrongly typed value of every field at that field', { skip }, () => {
  for (const field of objects.get('sheet')) {
    if (field.key === 'schema') continue;  // a wrong schema stops the reading
    const paths = [];
    const sheet = { schema: 'noticekit/1' };
    if (field.type === 'object') sheet[field.key] = wrongObject(field.object, `/${field.key}`, paths);
    else if (field.type === 'objects') sheet[field.key] = [wrongObject(field.object, `/${field.key}/0`, paths)];
    else {
      sheet[field.key] = wrongValue(field);
      paths.push(`/${field.key}`);
    }
    const reported = new Set(check(sheet).filter((f) => f.code === 'type.mismatch').map((f) => f.path));
    const missed = paths.filter((p) => !reported.has(p));
    assert.deepEqual(missed, [], `fields under /${field.key} the parser does not read`);
  }
});
