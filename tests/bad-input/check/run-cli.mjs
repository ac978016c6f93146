#!/usr/bin/env node
// Runs the `noticekit` CLI on every bad input and checks it fails (or copes) the way a user
// relies on: the expected exit status and finding code, no crash, no hang, no stack trace.
//
// Cases: every file directly in tests/bad-input/ (tests/parity/parity.mjs also feeds each to
// the CLI and the wasm module), plus the big ones generated below at run time rather than
// committed (hundreds of windows, strings of tens of kilobytes, 30,000 nested arrays, a
// 10 MB sheet). Each case's
// expectation is in expected.json beside this file: {"exit": 0|1|2, "code": "…" | null,
// "message"?: "…"}; "code" must be among the findings (null: no error-level finding), and
// when a message is given, that finding's message must contain it ("check_exit"?: check's and
// plan's status where it differs from render's). A file without an
// expectation, or an expectation without a case, fails the run.
//
// For each case: `render --format json`, `check` (text) and `plan --format json`, each under
// a timeout; all must exit with the expected status. (Same bytes run after run and build
// after build: tests/parity/same-bytes.mjs.)
//
// Usage: node tests/bad-input/check/run-cli.mjs [--cli PATH] [--timeout SECONDS]
//                                              [--only files|generated] [--part K/N] [--scale N]
//   --cli      the binary (or NOTICEKIT_CLI; default build/native/noticekit)
//   --timeout  per run (default 10; a sanitized build may need more)
//   --only     just the committed files, or just the generated cases
//   --part     every Nth case from the Kth on (ctest runs the parts side by side)
//   --scale    the generated cases at 1/N of their size: the sanitized build (ctest passes 10)
//              runs them 50 times slower than a release build, and 1,000 windows cross the
//              same limits as 10,000 (every case keeps its expected finding). Nesting depth is
//              never scaled: ASan's larger stack frames make it the harder case there.
// Prints one line per case and, last, "bad-input: N passed, M failed"; exits 1 on a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(here, '..');
const repoRoot = path.resolve(corpusDir, '..', '..');

function usage() {
  console.error('usage: run-cli.mjs [--cli PATH] [--timeout SECONDS] [--only files|generated] [--part K/N] [--scale N]');
  process.exit(2);
}

function parseArguments(argv) {
  const options = {
    cli: process.env.NOTICEKIT_CLI || path.join(repoRoot, 'build', 'native', 'noticekit'),
    timeout: 10,
    only: null,
    part: { index: 1, count: 1 },
    scale: 1,
  };
  for (let i = 0; i < argv.length; ++i) {
    const name = argv[i];
    const value = argv[++i];
    if (name === '--cli' && value) options.cli = path.resolve(value);
    else if (name === '--timeout' && Number(value) > 0) options.timeout = Number(value);
    else if (name === '--only' && (value === 'files' || value === 'generated')) options.only = value;
    else if (name === '--part' && /^[1-9][0-9]*\/[1-9][0-9]*$/.test(value ?? '')) {
      const [index, count] = value.split('/').map(Number);
      if (index > count) usage();
      options.part = { index, count };
    }
    else if (name === '--scale' && /^[1-9][0-9]*$/.test(value ?? '')) options.scale = Number(value);
    else usage();
  }
  return options;
}

// A complete, valid sheet: each generated case changes one thing about it.
function baseSheet() {
  return {
    schema: 'noticekit/1',
    kind: 'planned',
    organization: { name: 'Acme Cloud', sms_signature: 'Acme' },
    issued: '2026-03-01T09:00',
    time_zone: 'UTC',
    languages: ['en'],
    windows: [{ systems: ['Dashboard'], start: '2026-03-08T09:00', end: '2026-03-08T10:00' }],
    reason: { category: 'upgrade', text: 'a software upgrade' },
    impact: { unavailable: ['signing in'] },
    alternatives: ['use the mobile app'],
    contacts: [{ kind: 'email', value: 'support@acme.example' }],
  };
}

function sheetWith(change) {
  const sheet = baseSheet();
  change(sheet);
  return JSON.stringify(sheet);
}

// Big inputs, made here so the repository stays small: each as large as the input limits
// let it be (README "Input limits": a sheet of at most 64 KiB), or just past one. Names match
// expected.json "generated"; a name gives the size at --scale 1, and many(n, least) is that
// size at the run's scale, but never less than `least` (what crosses the limit it tests).
let scale = 1;
const many = (n, least = 0) => Math.max(least, Math.ceil(n / scale));
const maxWindows = 100;
const windows = (count, system) =>
  Array.from({ length: count }, (_, i) => ({
    systems: [system(i)], start: '2026-03-08T09:00', end: '2026-03-08T10:00',
  }));
const supported = ['en', 'zh-CN', 'ja', 'ko', 'fr', 'de', 'es', 'zh-TW'];
const generators = {
  'windows-600-distinct-systems': () =>
    sheetWith((s) => { s.windows = windows(many(600, maxWindows + 1), (i) => `System ${i}`); }),
  'windows-600-one-system-overlapping': () =>
    sheetWith((s) => { s.windows = windows(many(600, maxWindows + 1), () => 'Dashboard'); }),
  'contacts-1000': () =>
    sheetWith((s) => {
      s.contacts = Array.from({ length: many(1_000) }, (_, i) => ({ kind: 'phone', value: `+1 555 ${i}`, hours: '9:00-17:00' }));
    }),
  // More findings than are listed: the first 100, then one that counts the rest.
  'unknown-fields-3000': () =>
    sheetWith((s) => {
      for (let i = 0; i < many(3_000, 101); ++i) s[`extra_${i}`] = i;
    }),
  'languages-5000-unsupported': () => sheetWith((s) => { s.languages = Array.from({ length: many(5_000) }, (_, i) => `x-${i}`); }),
  // Each of these goes through every channel.
  'reason-60-kilobytes': () => sheetWith((s) => { s.reason.text = 'an upgrade '.repeat(many(5_400)); }),
  'organization-name-20k-cjk': () => sheetWith((s) => { s.organization.name = '某某市税务局'.repeat(many(3_300)); }),
  'system-name-15k-emoji': () => sheetWith((s) => { s.windows[0].systems = ['🚀'.repeat(many(15_000))]; }),
  'sms-signature-60-kilobytes': () => sheetWith((s) => { s.organization.sms_signature = 'A'.repeat(many(60_000)); }),
  'key-60-kilobytes': () => sheetWith((s) => { s['k'.repeat(many(60_000))] = 1; }),
  'bidi-controls-in-600-windows': () =>
    sheetWith((s) => { s.windows = windows(many(600, maxWindows + 1), (i) => `\u202eSystem ${i}`); }),
  // Past the size limit, never scaled: refused before a byte is parsed.
  'sheet-of-10-megabytes': () => sheetWith((s) => { s.reason.text = 'a'.repeat(10_000_000); }),
  // Nesting depth is never scaled either: ASan's larger stack frames make it the harder case.
  'deep-nesting-30000-arrays': () => '['.repeat(30_000) + ']'.repeat(30_000),
  'deep-nesting-30000-in-field': () => sheetWith((s) => { s.extra = 0; }).replace('"extra":0', `"extra":${'['.repeat(30_000)}${']'.repeat(30_000)}`),
};

// Batch inputs (expected.json "batch"), each run as `noticekit batch FILE --input TYPE
// --channel sms`: a CSV or JSONL file, or (null content) a folder. Generated like the others.
const csvOf = (header, ...rows) => [header, ...rows].join('\n') + '\n';
const goodRecord = () => sheetWith(() => {});
const batchGenerators = {
  'csv-cell-nested-30000': ['csv', () => csvOf('schema,languages[]', `noticekit/1,${'['.repeat(30_000)}${']'.repeat(30_000)}`)],
  'csv-cell-duplicate-keys': ['csv', () => csvOf('schema,audience', 'noticekit/1,"{""kind"":""public"",""kind"":""customers""}"')],
  'csv-cell-number-1e400': ['csv', () => csvOf('schema,audience', 'noticekit/1,"{""size"":1e400}"')],
  'csv-row-of-8-mebibytes': ['csv', () => csvOf('schema,reason/text', `noticekit/1,${'a'.repeat(8 << 20)}`)],
  'csv-header-20000-names': ['csv', () => csvOf(`schema,${Array(20_000).fill('a').join('/')}`, 'noticekit/1,x')],
  'csv-header-position-minus-one': ['csv', () => csvOf('schema,windows/-1/start', 'noticekit/1,x')],
  'csv-header-position-leading-zero': ['csv', () => csvOf('schema,windows/01/start', 'noticekit/1,x')],
  'csv-header-tilde': ['csv', () => csvOf('schema,~', 'noticekit/1,x')],
  'csv-separated-by-semicolons': ['csv', () => csvOf('schema;kind;windows/0/start', 'noticekit/1;planned;2026-03-08T09:00')],
  'jsonl-record-of-8-mebibytes': ['jsonl', () => `${goodRecord()}\n{"reason":"${'a'.repeat(8 << 20)}"}\n${goodRecord()}\n`],
  'jsonl-bad-record-on-line-3': ['jsonl', () => `${goodRecord()}\n\n{"schema": "noticekit/1",\n${goodRecord()}\n`],
  'a-folder': ['jsonl', null],
};

// What a crash or an uncaught error looks like on standard error.
const stackTrace = /AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:|^\s*#\d+ 0x|terminate called|Segmentation fault|core dumped|Aborted/m;

function run(options, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(options.cli, args, { maxBuffer: 1024 * 1024 * 1024, timeout: options.timeout * 1000 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ...result, seconds };
}

// Problems with one run of one verb; empty when it behaved.
function runProblems(verb, result, expected, options) {
  if (result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGTERM') {
    return [`${verb}: no answer within ${options.timeout} s (a hang, or work that grows too fast with the input)`];
  }
  if (result.error) return [`${verb}: cannot run ${options.cli}: ${result.error.message}`];
  const problems = [];
  const stderr = result.stderr.toString();
  if (result.signal) problems.push(`${verb}: killed by ${result.signal}`);
  if (result.status !== expected.exit) problems.push(`${verb}: exit status ${result.status}, expected ${expected.exit}`);
  if (stackTrace.test(stderr)) problems.push(`${verb}: a crash report on stderr: ${stderr.slice(0, 400)}`);
  if (stderr.split('\n').filter(Boolean).length > 1) {
    problems.push(`${verb}: more than one line on stderr: ${stderr.slice(0, 400)}`);
  }
  return problems;
}

// C0 controls but tab and line feed, DEL and the C1 controls (U+0080–U+009F).
const terminalControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function codesOf(stdout) {
  const result = JSON.parse(stdout.toString());
  return result.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message }));
}

function checkCase(options, file, expected) {
  const problems = [];
  const render = run(options, ['render', file, '--format', 'json']);
  problems.push(...runProblems('render', render, expected, options));
  if (problems.length > 0) return { problems, seconds: render.seconds };
  try {
    const findings = codesOf(render.stdout);
    if (expected.code === null) {
      const errors = findings.filter((f) => f.severity === 'error').map((f) => f.code);
      if (errors.length > 0) problems.push(`expected no error finding, got ${errors.join(', ')}`);
    } else if (!findings.some((f) => f.code === expected.code)) {
      const got = [...new Set(findings.map((f) => f.code))].join(', ') || 'none';
      problems.push(`expected finding ${expected.code}, got ${got}`);
    } else if (expected.message && !findings.some((f) => f.code === expected.code && f.message.includes(expected.message))) {
      const said = findings.find((f) => f.code === expected.code).message;
      problems.push(`expected ${expected.code} to say "${expected.message}", it says "${said}"`);
    }
  } catch (error) {
    problems.push(`render: stdout is not the JSON result: ${error.message}`);
  }
  // check and plan write no notices, so a limit on what render writes is not theirs.
  const unrendered = { ...expected, exit: expected.check_exit ?? expected.exit };
  const check = run(options, ['check', file]);
  problems.push(...runProblems('check', check, unrendered, options));
  // The text report goes to a terminal: an escape code from the input (in a key, a zone, a
  // name) must be shown as \u001B, never sent raw to retitle the window or clear the screen.
  for (const [stream, bytes] of [['stdout', check.stdout], ['stderr', check.stderr]]) {
    if (bytes && terminalControl.test(bytes.toString())) {
      problems.push(`check: a raw control character on ${stream}: ${JSON.stringify(bytes.toString().slice(0, 200))}`);
    }
  }
  // "error json.syntax: …", "error time.invalid at /windows/0/start: …"
  if (expected.code !== null && unrendered.exit === expected.exit && check.stdout && !new RegExp(`^\\w+ ${expected.code.replace('.', '\\.')}[ :]`, 'm').test(check.stdout.toString())) {
    problems.push(`check: the text report does not name ${expected.code}`);
  }
  const plan = run(options, ['plan', file, '--format', 'json']);
  problems.push(...runProblems('plan', plan, unrendered, options));
  const seconds = Math.max(render.seconds, check.seconds, plan.seconds);
  return { problems, seconds };
}

// A batch case: the exit status, then either the message on standard error (the input
// cannot be read at all) or the first failed record's finding and message, and how many
// records still came through.
function checkBatchCase(options, file, type, expected) {
  const result = run(options, ['batch', file, '--input', type, '--channel', 'sms']);
  const problems = runProblems('batch', result, expected, options).filter((p) => !p.includes('more than one line on stderr'));
  const stderr = result.stderr?.toString() ?? '';
  if (expected.stderr && !stderr.includes(expected.stderr)) {
    problems.push(`expected standard error to say "${expected.stderr}", it says "${stderr.trim().slice(0, 300)}"`);
  }
  if (expected.code) {
    const records = (result.stdout?.toString() ?? '').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const findings = records.flatMap((r) => r.findings);
    const finding = findings.find((f) => f.code === expected.code);
    if (!finding) problems.push(`expected finding ${expected.code}, got ${[...new Set(findings.map((f) => f.code))].join(', ') || 'none'}`);
    else if (expected.message && !finding.message.includes(expected.message)) {
      problems.push(`expected ${expected.code} to say "${expected.message}", it says "${finding.message}"`);
    }
    const ok = records.filter((r) => r.status === 0).length;
    if (expected.ok !== undefined && ok !== expected.ok) problems.push(`${ok} records rendered, expected ${expected.ok}`);
  }
  return { problems, seconds: result.seconds };
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  scale = options.scale;
  if (scale > 1 && options.only !== 'files') console.log(`generated cases at 1/${scale} of their size (--scale ${scale})`);
  const expectations = JSON.parse(readFileSync(path.join(here, 'expected.json'), 'utf8'));
  const cases = [];
  const orphans = [];
  if (options.only !== 'generated') {
    for (const name of readdirSync(corpusDir).sort()) {
      const file = path.join(corpusDir, name);
      if (statSync(file).isFile()) cases.push({ name, file, expected: expectations.files[name] });
    }
    orphans.push(...Object.keys(expectations.files).filter((n) => !cases.some((c) => c.name === n)));
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'noticekit-bad-input-'));
  if (options.only !== 'files') {
    for (const [name, make] of Object.entries(generators)) {
      const file = path.join(scratch, `${name}.json`);
      writeFileSync(file, make());
      cases.push({ name: `generated/${name}`, file, expected: expectations.generated[name] });
    }
    orphans.push(...Object.keys(expectations.generated).filter((n) => !(n in generators)).map((n) => `generated/${n}`));
    for (const [name, [type, make]] of Object.entries(batchGenerators)) {
      const file = path.join(scratch, `batch-${name}`);
      if (make) writeFileSync(file, make());
      else mkdirSync(file);
      cases.push({ name: `batch/${name}`, file, type, expected: expectations.batch[name] });
    }
    orphans.push(...Object.keys(expectations.batch).filter((n) => !(n in batchGenerators)).map((n) => `batch/${n}`));
  }

  let passed = 0;
  let failed = 0;
  const { index, count } = options.part;
  for (const testCase of cases.filter((_, i) => i % count === index - 1)) {
    const { problems, seconds } = !testCase.expected
      ? { problems: ['no expectation in tests/bad-input/check/expected.json'], seconds: 0 }
      : testCase.type
        ? checkBatchCase(options, testCase.file, testCase.type, testCase.expected)
        : checkCase(options, testCase.file, testCase.expected);
    const timing = `${seconds.toFixed(2)} s`.padStart(8);
    if (problems.length === 0) {
      ++passed;
      console.log(`ok   ${timing}  ${testCase.name}`);
    } else {
      ++failed;
      console.log(`FAIL ${timing}  ${testCase.name}\n     ${problems.join('\n     ')}`);
    }
  }
  for (const orphan of orphans) {
    ++failed;
    console.log(`FAIL expected.json names ${orphan}, which is not a case`);
  }
  rmSync(scratch, { recursive: true, force: true });
  console.log(`bad-input: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main();
