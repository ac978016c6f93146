#!/usr/bin/env node
// The WebAssembly module reads only the languages it is given (README, "The WebAssembly
// module"), and missing_languages must list every one a call reads: otherwise a call would go
// ahead with a language a page has not fetched. For every parity case (tests/golden and
// tests/bad-input) and verb, a fresh module given only what missing_languages lists (as Node's
// loader gives it, and as the page's worker fetches it) must answer byte for byte as a module
// given every language. The same for the parts of the languages' zone names
// (locales/<tag>.zones-<area>.json): sheets in zones of several areas, zones without a
// metazone and legacy ids, in several languages, each given what missing_languages lists in
// its order, in the reverse order (parts before their language, as a page's downloads may
// arrive), and to one module in turn (a part given after its language was read). The same for
// the messages part (locales/<tag>.messages.json: findings, completeness labels, the plan's
// words), read only for the language the messages are in (the request's messages_language):
// messages in a language the notices are not in, given before their language, and a sheet in
// zh-CN only with English messages (a page's English interface), whose list must name
// en.messages and not zh-CN.messages. And the problems add_language reports.
//
// Usage: node tests/parity/languages-needed.mjs [SITE]   (or NOTICEKIT_SITE; default build-wasm/site)
// Prints "languages needed: N calls, M differ"; exits 1 if any differs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findCases, repoRoot } from './cases.mjs';

const site = path.resolve(process.argv[2] ?? process.env.NOTICEKIT_SITE ?? path.join(repoRoot, 'build-wasm', 'site'));
const { default: createNoticekit } = await import(pathToFileURL(path.join(site, 'noticekit.mjs')).href);
// Compiled once; each fresh module is a new instance of it.
const compiled = await WebAssembly.compile(readFileSync(path.join(site, 'noticekit.wasm')));
const instance = (options = {}) => createNoticekit({
  ...options,
  instantiateWasm(imports, receive) {
    WebAssembly.instantiate(compiled, imports).then((made) => receive(made));
    return {};
  },
});

// name → the text of locales/<name>.json: a language ("zh-CN") or a part of its zone names.
const readLanguage = (name) => readFileSync(path.join(site, 'locales', `${name}.json`), 'utf8');
const everything = await instance();
const allNames = readdirSync(path.join(site, 'locales')).map((file) => file.replace(/\.json$/, ''));
for (const name of allNames) {
  const problem = everything.add_language(name, readLanguage(name));
  if (problem) throw new Error(problem);
}

let calls = 0;
let differ = 0;
function compare(name, got, want) {
  calls += 1;
  if (got === want) return;
  differ += 1;
  console.log(`FAIL ${name}: ${got.slice(0, 160)}`);
}

for (const { name, sheetPath, request } of findCases()) {
  const sheet = readFileSync(sheetPath);
  for (const verb of ['render', 'check', 'plan']) {
    const fresh = await instance();  // Node's loader gives it what each call lists
    compare(`${name} ${verb}`, fresh[verb](sheet, request ?? '{}'), everything[verb](sheet, request ?? '{}'));
  }
}

// Golden sheets again in other zones: {from: golden case, languages, time_zone, readers}.
const zoneCases = [
  { from: 'saas-emergency', languages: ['en-GB', 'de'], time_zone: 'Europe/London',
    readers: ['America/New_York', 'Asia/Kolkata', 'Australia/Sydney'] },
  { from: 'tax-bureau-planned', languages: ['zh-TW', 'ja'], time_zone: 'Asia/Taipei',
    readers: ['America/Los_Angeles', 'Pacific/Auckland', 'Africa/Cairo'] },
  // Zones without a metazone (Amman, Punta Arenas), a legacy id (US/Eastern), UTC.
  { from: 'saas-emergency', languages: ['fr', 'es', 'ko'], time_zone: 'Asia/Amman',
    readers: ['America/Punta_Arenas', 'US/Eastern', 'Etc/UTC', 'Arctic/Longyearbyen',
      'Atlantic/Reykjavik', 'Indian/Maldives', 'Antarctica/McMurdo'] },
  { from: 'tax-bureau-planned-bilingual', languages: ['zh-CN+en', 'en-US'], time_zone: 'Europe/Berlin',
    readers: ['Asia/Shanghai', 'Europe/Berlin'] },
  { from: 'three-nights-announcement', languages: ['zh-TW-u-ca-roc'], time_zone: 'America/Punta_Arenas',
    readers: [] },
];
// Golden sheets with their messages in another language than their notices':
// {from: golden case, messages_language, languages?}.
const messageCases = [
  { from: 'tax-bureau-planned', messages_language: 'en' },
  { from: 'tax-bureau-planned-bilingual', messages_language: 'en' },
  { from: 'saas-emergency', messages_language: 'zh-CN' },
  { from: 'tax-bureau-planned', messages_language: 'en-US', languages: ['zh-TW'] },
  { from: 'saas-emergency', messages_language: 'zh-TW', languages: ['de', 'en-GB'] },
  { from: 'saas-emergency', messages_language: 'en-GB', languages: ['ja'] },
  { from: 'tax-bureau-planned', messages_language: 'zh-TW-u-ca-roc' },
  { from: 'tax-bureau-planned', messages_language: 'xx' },
];
const goldenSheet = (from) =>
  JSON.parse(readFileSync(path.join(repoRoot, 'tests', 'golden', from, 'sheet.json'), 'utf8'));

// Each verb by a module given what missing_languages lists: in its order, in the reverse order,
// and by `growing`, one module that was given what earlier calls needed.
async function compareGiven(name, text, request, growing) {
  for (const verb of ['render', 'check', 'plan']) {
    const want = everything[verb](text, request);
    compare(`${name} ${verb} (listed order)`, (await instance())[verb](text, request), want);
    const reversed = await instance();
    for (const needed of JSON.parse(reversed.missing_languages(text, request)).reverse()) {
      const problem = reversed.add_language(needed, readLanguage(needed));
      if (problem) throw new Error(problem);
    }
    compare(`${name} ${verb} (reverse order)`, reversed[verb](text, request), want);
    compare(`${name} ${verb} (one module)`, growing[verb](text, request), want);
  }
}

const growing = await instance();  // one module for every zone and messages case, in turn
for (const { from, languages, time_zone, readers } of zoneCases) {
  const sheet = goldenSheet(from);
  sheet.time_zone = time_zone;
  sheet.audience = { ...sheet.audience, time_zones: readers };
  await compareGiven(`${from} in ${time_zone} ${languages.join(',')}`, JSON.stringify(sheet),
    JSON.stringify({ languages }), growing);
}
for (const { from, messages_language, languages } of messageCases) {
  await compareGiven(`${from} ${languages ?? ''} messages in ${messages_language}`,
    JSON.stringify(goldenSheet(from)), JSON.stringify({ languages, messages_language }), growing);
}

// The messages part is listed for the language the messages are in only: a sheet in zh-CN
// with English messages needs en's, not zh-CN's.
const zhOnly = JSON.stringify(goldenSheet('tax-bureau-planned'));
for (const [request, want] of [
  ['{"messages_language":"en"}', ['en', 'zh-CN', 'en.messages', 'en.zones-Asia', 'zh-CN.zones-Asia']],
  ['{}', ['en', 'zh-CN', 'zh-CN.messages', 'en.zones-Asia', 'zh-CN.zones-Asia']],
  ['{"messages_language":"en-GB"}', ['en', 'zh-CN', 'en-GB', 'en.messages', 'en.zones-Asia',
    'zh-CN.zones-Asia', 'en-GB.zones-Asia']],
]) {
  compare(`missing_languages(tax-bureau-planned, ${request})`,
    (await instance()).missing_languages(zhOnly, request), JSON.stringify(want));
}

// What add_language says of a part it cannot take.
const problems = await instance();
const part = readLanguage('en.zones-Asia');
for (const [name, data, want] of [
  ['en.zones-Asia', part, ''],
  ['en.zones-Asia', part, 'en.zones-Asia: its data is already there'],
  ['xx.zones-Asia', part, 'xx.zones-Asia: no locale has this tag'],
  ['en.zones-Mars', part, 'en.zones-Mars: en has no zone names of this area'],
  ['en.zones-Europe', '{"zones.json":{"phrases":{}}}',
    'en.zones-Europe/zones.json: a zone part holds cldr_zone_names and cldr_zone_cities only'],
  ['en.zones-Africa', '[]', 'en.zones-Africa: not a JSON object of locale files'],
  ['en.messages', readLanguage('en.messages'), ''],
  ['en.messages', readLanguage('en.messages'), 'en.messages: its data is already there'],
  ['en-GB.messages', readLanguage('en.messages'), 'en-GB.messages: en-GB has no messages of its own'],
  ['de.messages', '{"notice.json":{"weekdays":[]}}',
    'de.messages/notice.json: a messages part holds findings and phrases only'],
  ['de.speech', '{"notice.json":{}}', 'de.speech: no part of a language has this name'],
]) compare(`add_language(${name})`, JSON.stringify(problems.add_language(name, data)), JSON.stringify(want));

console.log(`languages needed: ${calls} calls, ${differ} differ`);
process.exit(differ ? 1 : 0);
