// Peak memory (maximum resident set size, GNU time's %M) of noticekit at its input limits:
// render, check and plan of the largest sheets it accepts, input far past the limits, and
// batches of such records on two threads. Prints one line per case and its figure against
// the 64 MiB target; asserts nothing, fails only when a command cannot run.
//
//   node bench/memory.mjs [--cli build/native/noticekit]
//
// The sheets are built here, from examples/tax-bureau-planned.json, to be as heavy as the
// limits let them be (README "Input limits"): a sheet just under 64 KiB, notices in 12
// languages on all 15 channels, with long texts in 8 languages, or with as many windows as fit.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argIndex = process.argv.indexOf('--cli');
const cli = argIndex > 0 ? process.argv[argIndex + 1] : join(root, 'build/native/noticekit');
const targetMiB = 64;
const limitBytes = 64 * 1024;

const example = JSON.parse(readFileSync(join(root, 'examples/tax-bureau-planned.json'), 'utf8'));
const languages = ['zh-CN', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'zh-TW'];
const twelve = ['zh-CN+en', 'ja+ko', 'fr+de', 'es+zh-TW', 'en+fr', 'de+es'];

// Grows `sheet` with `add(sheet, i)` while its JSON stays under the limit.
function fill(sheet, add) {
  for (let i = 0; ; i++) {
    const next = structuredClone(sheet);
    add(next, i);
    if (Buffer.byteLength(JSON.stringify(next)) > limitBytes - 64) return sheet;
    sheet = next;
  }
}

function longTexts() {
  const sheet = structuredClone(example);
  sheet.languages = twelve;
  sheet.reason.text = Object.fromEntries(languages.map((l) => [l, '']));
  return fill(sheet, (s, i) => {
    const l = languages[i % languages.length];
    s.reason.text[l] += /^(zh|ja|ko)/.test(l) ? '系统升级改造工作。' : 'an upgrade of the system. ';
  });
}

// The most windows a sheet may have (100), then more systems in them.
function manyWindows() {
  const sheet = structuredClone(example);
  sheet.languages = twelve;
  sheet.windows = Array.from({ length: 100 }, (_, i) => {
    const day = String(5 + (i % 20)).padStart(2, '0');
    return { systems: [], start: `2026-12-${day}T22:00`, end: `2026-12-${day}T23:00` };
  });
  return fill(sheet, (s, i) => {
    s.windows[i % 100].systems.push(Object.fromEntries(languages.map((l) => [l, `system ${i}`])));
  });
}

// Just under the output limit: windows in 11 languages, every channel.
function bigButAccepted() {
  const sheet = structuredClone(example);
  sheet.languages = ['zh-CN', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'zh-TW', 'en-GB', 'en-US', 'zh-TW-u-ca-roc'];
  sheet.windows = Array.from({ length: 16 }, (_, i) => ({
    systems: example.windows[0].systems,
    start: `2026-12-${String(5 + i).padStart(2, '0')}T22:00`,
    end: `2026-12-${String(5 + i).padStart(2, '0')}T23:00`,
  }));
  return sheet;
}

// Runs the CLI under GNU time with `input` (a Buffer, or a function writing to the stream)
// on standard input; resolves to { mib, status, bytes } (bytes: standard output's length).
function measure(args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%M', cli, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (d) => (bytes += d.length));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.on('error', () => {}); // the CLI may stop reading early: that is the point
    child.on('error', reject);
    child.on('close', (status) => {
      const kib = Number(stderr.trim().split('\n').pop());
      if (!Number.isFinite(kib)) reject(new Error(`no figure from time: ${stderr.slice(-500)}`));
      else resolve({ mib: kib / 1024, status, bytes });
    });
    if (typeof input === 'function') input(child.stdin);
    else child.stdin.end(input);
  });
}

// Writes `count` copies of `line` (a Buffer) to `stream`, waiting when it is full.
function repeat(line, count) {
  return async (stream) => {
    for (let i = 0; i < count; i++) {
      if (!stream.write(line)) await new Promise((r) => stream.once('drain', r));
      if (stream.destroyed) return;
    }
    stream.end();
  };
}

const sheets = {
  'long texts, 12 languages': longTexts(),
  'many windows, 12 languages': manyWindows(),
  '16 windows, 11 languages': bigButAccepted(),
};
const eightMiB = Buffer.alloc(8 << 20, 'a');
const hugeRecord = Buffer.concat([
  Buffer.from('{"schema":"noticekit/1","reason":{"text":"'),
  eightMiB,
  Buffer.from('"}}\n'),
]);

const cases = [];
for (const [name, sheet] of Object.entries(sheets)) {
  const text = Buffer.from(JSON.stringify(sheet));
  const size = `${(text.length / 1024).toFixed(1)} KiB`;
  for (const command of ['render', 'check', 'plan'])
    cases.push([`${command} - (${name}, ${size})`, [command, '-', '--format', 'json'], text]);
  cases.push([
    `batch --jobs 2, 300 records (${name})`,
    ['batch', '-', '--jobs', '2', '--input', 'jsonl'],
    repeat(Buffer.concat([text, Buffer.from('\n')]), 300),
  ]);
}
cases.push(['check - (256 MiB of zero bytes)', ['check', '-'], repeat(Buffer.alloc(1 << 20), 256)]);
cases.push([
  'batch --jobs 2, 32 JSONL records of 8 MiB',
  ['batch', '-', '--jobs', '2', '--input', 'jsonl'],
  repeat(hugeRecord, 32),
]);
cases.push([
  'batch --jobs 2, 32 CSV rows of 8 MiB',
  ['batch', '-', '--jobs', '2', '--input', 'csv'],
  async (stream) => {
    stream.write('schema,reason/text\n');
    await repeat(Buffer.concat([Buffer.from('noticekit/1,'), eightMiB, Buffer.from('\n')]), 32)(
      stream,
    );
  },
]);

console.log(`noticekit ${cli}: peak RSS against the ${targetMiB} MiB target`);
let over = 0;
for (const [name, args, input] of cases) {
  const { mib, status, bytes } = await measure(args, input);
  if (mib > targetMiB) over++;
  const output = `${(bytes / (1 << 20)).toFixed(1)} MiB out`;
  console.log(
    `${name.padEnd(62)} ${mib.toFixed(1).padStart(6)} MiB  exit ${status}, ${output}` +
      (mib > targetMiB ? '  OVER' : ''),
  );
}
console.log(over === 0 ? `all within ${targetMiB} MiB` : `${over} over ${targetMiB} MiB`);
