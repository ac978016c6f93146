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
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNoticekit } from './load-wasm.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

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

// [{name, sheetPath, request}], golden cases first, each group sorted by name.
function findCases() {
  const cases = [];
  const goldenDir = path.join(repoRoot, 'tests', 'golden');
  if (existsSync(goldenDir)) {
    for (const name of readdirSync(goldenDir).sort()) {
      const sheetPath = path.join(goldenDir, name, 'sheet.json');
      if (!existsSync(sheetPath)) continue;
      const requestPath = path.join(goldenDir, name, 'request.json');
      const request = existsSync(requestPath) ? readFileSync(requestPath, 'utf8') : null;
      cases.push({ name: `golden/${name}`, sheetPath, request });
    }
  }
  const badDir = path.join(repoRoot, 'tests', 'bad-input');
  if (existsSync(badDir)) {
    for (const name of readdirSync(badDir).sort()) {
      const sheetPath = path.join(badDir, name);
      if (!statSync(sheetPath).isFile()) continue;
      cases.push({ name: `bad-input/${name}`, sheetPath, request: null });
    }
  }
  return cases;
}

// request.json → CLI options. A request the CLI cannot express (not an object of string
// lists) is a broken test case, reported as such.
function cliOptions(requestText) {
  if (requestText === null) return [];
  const request = JSON.parse(requestText);
  const args = [];
  for (const [key, flag] of [['languages', '--lang'], ['channels', '--channel']]) {
    const list = request[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.includes(','))) {
      throw new Error(`request.json: "${key}" must be a list of plain strings`);
    }
    if (list.length > 0) args.push(flag, list.join(','));
  }
  if (request.kind !== undefined) {
    if (typeof request.kind !== 'string') throw new Error('request.json: "kind" must be a string');
    args.push('--kind', request.kind);
  }
  return args;
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

function runCli(cli, verb, sheetPath, extraArgs) {
  const run = spawnSync(cli, [verb, sheetPath, '--format', 'json', ...extraArgs], {
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  if (run.error) throw new Error(`${verb}: cannot run ${cli}: ${run.error.message}`);
  if (run.signal || ![0, 1, 2].includes(run.status)) {
    throw new Error(`${verb}: the CLI ended with ${run.signal ?? `exit status ${run.status}`}: ` +
                    run.stderr.toString().trim().slice(0, 300));
  }
  const out = run.stdout;
  if (out.length === 0 || out[out.length - 1] !== 0x0a) {
    throw new Error(`${verb}: the CLI's output does not end with a newline`);
  }
  return out.subarray(0, out.length - 1);
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
  let passed = 0;
  let failed = 0;
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
    if (problems.length === 0) {
      ++passed;
      console.log(`ok   ${testCase.name}`);
    } else {
      ++failed;
      console.log(`FAIL ${testCase.name}\n     ${problems.join('\n     ')}`);
    }
  }
  if (cases.length === 0) {
    console.log('FAIL no cases: tests/golden/*/sheet.json and tests/bad-input/* are empty');
  }
  console.log(`parity: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || cases.length === 0 ? 1 : 0);
}

await main();
