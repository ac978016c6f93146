// What the tests comparing the CLI's bytes share (parity.mjs, same-bytes.mjs): the cases,
// every tests/golden/<case>/ holding sheet.json (+ request.json) and every file in
// tests/bad-input/, and how to run the CLI on one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// [{name, sheetPath, request}], golden cases first, each group sorted by name.
export function findCases() {
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
export function cliOptions(requestText) {
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

// One run of the CLI: {stdout, stderr (Buffers), status (0, 1 or 2)}; `input` (a Buffer) is
// its standard input. Throws when the CLI cannot run, is killed or ends with another status.
export function runCliCapture(cli, args, input) {
  const what = args[0];
  const run = spawnSync(cli, args, {
    input,
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  if (run.error) throw new Error(`${what}: cannot run ${cli}: ${run.error.message}`);
  if (run.signal || ![0, 1, 2].includes(run.status)) {
    throw new Error(`${what}: the CLI ended with ${run.signal ?? `exit status ${run.status}`}: ` +
                    run.stderr.toString().trim().slice(0, 300));
  }
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

// The CLI's `--format json` result for one verb, without its final newline, and its exit
// status; throws when the CLI fails or the output does not end with a newline.
export function runCliJson(cli, verb, sheetPath, extraArgs) {
  const run = runCliCapture(cli, [verb, sheetPath, '--format', 'json', ...extraArgs]);
  const out = run.stdout;
  if (out.length === 0 || out[out.length - 1] !== 0x0a) {
    throw new Error(`${verb}: the CLI's output does not end with a newline`);
  }
  return { bytes: out.subarray(0, out.length - 1), status: run.status, stderr: run.stderr };
}

// The CLI's JSON for one verb, without its final newline; throws when the CLI fails.
export function runCli(cli, verb, sheetPath, extraArgs) {
  return runCliJson(cli, verb, sheetPath, extraArgs).bytes;
}

// Prints "ok   <name>", or "FAIL <name>" and the problems, and counts it in tally.
export function reportCase(tally, name, problems) {
  if (problems.length === 0) {
    ++tally.passed;
    console.log(`ok   ${name}`);
  } else {
    ++tally.failed;
    console.log(`FAIL ${name}\n     ${problems.join('\n     ')}`);
  }
}
