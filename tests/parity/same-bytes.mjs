#!/usr/bin/env node
// Deterministic output: the same sheet gives the same bytes, run after run and build after
// build. For every golden case and every verb (render, check, plan --format json) the first
// CLI runs twice and each other CLI once, and all outputs must be byte-identical. Given a
// release and a sanitized build, this also catches output that depends on memory layout,
// uninitialized data or addresses.
//
// Usage: node tests/parity/same-bytes.mjs CLI [CLI…]
// Prints one line per case, in order, and last "same-bytes: N passed, M failed"; exits 1 on a
// failure. JOBS cases run at a time (default 2): each run is one process, and the sanitized
// one takes most of a second, so one at a time left a core idle for a minute of every test run.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cliOptions, findCases, reportCase } from './cases.mjs';

const clis = process.argv.slice(2).map((p) => path.resolve(p));
if (clis.length === 0 || clis.some((cli) => !existsSync(cli))) {
  console.error('usage: node tests/parity/same-bytes.mjs CLI [CLI…]  (each an existing noticekit binary)');
  process.exit(2);
}
const jobs = Math.max(1, Number(process.env.JOBS) || 2);

// The CLI's standard output for one verb; rejects when it crashed or could not run (exit
// statuses 0, 1 and 2 are answers: a sheet with errors gives its findings too).
function output(cli, verb, sheetPath, args) {
  return new Promise((resolve, reject) => {
    execFile(cli, [verb, sheetPath, '--format', 'json', ...args],
      { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
        if (error && (error.signal || ![1, 2].includes(error.code))) {
          reject(new Error(`${verb}: ${cli} ended with ${error.signal ?? error.code}: ${stderr.toString().trim().slice(0, 300)}`));
        } else {
          resolve(stdout);
        }
      });
  });
}

async function problemsOf(testCase) {
  const problems = [];
  try {
    const args = cliOptions(testCase.request);
    for (const verb of ['render', 'check', 'plan']) {
      const runs = [];
      for (const [i, cli] of [clis[0], ...clis].entries()) {
        runs.push({ cli: `${cli} (run ${i + 1})`, bytes: await output(cli, verb, testCase.sheetPath, args) });
      }
      for (const other of runs.slice(1)) {
        if (!other.bytes.equals(runs[0].bytes)) problems.push(`${verb}: ${other.cli} differs from ${runs[0].cli}`);
      }
    }
  } catch (error) {
    problems.push(error.message);
  }
  return problems;
}

const cases = findCases().filter((c) => c.name.startsWith('golden/'));
const results = new Array(cases.length);
let next = 0;
async function worker() {
  while (next < cases.length) {
    const i = next++;
    results[i] = await problemsOf(cases[i]);
  }
}
await Promise.all(Array.from({ length: jobs }, worker));

const tally = { passed: 0, failed: 0 };
cases.forEach((testCase, i) => reportCase(tally, testCase.name, results[i]));
console.log(`same-bytes: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 || tally.passed === 0 ? 1 : 0);
