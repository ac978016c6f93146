// Every locale file the engine embeds (core/locales/<tag>/*.json but about.json, which is for
// people) must validate against schema/locale.schema.json, the description of those files for
// translators' tools; and the schema must reject what the loader rejects.
//
//   node --test tests/schema/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(path.join(repo, 'schema', 'locale.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const locales = path.join(repo, 'core', 'locales');

function localeFiles() {
  const found = [];
  for (const tag of readdirSync(locales).sort())
    for (const name of readdirSync(path.join(locales, tag)).sort())
      if (name.endsWith('.json') && name !== 'about.json') found.push(path.join('core', 'locales', tag, name));
  return found;
}

test('every embedded locale file matches the locale schema', () => {
  const files = localeFiles();
  assert.ok(files.length > 40, `${files.length} locale files`);
  for (const file of files) {
    const ok = validate(JSON.parse(readFileSync(path.join(repo, file), 'utf8')));
    assert.ok(ok, `${file}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the locale schema rejects what the loader rejects', () => {
  const speech = { per_minute: 150, unit: 'words', space_beside_cjk: true };
  assert.ok(validate({ speech }));
  assert.ok(validate({ settings: { month_once_in_short_dates: true, sms_greeting: false } }));
  assert.ok(validate({ settings: { signature_side: 'right', feishu_post_language: 'ja_jp' } }));
  for (const bad of [
    { speech: { ...speech, per_minute: '150' } },  // a number typed as text
    { speech: { ...speech, unit: 'word' } },
    { speech: { ...speech, per_minute: 15000 } },
    { speech: { per_minute: 150, unit: 'words' } },
    { settings: { sms_greeting: 'true' } },  // a switch typed as text
    { settings: { sms_greetings: true } },  // a misspelt setting
    { settings: ['sms_greeting'] },
    { settings: { signature_side: 'rigth' } },
    { settings: { feishu_post_language: 'de_de' } },  // not a key Feishu documents for posts
    { weekdays: ['Sun', 'Mon'] },
    { clock_words: { '12h': 'midday' } },
    { phrases: { 'title.announcement': 5 } },
    { phrase: {} },  // a misspelt field
  ]) assert.equal(validate(bad), false, JSON.stringify(bad));
});
