#!/usr/bin/env node
// CLI ↔ WebAssembly parity: the native `noticekit` and the wasm module are two clients of one
// core, so for the same input bytes they must say the same thing.
//
// Cases: every tests/golden/<case>/ holding sheet.json (with an optional request.json,
// {"languages":[...],"channels":[...],"kind":"..."}, given to wasm as is and to the CLI as
// --lang/--channel/--kind),
// and every file in tests/bad-input/. For each case and each verb (render, check, plan):
//   - JSON: `noticekit <verb> <file> --format json [--lang ...] [--channel ...] [--kind ...]`
//     minus its final newline must be byte-identical to module.<verb>(<same bytes>,
//     <request.json or "{}">);
//   - exit status: the CLI's must be the one the module's result implies (status.mjs: the
//     result's "status" if it has one, else from its findings by the README's rule);
//   - text: `--format text` must exit the same and state what the module's JSON holds
//     (text-format.mjs: headers, metrics, subjects, texts, findings, completeness, the plan).
// Then `batch` (batch.mjs): the cases that share a request go through one
// `noticekit batch - --input jsonl --jobs 2`; each record must be the module's render result
// for its sheet behind its record number, input line and render's exit status, and the run's
// exit status and summary must add up.
//
// Usage: node tests/parity/parity.mjs [--cli PATH] [--site DIR]
//   --cli   the native binary  (or NOTICEKIT_CLI; default build/native/noticekit)
//   --site  folder with noticekit.mjs and noticekit.wasm
//           (or NOTICEKIT_SITE; default build-wasm/site)
// Prints one line per case and per batch run, what was compared and, last,
// "parity: N passed, M failed"; exits 1 on any failure.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { jsonlFor, recordProblems, runProblems } from './batch.mjs';
import { cliOptions, findCases, reportCase, repoRoot, runCliCapture, runCliJson } from './cases.mjs';
import { loadNoticekit } from './load-wasm.mjs';
import { impliedStatus } from './status.mjs';
import { checkCheckText, checkPlanText, checkRenderText } from './text-format.mjs';

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
// bytes, which the module copies unchanged, so both clients still read the same bytes.
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

const textChecks = { render: checkRenderText, check: checkCheckText, plan: checkPlanText };

// Every output over its channel's limit ("ok": false) has a finding about it, naming its
// channel and lang (tests/unit/output_invariants.h holds the C++ tests to the same rule).
function unexplainedOverLimit(result) {
  const problems = [];
  for (const output of result.outputs ?? []) {
    if (output.metrics?.ok !== false) continue;
    const explained = (result.findings ?? []).some(
      (f) => f.channel === output.channel && f.lang === output.lang && f.code.endsWith('over_limit'));
    if (!explained) {
      problems.push(`render: ${output.lang}.${output.channel} is over its limit (${JSON.stringify(output.metrics)}) with no finding about it`);
    }
  }
  return problems;
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

  let noticekit = await loadNoticekit(options.site);
  const callWasm = async (verb, bytes, wasmOptions) => {
    try {
      return noticekit[verb](sheetForWasm(bytes), wasmOptions);
    } catch (error) {
      // An abort leaves the module unusable: load a fresh one for the next cases.
      noticekit = await loadNoticekit(options.site);
      throw new Error(`${verb}: the wasm module threw: ${error?.message ?? error}`);
    }
  };

  const cases = findCases();
  const compared = { json: 0, statuses: 0, texts: 0, records: 0, batches: 0, outputs: 0 };
  for (const testCase of cases) {
    testCase.problems = [];
    try {
      testCase.bytes = readFileSync(testCase.sheetPath);
      testCase.cliArgs = cliOptions(testCase.request);
    } catch (error) {
      testCase.problems.push(error.message);
      continue;
    }
    const wasmOptions = testCase.request ?? '{}';
    for (const verb of ['render', 'check', 'plan']) {
      try {
        const cli = runCliJson(options.cli, verb, testCase.sheetPath, testCase.cliArgs);
        const wasmResult = await callWasm(verb, testCase.bytes, wasmOptions);
        ++compared.json;
        const difference = describeDifference(cli.bytes, Buffer.from(wasmResult, 'utf8'));
        if (difference) testCase.problems.push(`${verb}: ${difference}`);

        const result = JSON.parse(wasmResult);
        const status = impliedStatus(result);
        ++compared.statuses;
        if (cli.status !== status) {
          testCase.problems.push(`${verb}: the CLI exits with ${cli.status}; the module's result implies ${status}`);
        }
        if (verb === 'render') {
          testCase.renderStatus = cli.status;
          compared.outputs += result.outputs.length;
          testCase.problems.push(...unexplainedOverLimit(result));
        }

        const text = runCliCapture(options.cli, [verb, testCase.sheetPath, '--format', 'text', ...testCase.cliArgs]);
        ++compared.statuses;
        if (text.status !== status) {
          testCase.problems.push(`${verb} --format text: the CLI exits with ${text.status}; the module's result implies ${status}`);
        }
        ++compared.texts;
        for (const problem of textChecks[verb](text.stdout, text.stderr, result)) {
          testCase.problems.push(`${verb} --format text: ${problem}`);
        }
      } catch (error) {
        testCase.problems.push(error.message);
      }
    }
  }

  // batch: one run per distinct request.
  const groups = new Map();
  for (const testCase of cases.filter((c) => c.bytes && c.cliArgs)) {
    const key = testCase.cliArgs.join(' ');
    if (!groups.has(key)) groups.set(key, { args: testCase.cliArgs, cases: [] });
    groups.get(key).cases.push(testCase);
  }
  const batchRuns = [];
  let leftOut = 0;
  for (const [key, group] of groups) {
    const { records, skipped, input } = jsonlFor(group.cases);
    leftOut += skipped.length;
    const run = { name: `batch ${key || '(no options)'}: ${records.length} record${records.length === 1 ? '' : 's'}`, problems: [] };
    batchRuns.push(run);
    try {
      const batch = runCliCapture(options.cli, ['batch', '-', '--input', 'jsonl', '--jobs', '2', ...group.args], input);
      ++compared.batches;
      const out = batch.stdout;
      if (out.length > 0 && out[out.length - 1] !== 0x0a) run.problems.push('batch: the output does not end with a newline');
      const lines = [];
      for (let from = 0; from < out.length;) {
        const end = out.indexOf(0x0a, from);
        lines.push(out.subarray(from, end === -1 ? out.length : end));
        from = end === -1 ? out.length : end + 1;
      }
      if (lines.length !== records.length) run.problems.push(`batch wrote ${lines.length} lines for ${records.length} records`);
      const statuses = [];
      for (const [i, record] of records.entries()) {
        const testCase = record.testCase;
        const render = (bytes) => callWasm('render', bytes, testCase.request ?? '{}');
        try {
          const status = testCase.renderStatus ?? impliedStatus(JSON.parse(await render(record.bytes)));
          statuses.push(status);
          if (i >= lines.length) continue;
          ++compared.records;
          testCase.problems.push(...await recordProblems(lines[i], record, i + 1, status, render));
        } catch (error) {
          testCase.problems.push(`batch: ${error.message}`);
        }
      }
      run.problems.push(...runProblems(batch, statuses));
    } catch (error) {
      run.problems.push(error.message);
    }
  }

  const tally = { passed: 0, failed: 0 };
  for (const testCase of cases) reportCase(tally, testCase.name, testCase.problems);
  for (const run of batchRuns) reportCase(tally, run.name, run.problems);
  if (cases.length === 0) {
    console.log('FAIL no cases: tests/golden/*/sheet.json and tests/bad-input/* are empty');
  }
  console.log(`compared ${compared.json} JSON results (3 verbs × ${cases.length} cases), ${compared.statuses} exit statuses, ` +
              `${compared.texts} text reports, ${compared.records} batch records in ${compared.batches} batch runs ` +
              `(${leftOut} sheets not on one line left out of batch); ` +
              `${compared.outputs} rendered outputs within their limits or explained`);
  console.log(`parity: ${tally.passed} passed, ${tally.failed} failed`);
  process.exit(tally.failed > 0 || cases.length === 0 ? 1 : 0);
}

await main();
