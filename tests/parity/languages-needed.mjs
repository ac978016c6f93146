#!/usr/bin/env node
// The WebAssembly module reads only the languages it is given (README, "The WebAssembly
// module"), and missing_languages must list every one a call reads: otherwise a call would go
// ahead with a language a page has not fetched. For every parity case (tests/golden and
// tests/bad-input) and verb, a fresh module given only what missing_languages lists (as Node's
// loader gives it, and as the page's worker fetches it) must answer byte for byte as a module
// given every language.
//
// Usage: node tests/parity/languages-needed.mjs [SITE]   (or NOTICEKIT_SITE; default build-wasm/site)
// Prints "languages needed: N calls, M differ"; exits 1 if any differs.
import { readFileSync } from 'node:fs';
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

const readLanguage = (tag) => readFileSync(path.join(site, 'locales', `${tag}.json`), 'utf8');
const everything = await instance();
for (const tag of JSON.parse(everything.languages())) {
  const problem = everything.add_language(tag, readLanguage(tag));
  if (problem) throw new Error(problem);
}

let calls = 0;
let differ = 0;
for (const { name, sheetPath, request } of findCases()) {
  const sheet = readFileSync(sheetPath);
  for (const verb of ['render', 'check', 'plan']) {
    const fresh = await instance();  // Node's loader gives it what each call lists
    const got = fresh[verb](sheet, request ?? '{}');
    const want = everything[verb](sheet, request ?? '{}');
    calls += 1;
    if (got !== want) {
      differ += 1;
      console.log(`FAIL ${name} ${verb}: ${got.slice(0, 160)}`);
    }
  }
}
console.log(`languages needed: ${calls} calls, ${differ} differ`);
process.exit(differ ? 1 : 0);
