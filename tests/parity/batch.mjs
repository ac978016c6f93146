// `noticekit batch` against the WebAssembly module: the cases that share a request are fed as
// one JSONL file on standard input (`noticekit batch - --input jsonl --jobs 2` with the
// request's --lang/--channel/--kind), and each output line must be
//   {"record":N,"line":L,"status":S,  + the module's render result for that line, unchanged
// with N the record's number and L its line in input order, and S the exit status of
// `noticekit render` on the case's file. Blank lines (skipped by batch, but counted) sit
// between records, so that record numbers and line numbers differ.
//
// A sheet on one line goes in as its bytes. A sheet on several lines that is JSON has its
// line breaks turned into spaces, which JSON ignores between tokens: the record is the same
// sheet token for token (JSON.stringify(JSON.parse(…)) would lose duplicate keys, 1e400 and
// integers beyond 2^53, which some bad inputs are about). Not in the batch: a sheet on several
// lines that is not JSON (its lines would be records of their own), a blank one (batch skips
// it) and one that starts with a byte order mark (batch drops a BOM at the start of the input
// only).
//
// The one result that depends on the record's place is a JSON syntax error, whose message
// names the line of the input file (Request::first_line). For it the expected message is the
// module's for the line alone with the line number 1 replaced by L; where that number sits in
// the (localized) message is found by rendering the line after L-1 blank lines.

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

// {line: Buffer} for the JSONL file, or {skip: why}.
export function recordLineOf(bytes) {
  let body = bytes;
  if (body.length > 0 && body[body.length - 1] === 0x0a) body = body.subarray(0, body.length - 1);
  if (!body.includes(0x0a)) {
    if (body.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) return { skip: 'blank' };
    if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { skip: 'starts with a BOM' };
    return { line: body };
  }
  let text;
  try {
    text = utf8.decode(bytes);
    JSON.parse(text);
  } catch {
    return { skip: 'not JSON, on several lines' };
  }
  return { line: Buffer.from(text.replace(/[\r\n]/g, ' '), 'utf8') };
}

const maxSheetBytes = 64 * 1024;  // noticekit::max_sheet_bytes

// The JSONL file for some cases: [{testCase, line (its number), bytes}] and the file's bytes.
export function jsonlFor(cases) {
  const chunks = [];
  const records = [];
  const skipped = [];
  let lineNumber = 1;
  const addLine = (bytes) => {
    chunks.push(bytes, Buffer.from('\n'));
    ++lineNumber;
  };
  addLine(Buffer.alloc(0));  // the first record is on line 2
  for (const testCase of cases) {
    const record = recordLineOf(testCase.bytes);
    // A record over the size limit is reported unread (batch.too_large), not rendered:
    // tests/bad-input's batch cases check that.
    if (!record.skip && record.line.length > maxSheetBytes) record.skip = 'over the 64 KiB record limit';
    if (record.skip) {
      skipped.push({ testCase, why: record.skip });
      continue;
    }
    // 0, 1 or 2 blank lines before each record, one of them spaces and a tab.
    if (records.length % 3 >= 1) addLine(Buffer.alloc(0));
    if (records.length % 3 === 2) addLine(Buffer.from(' \t'));
    records.push({ testCase, line: lineNumber, bytes: record.line });
    addLine(record.line);
  }
  return { records, skipped, input: Buffer.concat(chunks) };
}

// The message of a json.syntax finding in `alone` (the line rendered by itself) as it reads
// for line `line` of a file, using `shifted` (the line rendered after line-1 blank lines) to
// find where the line number is. null when the two do not differ in a line number.
function messageForLine(alone, shifted, line) {
  let at = 0;
  while (at < alone.length && at < shifted.length && alone[at] === shifted[at]) ++at;
  while (at > 0 && /\d/.test(alone[at - 1])) --at;
  const digits = /^\d+/.exec(alone.slice(at));
  const shiftedDigits = /^\d+/.exec(shifted.slice(at));
  if (!digits || digits[0] !== '1' || !shiftedDigits || shiftedDigits[0] !== String(line)) return null;
  return alone.slice(0, at) + String(line) + alone.slice(at + 1);
}

const prefixPattern = /^\{"record":(\d+),"line":(\d+),"status":(\d+),/;

// Compares one batch output line with the expected record; returns the problems.
//   renderWasm(sheetBytes) → the module's render result (a string) with the case's options.
export async function recordProblems(outputLine, record, number, status, renderWasm) {
  const problems = [];
  const text = outputLine.toString('utf8');
  const prefix = prefixPattern.exec(text);
  if (!prefix) return [`batch line ${number}: does not start with {"record":…,"line":…,"status":…,: ${text.slice(0, 80)}`];
  const [, recordNumber, line, recordStatus] = prefix.map(Number);
  if (recordNumber !== number) problems.push(`batch: record ${recordNumber} where record ${number} was expected`);
  if (line !== record.line) problems.push(`batch record ${number}: line ${line}, but the sheet is on line ${record.line}`);
  if (recordStatus !== status) problems.push(`batch record ${number}: status ${recordStatus}, but render exits with ${status}`);

  const alone = await renderWasm(record.bytes);
  const rest = outputLine.subarray(Buffer.byteLength(prefix[0]));
  const expectedRest = Buffer.from(alone.slice(1), 'utf8');
  if (rest.equals(expectedRest)) return problems;

  // Different bytes are fine only where the message of a JSON syntax error names the line.
  const expected = JSON.parse(alone);
  const syntax = expected.findings.filter((f) => f.code === 'json.syntax');
  if (syntax.length > 0) {
    const shifted = JSON.parse(await renderWasm(Buffer.concat([Buffer.from('\n'.repeat(record.line - 1)), record.bytes])));
    let got;
    try {
      got = JSON.parse(`{${rest.toString('utf8')}`);
    } catch {
      got = null;
    }
    const movedSyntax = shifted.findings.filter((f) => f.code === 'json.syntax');
    for (const [i, finding] of syntax.entries()) {
      const moved = movedSyntax[i] && messageForLine(finding.message, movedSyntax[i].message, record.line);
      if (!moved) {
        // The message names no line that follows the sheet's place in a file, so it cannot
        // name the record's line either.
        const said = got?.findings?.find((f) => f.code === 'json.syntax')?.message ?? '';
        problems.push(`batch record ${number} (line ${record.line}): the json.syntax message does not name ` +
                      `the line: alone ${JSON.stringify(finding.message.slice(0, 100))}, ` +
                      `in the batch ${JSON.stringify(said.slice(0, 100))}`);
        return problems;
      }
      finding.message = moved;
    }
    if (got !== null && JSON.stringify(got) === JSON.stringify(expected)) return problems;
  }
  let at = 0;
  while (at < rest.length && at < expectedRest.length && rest[at] === expectedRest[at]) ++at;
  const around = (bytes) => JSON.stringify(bytes.subarray(Math.max(0, at - 30), at + 50).toString('utf8'));
  problems.push(`batch record ${number} (line ${record.line}) differs from the module's render at byte ${at}\n` +
                `       batch: ${around(rest)}\n       wasm:  ${around(expectedRest)}`);
  return problems;
}

const summaryPattern = /^batch: (\d+) records, (\d+) ok, (\d+) failed in \d+\.\d s \(\d+\/s\)\n$/;

// Problems with the run as a whole: its exit status and its summary on standard error.
export function runProblems(run, statuses) {
  const problems = [];
  const failed = statuses.filter((s) => s !== 0).length;
  const expectedExit = failed > 0 ? 1 : 0;
  if (run.status !== expectedExit) {
    problems.push(`batch exited with ${run.status}, expected ${expectedExit} (${failed} of ${statuses.length} records failed)`);
  }
  const summary = summaryPattern.exec(run.stderr.toString('utf8'));
  if (!summary) {
    problems.push(`batch: stderr is not one summary line: ${JSON.stringify(run.stderr.toString('utf8').slice(0, 200))}`);
  } else if (Number(summary[1]) !== statuses.length || Number(summary[2]) !== statuses.length - failed ||
             Number(summary[3]) !== failed) {
    problems.push(`batch: the summary says ${summary[1]} records, ${summary[2]} ok, ${summary[3]} failed; ` +
                  `expected ${statuses.length}, ${statuses.length - failed}, ${failed}`);
  }
  return problems;
}
