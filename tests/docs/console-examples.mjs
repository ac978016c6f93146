#!/usr/bin/env node
// The console examples in README.md and docs/**/*.md are run, and what they print must match
// what the docs show: a reader copies them, so a wording or format change that leaves them
// behind is a bug in the docs.
//
// What is an example: every fenced block whose info string starts with `console`
// (```console). In it, a line starting with "$ " is a command; the lines after it, up to the
// next "$ " line or the end of the block, are what it prints — standard output first, then
// standard error (not interleaved as a terminal might show them: this order does not depend on
// buffering, so it is the same on every run). A command that prints nothing has no lines.
//
// Markers in the expected lines:
//   a line holding only "…"    any number of lines, none included (it may be indented to sit
//                               with the lines around it)
//   "…" within a line           any text within that one line
// Figures that differ between runs (timings, rates) must be written as "…" in the doc itself.
// Trailing spaces, and blank lines at the end of a command's output, are ignored on both sides;
// everything else is compared exactly.
//
// Markers after `console` in the info string (GitHub shows neither):
//   no-run         the block is not run (a server that waits for Ctrl-C, a file a reader has but
//                  the repository has not); prefer a runnable example with a file in examples/
//   allow-nonzero  its commands may exit with a non-zero status (the doc says why); otherwise
//                  a non-zero exit status fails the example
//
// How commands run: `bash -c COMMAND` (with pipefail), one block at a time in a fresh temporary
// folder that holds a symlink to each top-level entry of the repository (build/, examples/,
// bench/, …), so relative paths work as written from the repository root and files a command
// writes (`> results.jsonl`, `--out notices/`) land in that folder, which is removed
// afterwards. The commands of one block share it, in order. Node runs with
// --preserve-symlinks-main, so a script that checks whether it is the main module (comparing
// import.meta.url with process.argv[1], as bench/generate.mjs does) sees the path it was run
// by, as it would in the repository. "build/native/noticekit" in a
// command is replaced by the CLI under test: --cli PATH, or NOTICEKIT_CLI, or the repository's
// build/native/noticekit.
//
// Usage: node tests/docs/console-examples.mjs [--cli PATH] [--show] [FILE…]
//   FILE    only the docs whose repository-relative path contains FILE (e.g. batch.md)
//   --show  print every command's real output (to update a doc: run, compare, paste, then
//           elide with "…" what varies or would make the doc long)
// Prints one line per command ("ok   README.md:85 render … --channel sms"), on a failure the
// first line that differs and the whole real output, and last "docs: N passed, M failed";
// exits 1 if any failed, 2 on a usage error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ELLIPSIS = '…';
const CLI_AS_WRITTEN = 'build/native/noticekit';
// Long enough for the batch examples on a loaded 2-core machine; a hung command fails.
const COMMAND_TIMEOUT_MS = 120_000;

function usage(message) {
  if (message) console.error(`docs: ${message}`);
  console.error('usage: node tests/docs/console-examples.mjs [--cli PATH] [--show] [FILE…]');
  process.exit(2);
}

function parseArguments(argv) {
  const options = { cli: process.env.NOTICEKIT_CLI || path.join(repoRoot, CLI_AS_WRITTEN),
                    show: false, filters: [] };
  for (let i = 0; i < argv.length; ++i) {
    const argument = argv[i];
    if (argument === '--help' || argument === '-h') {
      console.log('usage: node tests/docs/console-examples.mjs [--cli PATH] [--show] [FILE…]');
      process.exit(0);
    } else if (argument === '--show') {
      options.show = true;
    } else if (argument === '--cli' || argument.startsWith('--cli=')) {
      const value = argument === '--cli' ? argv[++i] : argument.slice('--cli='.length);
      if (!value) usage('--cli needs a path');
      options.cli = value;
    } else if (argument.startsWith('-')) {
      usage(`unknown option '${argument}'`);
    } else {
      options.filters.push(argument);
    }
  }
  options.cli = path.resolve(options.cli);
  return options;
}

// README.md and every .md under docs/, as repository-relative paths, in a stable order.
function findDocs() {
  const docs = ['README.md'];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.md')) docs.push(relative);
    }
  };
  if (existsSync(path.join(repoRoot, 'docs'))) walk('docs');
  return docs;
}

// [{doc, line, markers, commands: [{line, command, expected: [lines]}]}] for one document.
// Every fence is tracked (``` and ~~~, three or more), so a "```console" shown inside another
// block is not taken for an example.
function consoleBlocks(doc) {
  const lines = readFileSync(path.join(repoRoot, doc), 'utf8').replace(/\r\n/g, '\n').split('\n');
  const blocks = [];
  let fence = null; // {marker, block} while inside a fenced block
  lines.forEach((text, index) => {
    const lineNumber = index + 1;
    if (fence === null) {
      const open = /^ {0,3}(`{3,}|~{3,})\s*([^`]*)$/.exec(text);
      if (!open) return;
      const [language, ...markers] = open[2].trim().split(/\s+/);
      const block = language === 'console' ? { doc, line: lineNumber, markers, commands: [] } : null;
      fence = { marker: open[1], block };
      if (block) blocks.push(block);
      return;
    }
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text);
    if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length) {
      fence = null;
      return;
    }
    const block = fence.block;
    if (!block) return;
    if (text.startsWith('$ ')) {
      block.commands.push({ line: lineNumber, command: text.slice(2), expected: [] });
    } else if (block.commands.length > 0) {
      block.commands[block.commands.length - 1].expected.push(text);
    } else if (text.trim() !== '') {
      throw new Error(`${doc}:${lineNumber}: a console block must start with a "$ " command line`);
    }
  });
  if (fence !== null) throw new Error(`${doc}: a fenced block is never closed`);
  for (const block of blocks) {
    const unknown = block.markers.filter((m) => m !== 'no-run' && m !== 'allow-nonzero');
    if (unknown.length > 0) {
      throw new Error(`${doc}:${block.line}: unknown console marker '${unknown[0]}' ` +
                      '(known: no-run, allow-nonzero)');
    }
  }
  return blocks;
}

// One expected line as a matcher: "…" inside it matches any text within the line.
function linePattern(expected) {
  const escaped = expected.split(ELLIPSIS).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 's');
}

// Whether the actual lines match the expected ones, and if not, the furthest point either got
// to: {ok, expectedIndex, actualIndex} for the report.
function matchLines(expected, actual) {
  const patterns = expected.map((line) => (line.trim() === ELLIPSIS ? null : linePattern(line)));
  const memo = new Map();
  let furthest = { expectedIndex: 0, actualIndex: 0 };
  const match = (e, a) => {
    const key = e * (actual.length + 1) + a;
    if (memo.has(key)) return memo.get(key);
    if (e > furthest.expectedIndex || (e === furthest.expectedIndex && a > furthest.actualIndex)) {
      furthest = { expectedIndex: e, actualIndex: a };
    }
    let result;
    if (e === patterns.length) result = a === actual.length;
    else if (patterns[e] === null) result = match(e + 1, a) || (a < actual.length && match(e, a + 1));
    else result = a < actual.length && patterns[e].test(actual[a]) && match(e + 1, a + 1);
    memo.set(key, result);
    return result;
  };
  return { ok: match(0, 0), ...furthest };
}

// Output text → lines as the doc writes them: no final line break, trailing spaces dropped.
function outputLines(text) {
  if (text === '') return [];
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.trimEnd());
}

function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

// The command with every "build/native/noticekit" that starts a word replaced by the CLI.
function withCli(command, cli) {
  const escaped = CLI_AS_WRITTEN.replace(/[/.]/g, '\\$&');
  const pattern = new RegExp(`(^|[\\s|;&(])${escaped}(?=$|[\\s|;&)<>])`, 'g');
  return command.replace(pattern, (_, before) => before + shellQuote(cli));
}

// A short name for the report line: "render … --channel sms".
function shortName(command) {
  const text = command.startsWith(`${CLI_AS_WRITTEN} `) ? command.slice(CLI_AS_WRITTEN.length + 1) : command;
  if (text.length <= 60) return text;
  const words = text.split(' ');
  let tail = '';
  for (let i = words.length - 1; i > 0; --i) {
    const candidate = tail === '' ? words[i] : `${words[i]} ${tail}`;
    if (candidate.length > 30) break;
    tail = candidate;
  }
  return `${words[0]} ${ELLIPSIS} ${tail}`;
}

// A fresh folder that looks like the repository root to the commands.
function makeWorkFolder() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'noticekit-docs-'));
  for (const entry of readdirSync(repoRoot)) {
    if (entry === '.git') continue;
    symlinkSync(path.join(repoRoot, entry), path.join(folder, entry));
  }
  return folder;
}

function runCommand(command, cli, folder) {
  const nodeOptions = [process.env.NODE_OPTIONS, '--preserve-symlinks-main'].filter(Boolean).join(' ');
  const run = spawnSync('bash', ['-o', 'pipefail', '-c', withCli(command, cli)], {
    cwd: folder,
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: COMMAND_TIMEOUT_MS,
  });
  if (run.error) return { error: run.error.message, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

function indent(lines) {
  return lines.map((line) => `       ${line}`).join('\n');
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!existsSync(options.cli)) {
    console.error(`docs: no CLI at ${options.cli}; build it first (scripts/build) or pass --cli`);
    process.exit(2);
  }
  const docs = findDocs().filter((doc) => options.filters.length === 0 ||
                                          options.filters.some((filter) => doc.includes(filter)));
  if (docs.length === 0) usage(`no doc matches ${options.filters.join(', ')}`);

  let passed = 0;
  let failed = 0;
  for (const doc of docs) {
    let blocks;
    try {
      blocks = consoleBlocks(doc);
    } catch (error) {
      console.log(`FAIL ${error.message}`);
      ++failed;
      continue;
    }
    for (const block of blocks) {
      if (block.markers.includes('no-run')) continue;
      const folder = makeWorkFolder();
      try {
        for (const { line, command, expected } of block.commands) {
          const name = `${doc}:${line} ${shortName(command)}`;
          const run = runCommand(command, options.cli, folder);
          const actual = [...outputLines(run.stdout), ...outputLines(run.stderr)];
          while (actual.length > 0 && actual[actual.length - 1] === '') actual.pop();
          const problems = [];
          if (run.error) problems.push(`could not run: ${run.error}`);
          else if (run.signal) problems.push(`ended by ${run.signal}`);
          else if (run.status !== 0 && !block.markers.includes('allow-nonzero')) {
            problems.push(`exit status ${run.status} (mark the block "console allow-nonzero" if the doc expects it)`);
          }
          const expectedLines = expected.map((text) => text.trimEnd());
          // The blank line that often ends a command's output before the fence is not output.
          while (expectedLines.length > 0 && expectedLines[expectedLines.length - 1] === '') expectedLines.pop();
          const result = matchLines(expectedLines, actual);
          if (!result.ok) {
            const want = expectedLines[result.expectedIndex];
            const got = actual[result.actualIndex];
            problems.push(`expected line ${result.expectedIndex + 1}: ${want === undefined ? '(end of output)' : want}`);
            problems.push(`got      line ${result.actualIndex + 1}: ${got === undefined ? '(end of output)' : got}`);
          }
          const status = run.status ? ` (exit ${run.status})` : '';
          if (problems.length === 0) {
            ++passed;
            console.log(`ok   ${name}${status}`);
          } else {
            ++failed;
            console.log(`FAIL ${name}${status}`);
            for (const problem of problems) console.log(`       ${problem}`);
          }
          if (options.show || problems.length > 0) {
            console.log('     real output (stdout, then stderr):');
            console.log(actual.length > 0 ? indent(actual) : '       (none)');
          }
        }
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }
  }
  console.log(`docs: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main();
