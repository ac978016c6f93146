#!/usr/bin/env node
// Deterministic output: the same sheet gives the same bytes, run after run and build after
// build. For every golden case and every verb (render, check, plan --format json) the first
// CLI runs twice and each other CLI once, and all outputs must be byte-identical. Given a
// release and a sanitized build, this also catches output that depends on memory layout,
// uninitialized data or addresses.
//
// Usage: node tests/parity/same-bytes.mjs CLI [CLI…]
// Prints one line per case and, last, "same-bytes: N passed, M failed"; exits 1 on a failure.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cliOptions, findCases, reportCase, runCli } from './cases.mjs';

const clis = process.argv.slice(2).map((p) => path.resolve(p));
if (clis.length === 0 || clis.some((cli) => !existsSync(cli))) {
  console.error('usage: node tests/parity/same-bytes.mjs CLI [CLI…]  (each an existing noticekit binary)');
  process.exit(2);
}

const tally = { passed: 0, failed: 0 };
for (const testCase of findCases().filter((c) => c.name.startsWith('golden/'))) {
  const problems = [];
  try {
    const args = cliOptions(testCase.request);
    for (const verb of ['render', 'check', 'plan']) {
      const runs = [clis[0], ...clis].map((cli, i) => ({ cli: `${cli} (run ${i + 1})`, bytes: runCli(cli, verb, testCase.sheetPath, args) }));
      for (const other of runs.slice(1)) {
        if (!other.bytes.equals(runs[0].bytes)) problems.push(`${verb}: ${other.cli} differs from ${runs[0].cli}`);
      }
    }
  } catch (error) {
    problems.push(error.message);
  }
  reportCase(tally, testCase.name, problems);
}
console.log(`same-bytes: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 || tally.passed === 0 ? 1 : 0);
