// The batch benchmark: noticekit against Handlebars and Mustache on the same generated fact
// sheets (see bench/README.md). Builds nothing; prints figures and asserts only that every
// engine writes the same email subject, email text and SMS text.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { linesOf } from './lines.mjs';
import { createHandlebarsPeer } from './peers/handlebars-peer.mjs';
import { createMustachePeer } from './peers/mustache-peer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const channels = 'email,sms';
// The fields the peers write: noticekit then skips the email's HTML and .eml, as a mail merge
// would (batch --fields). Correctness is checked on the same fields.
const fields = 'subject,text';
const usage = `usage: bench/run [--check] [--million] [--count N] [--seed S] [--sample K]
                 [--repeat R] [--cli PATH] [--site DIR] [--work DIR]
  --check      correctness only: 500 sheets, every output compared (for scripts/test)
  --million    also the peak memory of noticekit batch over 1,000,000 sheets (minutes)
  --count N    sheets to time (default 100000); --seed S (default 1)
  --sample K   leading records compared byte for byte (default 1000)
  --repeat R   time each engine R times, interleaved, and keep its fastest run (default 3;
               a shared or virtual machine has slow spells that say nothing of the engines)
  --cli PATH   the noticekit CLI (default $NOTICEKIT_CLI or build/native/noticekit)
  --site DIR   the wasm site (default $NOTICEKIT_SITE or build-wasm/site)
  --work DIR   where sheets are generated (default $TMPDIR/noticekit-bench)`;

function options(argv) {
  const o = {
    check: false, million: false, count: 100000, seed: 1, sample: 1000, repeat: 3,
    cli: process.env.NOTICEKIT_CLI || path.join(root, 'build/native/noticekit'),
    site: process.env.NOTICEKIT_SITE || path.join(root, 'build-wasm/site'),
    work: path.join(os.tmpdir(), 'noticekit-bench'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${flag} needs a value\n${usage}`);
      return argv[++i];
    };
    if (flag === '--check') o.check = true;
    else if (flag === '--million') o.million = true;
    else if (flag === '--count') o.count = Number(value());
    else if (flag === '--seed') o.seed = Number(value());
    else if (flag === '--sample') o.sample = Number(value());
    else if (flag === '--repeat') o.repeat = Math.max(1, Number(value()));
    else if (flag === '--cli') o.cli = path.resolve(value());
    else if (flag === '--site') o.site = path.resolve(value());
    else if (flag === '--work') o.work = path.resolve(value());
    else if (flag === '--help' || flag === '-h') {
      console.log(usage);
      process.exit(0);
    } else fail(`unknown option ${flag}\n${usage}`);
  }
  if (o.check) o.count = o.sample = 500;
  o.sample = Math.min(o.sample, o.count);
  return o;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// --- the sheets ----------------------------------------------------------------------------

function sheetsFile(o, count) {
  mkdirSync(o.work, { recursive: true });
  const file = path.join(o.work, `sheets-${count}-seed${o.seed}.jsonl`);
  // The generator is deterministic, so a file from an earlier run is the same file. It is
  // written under another name first, so that a run beside this one never reads half a file.
  if (!existsSync(file) || statSync(file).size === 0) {
    const partial = `${file}.${process.pid}`;
    execFileSync(process.execPath, [path.join(root, 'bench/generate.mjs'), '--count', String(count),
      '--seed', String(o.seed), '--out', partial], { stdio: 'inherit' });
    renameSync(partial, file);
  }
  return file;
}

// --- noticekit -------------------------------------------------------------------------------

function hasBatch(cli) {
  return spawnSync(cli, ['batch', '--help'], { stdio: 'ignore' }).status === 0;
}

// The outputs noticekit writes for each sheet of `file`, in order: from `batch`, or from one
// `render` per sheet while a CLI without `batch` is being measured.
function noticekitOutputs(o, file) {
  if (hasBatch(o.cli)) {
    const run = spawnSync(o.cli, ['batch', file, '--jobs', '2', '--channel', channels, '--fields', fields],
                          { maxBuffer: 1 << 30, encoding: 'utf8' });
    if (run.error) fail(`${o.cli} batch: ${run.error.message}`);
    return run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  }
  console.log(`note: ${o.cli} has no batch command yet; comparing against one render per sheet`);
  return [...linesOf(file)].map((sheet) => {
    const run = spawnSync(o.cli, ['render', '--format', 'json', '--channel', channels], { input: sheet, encoding: 'utf8' });
    return { status: run.status, ...JSON.parse(run.stdout) };
  });
}

// --- correctness -----------------------------------------------------------------------------

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 40));
  return `at character ${i}:\n    noticekit ${around(a)}\n    peer      ${around(b)}`;
}

// Every output of every sampled sheet must be the same bytes from noticekit and from each
// peer; otherwise the figures would compare different work.
function verify(o, sampleFile, count) {
  const expected = noticekitOutputs(o, sampleFile);
  if (expected.length !== count) fail(`noticekit wrote ${expected.length} records for ${count} sheets`);
  const peers = { Handlebars: createHandlebarsPeer(), Mustache: createMustachePeer() };
  const problems = [];
  let index = 0;
  for (const line of linesOf(sampleFile)) {
    const sheet = JSON.parse(line);
    const want = expected[index].outputs ?? [];
    if (want.length !== 2) {
      problems.push(`record ${index + 1}: noticekit wrote ${want.length} outputs (findings: ${JSON.stringify(expected[index].findings)})`);
    }
    for (const [name, render] of Object.entries(peers)) {
      for (const got of render(sheet)) {
        const w = want.find((x) => x.channel === got.channel && x.lang === got.lang);
        for (const field of ['subject', 'text']) {
          if (w && w[field] !== got[field]) {
            problems.push(`record ${index + 1} (${got.lang}): ${name} ${got.channel} ${field} differs ${firstDifference(w[field] ?? '', got[field] ?? '')}`);
          }
        }
      }
    }
    index++;
  }
  if (problems.length) {
    console.error(problems.slice(0, 10).join('\n'));
    fail(`${problems.length} differences in ${count} records: the engines do not write the same notices, so no figures`);
  }
  console.log(`check: ${count} records × (email subject + text, SMS) are the same bytes from noticekit, Handlebars and Mustache`);
}

// --- timing ----------------------------------------------------------------------------------

// /usr/bin/time (Debian's `time` package, installed by scripts/bootstrap) reports the peak
// resident memory of the command it runs; a shell's own `time` does not.
const timeCommand = '/usr/bin/time';
const timeFormat = 'bench-time %e %U %S %M';

function timeFigures(stderr) {
  const line = stderr.split('\n').find((l) => l.startsWith('bench-time ')) ?? '';
  const [, , user, system, maxKiB] = line.split(' ').map(Number);
  return { cpu: user + system, maxKiB };
}

// Runs a command with standard output discarded: wall-clock, CPU seconds and peak memory.
function measure(command, args) {
  const timed = existsSync(timeCommand);
  const started = process.hrtime.bigint();
  const run = timed
    ? spawnSync(timeCommand, ['-f', timeFormat, command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) fail(`${command} ${args.join(' ')} exited ${run.status}\n${run.stderr.slice(0, 2000)}`);
  return { wall, ...(timed ? timeFigures(run.stderr) : { cpu: NaN, maxKiB: NaN }) };
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mib = (kib) => `${fmt(kib / 1024, 1)} MiB`;

function timeEngines(o, file) {
  const peer = (name) => [process.execPath, [path.join(root, 'bench/peers/peer-cli.mjs'), name, file]];
  const engines = [
    ['noticekit batch --jobs 1', o.cli, ['batch', file, '--jobs', '1', '--channel', channels, '--fields', fields]],
    ['noticekit batch --jobs 2', o.cli, ['batch', file, '--jobs', '2', '--channel', channels, '--fields', fields]],
    ['Handlebars 4.7.10 (node)', ...peer('handlebars')],
    ['Mustache 4.2.0 (node)', ...peer('mustache')],
    ['plain Handlebars script', ...peer('plain')],
  ];
  const results = {};
  // Other work on the machine slows wall-clock figures, not CPU seconds: say how busy it was.
  const load = os.loadavg().map((l) => fmt(l, 1)).join(' ');
  console.log(`\n${fmt(o.count)} sheets (half zh-CN, half en), email + SMS each; CPU = user + system;` +
              ` ${os.cpus().length} cores, load average ${load}`);
  console.log('engine                      records/s   wall s    CPU s   records/CPU-s   peak RSS');
  // Interleaved rounds, so that a slow spell of the machine hits every engine alike; each
  // engine's fastest round (by wall-clock) is its figure.
  for (let round = 0; round < o.repeat; ++round) {
    for (const [name, command, args] of engines) {
      const r = measure(command, args);
      if (!results[name] || r.wall < results[name].wall) results[name] = r;
    }
  }
  for (const [name] of engines) {
    const r = results[name];
    console.log(`${name.padEnd(26)} ${fmt(o.count / r.wall).padStart(10)} ${fmt(r.wall, 2).padStart(8)} ${fmt(r.cpu, 2).padStart(8)} ${fmt(o.count / r.cpu).padStart(15)} ${mib(r.maxKiB).padStart(10)}`);
  }
  const hb = results['Handlebars 4.7.10 (node)'];
  for (const jobs of [1, 2]) {
    const nk = results[`noticekit batch --jobs ${jobs}`];
    console.log(`ratio noticekit --jobs ${jobs} / Handlebars peer: ${fmt(hb.wall / nk.wall, 2)}× records/s, ${fmt(hb.cpu / nk.cpu, 2)}× per CPU-second`);
  }
  // The figure issue 19 sets: noticekit on one thread, all validation on, against the plain
  // script a team would write instead (three templates, no validation), one thread each.
  const plain = results['plain Handlebars script'];
  const one = results['noticekit batch --jobs 1'], two = results['noticekit batch --jobs 2'];
  console.log(`ratio noticekit --jobs 1 / plain script: ${fmt(plain.wall / one.wall, 2)}× records/s, ${fmt(plain.cpu / one.cpu, 2)}× per CPU-second (target ≥ 3×, stretch ≥ 6×)`);
  console.log(`ratio noticekit --jobs 2 / --jobs 1: ${fmt(one.wall / two.wall, 2)}× records/s (target ≥ 1.8×)`);
}

function millionMemory(o) {
  const count = 1000000;
  console.log(`\npeak memory of noticekit batch --jobs 2 over ${fmt(count)} sheets streamed on standard input (target ≤ 64 MiB)`);
  if (!existsSync(timeCommand)) {
    console.log(`not measured: ${timeCommand} is missing (Debian package time; scripts/bootstrap installs it)`);
    return;
  }
  // The sheets are generated into the pipe, never stored: a million sheets are about 800 MB.
  const q = JSON.stringify;
  const shell = `${q(process.execPath)} ${q(path.join(root, 'bench/generate.mjs'))} --count ${count} --seed ${o.seed} | ` +
                `${timeCommand} -f '${timeFormat}' ${q(o.cli)} batch - --jobs 2 --channel ${channels} --fields ${fields} >/dev/null`;
  const started = process.hrtime.bigint();
  const run = spawnSync('/bin/sh', ['-c', shell], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) fail(`the million-sheet run exited ${run.status}\n${run.stderr.slice(0, 2000)}`);
  const r = timeFigures(run.stderr);
  console.log(`noticekit batch, ${fmt(count)} records: peak RSS ${mib(r.maxKiB)}, CPU ${fmt(r.cpu, 1)} s, wall ${fmt(wall, 1)} s (the generator runs alongside)`);
}

// --- WebAssembly -----------------------------------------------------------------------------

async function wasm(o, file) {
  const wasmFile = path.join(o.site, 'noticekit.wasm');
  if (!existsSync(wasmFile)) {
    console.log(`\nwasm: ${wasmFile} not found (build it with scripts/build, or pass --site DIR)`);
    return;
  }
  const bytes = readFileSync(wasmFile);
  const glue = readFileSync(path.join(o.site, 'noticekit.mjs'));
  // zlib level 9 is what gzip -9 does (deflate at its best compression).
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  console.log(`\nwasm size: noticekit.wasm ${fmt(bytes.length / 1024, 1)} KB raw, ${fmt(gz(bytes) / 1024, 1)} KB gzip -9` +
              ` (+ noticekit.mjs ${fmt(glue.length / 1024, 1)} KB raw, ${fmt(gz(glue) / 1024, 1)} KB gzip -9; languages not included: the page total, target ≤ 250 KB, is bench/page.mjs's)`);
  const { loadNoticekit } = await import(path.join(root, 'tests/parity/load-wasm.mjs'));
  const noticekit = await loadNoticekit(o.site);
  const sheets = [];
  for (const line of linesOf(file)) if (sheets.push(line) >= 2000) break;
  const request = JSON.stringify({ channels: channels.split(','), fields: fields.split(',') });
  for (const s of sheets.slice(0, 200)) noticekit.render(s, request);  // warm up
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  for (const s of sheets) noticekit.render(s, request);
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6 / sheets.length;
  const cpuMs = (cpu.user + cpu.system) / 1000 / sheets.length;
  console.log(`wasm render under node ${process.version} (email + SMS, ${sheets.length} sheets): ` +
              `${fmt(wallMs, 3)} ms wall, ${fmt(cpuMs, 3)} ms CPU per sheet (${fmt(1000 / cpuMs)} records per CPU-second)`);
}

// --- main ------------------------------------------------------------------------------------

const o = options(process.argv.slice(2));
if (!existsSync(o.cli)) fail(`no CLI at ${o.cli}: build it (scripts/build) or pass --cli PATH`);
const file = sheetsFile(o, o.count);
const sampleFile = path.join(o.work, `sample-${o.sample}-of-${path.basename(file)}`);
if (!existsSync(sampleFile)) {
  const lines = [];
  for (const line of linesOf(file)) if (lines.push(line) >= o.sample) break;
  writeFileSync(`${sampleFile}.${process.pid}`, lines.join('\n') + '\n');
  renameSync(`${sampleFile}.${process.pid}`, sampleFile);
}
verify(o, sampleFile, o.sample);
if (!o.check) {
  if (!hasBatch(o.cli)) fail(`${o.cli} has no batch command yet, so there is nothing to time`);
  timeEngines(o, file);
  await wasm(o, file);
  if (o.million) millionMemory(o);
}
