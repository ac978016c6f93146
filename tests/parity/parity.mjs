#!/usr/bin/env node
// CLI ↔ WebAssembly parity: the native `noticekit` and the wasm module are two clients of one
// core, so for the same input bytes they must print byte-identical JSON.
//
// Cases: every tests/golden/<case>/ holding sheet.json (with an optional request.json,
// {"languages":[...],"channels":[...],"kind":"..."}, given to wasm as is and to the CLI as
// --lang/--channel/--kind),
// and every file in tests/bad-input/. For each case all three verbs run:
//   noticekit render|check|plan <file> --format json [--lang ...] [--channel ...]
//   module.render|check|plan(<same bytes>, <request.json or "{}">)
// and the CLI's stdout minus its final newline must equal the module's result.
//
// Usage: node tests/parity/parity.mjs [--cli PATH] [--site DIR]
//   --cli   the native binary  (or NOTICEKIT_CLI; default build/native/noticekit)
//   --site  folder with noticekit.mjs and noticekit.wasm
//           (or NOTICEKIT_SITE; default build-wasm/site)
// Prints one line per case and, last, "parity: N passed, M failed"; exits 1 on any failure.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cliOptions, findCases, reportCase, repoRoot, runCli } from './cases.mjs';
import { loadNoticekit } from './load-wasm.mjs';

function parseArguments(argv) {
  const options = {
    cli: process.env.NOTICEKIT_CLI || path.join(repoRoot, 'build', 'native', 'noticekit'),
    site: process.env.NOTICEKIT_SITE || path.join(repoRoot, 'build-wasm', 'site'),
  };
  for (let i = 0; i < argv.length; ++i) {
    const [name, inlineValue] = argv[i].split(/=(.*)/s, 2);
    if (name === '--help' || name === '-h') {
      console.log('usage: node tests/parity/parity.mjs [--cli PATH] [--site DIR]');
      process.exit(0);
    }
    if (name !== '--cli' && name !== '--site') {
      console.error(`parity: unknown argument '${argv[i]}'; usage: parity.mjs [--cli PATH] [--site DIR]`);
      process.exit(2);
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined) {
      console.error(`parity: ${name} needs a value`);
      process.exit(2);
    }
    options[name.slice(2)] = path.resolve(value);
  }
  return options;
}

// The sheet as the page would pass it (a string) when it is valid UTF-8; otherwise its raw
// bytes, which embind copies unchanged, so both clients still read the same bytes.
function sheetForWasm(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return bytes;
  }
}

// "" when equal, else where and how the two differ.
function describeDifference(cliBytes, wasmBytes) {
  if (cliBytes.equals(wasmBytes)) return '';
  let at = 0;
  while (at < cliBytes.length && at < wasmBytes.length && cliBytes[at] === wasmBytes[at]) ++at;
  const around = (bytes) => JSON.stringify(bytes.subarray(Math.max(0, at - 30), at + 50).toString('utf8'));
  return `differ at byte ${at} (cli ${cliBytes.length} bytes, wasm ${wasmBytes.length} bytes)\n` +
         `       cli:  ${around(cliBytes)}\n       wasm: ${around(wasmBytes)}`;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!existsSync(options.cli)) {
    console.error(`parity: no CLI at ${options.cli}; build it (scripts/build) or pass --cli`);
    process.exit(2);
  }
  if (!existsSync(path.join(options.site, 'noticekit.wasm'))) {
    console.error(`parity: no noticekit.wasm in ${options.site}; build it (scripts/build) or pass --site`);
    process.exit(2);
  }

  const cases = findCases();
  let noticekit = await loadNoticekit(options.site);
  const tally = { passed: 0, failed: 0 };
  for (const testCase of cases) {
    const problems = [];
    try {
      const bytes = readFileSync(testCase.sheetPath);
      const cliArgs = cliOptions(testCase.request);
      const wasmOptions = testCase.request ?? '{}';
      for (const verb of ['render', 'check', 'plan']) {
        const cliBytes = runCli(options.cli, verb, testCase.sheetPath, cliArgs);
        let wasmResult;
        try {
          wasmResult = noticekit[verb](sheetForWasm(bytes), wasmOptions);
        } catch (error) {
          // An abort leaves the module unusable: load a fresh one for the next cases.
          noticekit = await loadNoticekit(options.site);
          throw new Error(`${verb}: the wasm module threw: ${error?.message ?? error}`);
        }
        const difference = describeDifference(cliBytes, Buffer.from(wasmResult, 'utf8'));
        if (difference) problems.push(`${verb}: ${difference}`);
      }
    } catch (error) {
      problems.push(error.message);
    }
    reportCase(tally, testCase.name, problems);
  }
  if (cases.length === 0) {
    console.log('FAIL no cases: tests/golden/*/sheet.json and tests/bad-input/* are empty');
  }
  console.log(`parity: ${tally.passed} passed, ${tally.failed} failed`);
  process.exit(tally.failed > 0 || cases.length === 0 ? 1 : 0);
}

await main();
