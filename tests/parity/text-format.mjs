// Reads the CLI's `--format text` and holds it to the result JSON of the same verb (the wasm
// module's, in parity.mjs), so that the text a person reads states the same facts as the JSON
// a program reads. The format is native/text_report.cpp's:
//
//   render  stdout: per output, "=== kind · channel · lang · metrics ===", "Subject: …" when
//                   the output has a subject, then its text verbatim (plus a newline when it
//                   lacks one); a blank line between outputs.
//           stderr: one line per finding, "severity code at /path: message" (no " at " for
//                   the empty path).
//   check   stdout: the findings in the same form, or "no findings"; then
//                   "completeness: S/100 (missing: a; b)". stderr: nothing.
//   plan    stdout: ranked channels with reasons, the schedule, costs and reach, support,
//                   versions per audience (nothing when the plan is empty). stderr: findings.
//
// The reader walks the text in the order of the JSON. Headers are parsed into their parts and
// the metrics they show, and compared with the metrics the JSON holds; numbers elsewhere are
// read from the text and compared by value (the CLI prints them as the JSON library does, e.g.
// 114750.0); free text (notices, subjects, messages, reasons, notes) must appear verbatim.
// Each check returns a list of problems, empty when the text and the JSON agree.

class Mismatch extends Error {}

// A stream of the CLI's text, read from the start; every expectation it fails throws Mismatch
// naming the stream's line.
class TextReader {
  constructor(bytes, stream) {
    this.stream = stream;
    try {
      this.text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new Mismatch(`${stream} is not UTF-8 text`);
    }
    this.pos = 0;
  }

  where() {
    let line = 1;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < this.pos; i = this.text.indexOf('\n', i + 1)) ++line;
    return `${this.stream} line ${line}`;
  }

  rest(length = 120) {
    const rest = this.text.slice(this.pos, this.pos + length);
    return rest === '' ? 'the end of the text' : JSON.stringify(rest);
  }

  fail(what, expected) {
    throw new Mismatch(`${this.where()}: ${what}: expected ${JSON.stringify(expected.slice(0, 160))}, got ${this.rest(Math.min(160, Math.max(60, expected.length)))}`);
  }

  // The next line without its newline; a missing newline at the end is a mismatch.
  line(what) {
    const end = this.text.indexOf('\n', this.pos);
    if (end === -1) this.fail(what, 'a line ending in a newline');
    const line = this.text.slice(this.pos, end);
    this.pos = end + 1;
    return line;
  }

  literal(expected, what) {
    if (!this.text.startsWith(expected, this.pos)) {
      let at = 0;
      while (at < expected.length && this.text[this.pos + at] === expected[at]) ++at;
      const context = Math.max(0, at - 40);
      this.pos += context;
      this.fail(`${what} (differs after ${at} characters)`, expected.slice(context));
    }
    this.pos += expected.length;
  }

  // `parts`: literal strings and number holes {number: value, int: true|false}. A hole reads
  // a number (or "-" where the JSON has none) and must equal the JSON's value: an int hole the
  // value truncated, 0 when it is not a number (text_report's number_field); any other hole
  // the value itself, "-" when it is not a number (number_or_dash).
  template(parts, what) {
    const source = parts.map((p) => typeof p === 'string'
      ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      : '(-|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)').join('');
    const expected = parts.map((p) => typeof p === 'string' ? p : String(holeValue(p))).join('');
    const match = new RegExp(source, 'y');
    match.lastIndex = this.pos;
    const found = match.exec(this.text);
    if (!found) this.fail(what, expected);
    const holes = parts.filter((p) => typeof p !== 'string');
    holes.forEach((hole, i) => {
      const text = found[i + 1];
      const value = text === '-' ? '-' : Number(text);
      if (value !== holeValue(hole)) {
        this.fail(`${what}: the text has ${text} where the JSON has ${holeValue(hole)}`, expected);
      }
    });
    this.pos = match.lastIndex;
  }

  end(what) {
    if (this.pos !== this.text.length) this.fail(what, '');
  }
}

function holeValue(hole) {
  const isNumber = typeof hole.number === 'number';
  if (hole.int) return isNumber ? Math.trunc(hole.number) : 0;
  return isNumber ? hole.number : '-';
}

const int = (value) => ({ number: value, int: true });
const num = (value) => ({ number: value, int: false });
const str = (value) => (typeof value === 'string' ? value : '');
const isNumber = (value) => typeof value === 'number';
const strings = (list) => (Array.isArray(list) ? list.filter((s) => typeof s === 'string') : []);
const list = (value) => (Array.isArray(value) ? value : []);
const object = (value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {});

// As the CLI prints a line for a terminal (native/text_report.h, printable): each control
// character (C0, DEL, C1) written as \u001B.
const printable = (text) =>
  text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

// "warning contact.missing at /contacts: No contact …", one line per finding.
function readFindings(reader, findings) {
  for (const [i, f] of list(findings).entries()) {
    const at = str(f.path) === '' ? '' : ` at ${f.path}`;
    const head = [str(f.severity), str(f.code)].filter(Boolean).join(' ');
    reader.literal(`${printable(`${head}${at}: ${str(f.message)}`)}\n`, `finding ${i + 1} (${str(f.code)})`);
  }
}

function problemsOf(check) {
  try {
    check();
    return [];
  } catch (error) {
    if (error instanceof Mismatch) return [error.message];
    throw error;
  }
}

// ---- render -------------------------------------------------------------------------------

const encodingNames = { gsm7: 'GSM-7', ucs2: 'UCS-2' };

// What a render header shows of one output, from the JSON: the parts it names and the
// metrics it prints, in the order it prints them.
function headerFromJson(output) {
  const m = object(output.metrics);
  const shown = {};
  const channel = str(output.channel);
  if (channel === 'sms') {
    // No metrics (--fields left them out): nothing shown.
    if (isNumber(m.segments)) {
      const segments = Math.trunc(m.segments);
      shown.segments = segments;
      shown.word = segments === 1 ? 'segment' : 'segments';
      const encoding = str(m.encoding);
      if (encoding !== '') shown.encoding = encodingNames[encoding] ?? encoding;
      if (isNumber(m.units)) {
        shown.units = Math.trunc(m.units);
        if (segments <= 1 && isNumber(m.single_limit)) shown.single_limit = Math.trunc(m.single_limit);
      }
      if (segments > 1 && isNumber(m.part_limit)) shown.part_limit = Math.trunc(m.part_limit);
    }
  } else if (channel === 'email') {
    const subject = str(output.subject);
    if (subject !== '' || isNumber(m.subject_characters)) {
      shown.subject_characters = isNumber(m.subject_characters) ? Math.trunc(m.subject_characters) : [...subject].length;
      shown.limit = isNumber(m.limit) ? Math.trunc(m.limit) : 78;  // RFC 5322's line length
    }
  } else {
    for (const key of ['weighted', 'characters', 'bytes', 'limit']) {
      if (isNumber(m[key])) shown[key] = Math.trunc(m[key]);
    }
    if (isNumber(m.limit) && str(m.limit_unit) !== '') shown.limit_unit = m.limit_unit;
  }
  if (m.ok === false) shown.over_the_limit = true;
  return { parts: [str(output.kind), channel, str(output.lang)].filter(Boolean), metrics: shown };
}

// The same, read back from a header line; anything it cannot place is kept as "unread".
function headerFromText(line) {
  const outer = /^=== (.*) ===$/.exec(line);
  if (!outer) return { unread: line };
  const parts = outer[1].split(' \u00B7 ');
  let summary = parts.length > 3 ? parts.slice(3).join(' \u00B7 ') : '';
  const shown = {};
  const over = / - OVER THE LIMIT$|^OVER THE LIMIT$/.exec(summary);
  if (over) summary = summary.slice(0, over.index);
  const unread = [];
  const channel = parts[1];
  let m;
  if (channel === 'sms') {
    if ((m = /^(-?\d+) (segments?)(?: \((.*)\))?$/.exec(summary))) {
      shown.segments = Number(m[1]);
      shown.word = m[2];
      for (const [i, item] of (m[3] === undefined ? [] : m[3].split(', ')).entries()) {
        let d;
        if ((d = /^(-?\d+)\/(-?\d+) units$/.exec(item))) {
          shown.units = Number(d[1]);
          shown.single_limit = Number(d[2]);
        } else if ((d = /^(-?\d+) units$/.exec(item))) {
          shown.units = Number(d[1]);
        } else if ((d = /^(-?\d+) per part$/.exec(item))) {
          shown.part_limit = Number(d[1]);
        } else if (i === 0) {
          shown.encoding = item;
        } else {
          unread.push(item);
        }
      }
    } else if (summary !== '') {
      unread.push(summary);
    }
  } else if (channel === 'email') {
    if ((m = /^subject (-?\d+)\/(-?\d+) chars$/.exec(summary))) {
      shown.subject_characters = Number(m[1]);
      shown.limit = Number(m[2]);
    } else if (summary !== '') {
      unread.push(summary);
    }
  } else {
    for (const item of summary === '' ? [] : summary.split(', ')) {
      let d;
      if ((d = /^weighted (-?\d+)$/.exec(item))) shown.weighted = Number(d[1]);
      else if ((d = /^(-?\d+) chars$/.exec(item))) shown.characters = Number(d[1]);
      else if ((d = /^(-?\d+) bytes$/.exec(item))) shown.bytes = Number(d[1]);
      else if ((d = /^limit (-?\d+)(?: (.+))?$/.exec(item))) {
        shown.limit = Number(d[1]);
        if (d[2] !== undefined) shown.limit_unit = d[2];
      } else unread.push(item);
    }
  }
  if (over) shown.over_the_limit = true;
  const header = { parts: parts.slice(0, 3), metrics: shown };
  if (unread.length > 0) header.unread = unread;
  return header;
}

export function checkRenderText(stdout, stderr, result) {
  return problemsOf(() => {
    const out = new TextReader(stdout, 'stdout');
    for (const [i, output] of list(result.outputs).entries()) {
      const name = `output ${i + 1} (${str(output.channel)} ${str(output.lang)})`;
      if (i > 0) out.literal('\n', `the blank line before ${name}`);
      const where = out.where();
      const line = out.line(`the header of ${name}`);
      const fromText = JSON.stringify(headerFromText(line));
      const fromJson = JSON.stringify(headerFromJson(output));
      if (fromText !== fromJson) {
        throw new Mismatch(`${where}: the header of ${name} says ${fromText}, the JSON ${fromJson} (line: ${JSON.stringify(line)})`);
      }
      if (str(output.subject) !== '') out.literal(`Subject: ${output.subject}\n`, `the subject of ${name}`);
      const text = str(output.text);
      out.literal(text === '' || text.endsWith('\n') ? text : `${text}\n`, `the text of ${name}`);
    }
    out.end('nothing after the last output');
    const err = new TextReader(stderr, 'stderr');
    readFindings(err, result.findings);
    err.end('nothing after the findings');
  });
}

// ---- check --------------------------------------------------------------------------------

export function checkCheckText(stdout, stderr, result) {
  return problemsOf(() => {
    const out = new TextReader(stdout, 'stdout');
    if (list(result.findings).length === 0) out.literal('no findings\n', 'no findings');
    else readFindings(out, result.findings);
    const completeness = result.completeness;
    if (completeness !== null && typeof completeness === 'object' && !Array.isArray(completeness)) {
      const labels = list(completeness.missing).map((item) => str(object(item).label));
      out.template(['completeness: ', int(completeness.score), '/100',
                    labels.length > 0 ? ` (missing: ${labels.join('; ')})` : '', '\n'], 'the completeness');
    }
    out.end('nothing after the completeness');
    new TextReader(stderr, 'stderr').end('nothing on stderr');
  });
}

// ---- plan ---------------------------------------------------------------------------------

const padBytes = (text, width) => text + ' '.repeat(Math.max(0, width - Buffer.byteLength(text)));
const gutter = `  ${' '.repeat(38)}  \u2502 `;

function readChannels(out, channels) {
  out.literal('Channels, best first\n', 'the channels heading');
  for (const [i, c] of channels.entries()) {
    const rank = i + 1;
    out.template([`${rank < 10 ? ' ' : ''}${rank}. ${str(c.name)} (${str(c.channel)}) \u00B7 score `, int(c.score),
                  c.recommended === true ? ' \u00B7 recommended' : '', '\n'], `channel ${rank} (${str(c.channel)})`);
    for (const reason of strings(c.reasons)) out.literal(`      - ${reason}\n`, `a reason for ${str(c.channel)}`);
  }
}

function readSchedule(out, schedule) {
  out.literal("\nSchedule (the sheet's local time, then UTC)\n", 'the schedule heading');
  for (const [i, s] of schedule.entries()) {
    const what = `schedule step ${i + 1} (${str(s.step)})`;
    const at = padBytes(str(s.at) || 'when back', 16);
    const atUtc = padBytes(str(s.at_utc) || '-', 20);
    out.literal(`  ${at}  ${atUtc}  \u25CF ${str(s.name)}: ${strings(s.channels).join(', ')}\n`, what);
    const elsewhere = list(s.local_times).map((l) => {
      const local = str(l.at);
      const shown = Buffer.byteLength(local) >= 16 ? `${local.slice(5, 10)} ${local.slice(11, 16)}` : local;
      return `${str(l.zone)} ${shown}${l.quiet === true ? ' (quiet hours)' : ''}`;
    });
    if (elsewhere.length > 0) out.literal(`${gutter}${elsewhere.join(', ')}\n`, `the local times of ${what}`);
    out.literal(`${gutter}${str(s.note)}\n`, `the note of ${what}`);
  }
}

function readCosts(out, costs) {
  out.literal('\nCosts and reach\n', 'the costs heading');
  const sms = costs.sms;
  if (sms !== null && typeof sms === 'object' && !Array.isArray(sms)) {
    out.template(['  SMS: ', num(sms.segments), ' segments x ', num(sms.recipients), ' recipients x ',
                  num(sms.sends), ' sends = ', num(sms.messages), ' messages; ', num(sms.per_send),
                  ' per send, ', num(sms.total), ` in all ${str(sms.currency)}\n`], 'the SMS cost');
  }
  for (const im of list(costs.im)) {
    out.template([`  ${str(im.channel)}: `, num(im.peak_per_minute), ' messages in the busiest minute, limit ',
                   num(im.limit_per_minute), ` a minute${im.ok === false ? ' - OVER THE LIMIT' : ''}\n`],
                  `the message rate of ${str(im.channel)}`);
  }
  const reach = object(costs.reach);
  const shares = list(reach.channels);
  if (shares.length > 0) {
    const parts = ['  reach (share of the audience, estimated): '];
    shares.forEach((r, i) => parts.push(`${i > 0 ? ', ' : ''}${str(r.channel)} `, num(r.share)));
    parts.push('; together ', num(object(reach.combined).share), '\n');
    out.template(parts, 'the reach');
  }
}

function readSupportAndAudiences(out, result) {
  const support = object(result.support);
  out.literal('\nSupport during the outage\n', 'the support heading');
  for (const [group, label] of [['reachable', 'reachable: '], ['at_risk', 'at risk:   ']]) {
    for (const c of list(support[group])) {
      out.literal(`  ${label}${str(c.value)} ${str(c.label)} - ${str(c.note)}\n`, `a contact ${group}`);
    }
  }
  if (str(support.warning) !== '') out.literal(`  WARNING: ${support.warning}\n`, 'the support warning');
  const audiences = list(result.audiences);
  if (audiences.length === 0) return;
  out.literal('\nVersions per audience\n', 'the audiences heading');
  for (const a of audiences) {
    out.literal(`  ${str(a.role)} (${str(a.notice)}, ${strings(a.channels).join(', ')}): ${str(a.why)}\n`,
                `the audience ${str(a.role)}`);
    for (const action of strings(a.actions_before)) out.literal(`      - ${action}\n`, `an action of ${str(a.role)}`);
  }
}

export function checkPlanText(stdout, stderr, result) {
  return problemsOf(() => {
    const out = new TextReader(stdout, 'stdout');
    const channels = list(result.channels);
    if (channels.length > 0) {  // an empty plan (the sheet has errors) prints nothing
      readChannels(out, channels);
      readSchedule(out, list(result.schedule));
      readCosts(out, object(result.costs));
      readSupportAndAudiences(out, result);
    }
    out.end('nothing after the plan');
    const err = new TextReader(stderr, 'stderr');
    readFindings(err, result.findings);
    err.end('nothing after the findings');
  });
}
