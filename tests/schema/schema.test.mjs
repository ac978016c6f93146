// Every fact sheet the project ships or tests with (examples/, tests/golden/*/sheet.json)
// must validate against schema/notice.schema.json, the contract other tools rely on; and
// the schema must reject what the core rejects as unusable (wrong types).
//
//   node --test tests/schema/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(path.join(repo, 'schema', 'notice.schema.json'), 'utf8'));
// strictRequired is off: windows require "systems" and "start" on top of a shared $ref.
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

function sheets() {
  const found = readdirSync(path.join(repo, 'examples'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join('examples', name));
  const golden = path.join(repo, 'tests', 'golden');
  for (const name of readdirSync(golden).sort()) {
    const sheet = path.join('tests', 'golden', name, 'sheet.json');
    if (existsSync(path.join(repo, sheet))) found.push(sheet);
  }
  return found;
}

// Golden cases that exist to show how malformed sheets are reported are not valid sheets.
const malformed = new Set(['bad-json', 'wrong-type']);

test('every example and golden sheet validates against the schema', () => {
  const checked = [];
  for (const file of sheets()) {
    const caseName = path.basename(path.dirname(file));
    if (malformed.has(caseName)) continue;
    const sheet = JSON.parse(readFileSync(path.join(repo, file), 'utf8'));
    const ok = validate(sheet);
    assert.ok(ok, `${file}: ${JSON.stringify(validate.errors, null, 1)}`);
    checked.push(file);
  }
  assert.ok(checked.length >= 10, `only ${checked.length} sheets checked`);
});

test('the schema rejects what the core cannot read', () => {
  const wrongType = JSON.parse(readFileSync(path.join(repo, 'tests', 'golden', 'wrong-type', 'sheet.json'), 'utf8'));
  assert.equal(validate(wrongType), false);
  const paths = validate.errors.map((e) => e.instancePath);
  assert.ok(paths.includes('/languages'), paths.join(' '));
  const base = JSON.parse(readFileSync(path.join(repo, 'examples', 'tax-bureau-planned.json'), 'utf8'));
  assert.equal(validate({ ...base, kind: 'postponement' }), false);
  assert.equal(validate({ ...base, windows: [{ systems: ['x'], start: '2026-12-05 22:00' }] }), false);
  assert.equal(validate({ ...base, reason: { text: 42 } }), false);
});
