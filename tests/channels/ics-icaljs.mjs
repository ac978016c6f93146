#!/usr/bin/env node
// The .ics outputs of every golden case read back by ical.js (Mozilla's parser, the one
// Thunderbird uses). Each case's sheet is rendered in the case's languages and message kind
// (request.json) on EVERY channel, whatever request.json lists: the request picks which golden
// files the case keeps, but a German calendar is as much a download as a Chinese one, and
// narrowing to the request's channels left 21 of the 43 cases with no calendar to check.
//
// Every calendar of every language: CRLF line endings, lines ≤ 75 octets, one VEVENT per
// window, each with DTSTART/SUMMARY/UID (unique in the calendar, the same for a window in every
// language), DTEND after DTSTART iff the window has an end; DTSTART/DTEND in UTC equal to the
// sheet's local times converted here with Intl (independently of the C++ zone table), SUMMARY
// naming every system of its own window (in each language of a bilingual notice that the sheet
// names it in), DESCRIPTION ending with the letter (so escaping round-trips), and
// SEQUENCE from the sheet's revision and the message kind (expectedSequence). Also the send
// plan's calendar (`noticekit plan`, its "ics" field) in each language: the same file rules,
// one VEVENT per timed step at that step's time, an end after the start.
//
// Every check counts what it parsed. A case fails when its result holds a calendar that was not
// parsed and checked, when its golden folder holds outputs but the render gives none, or when a
// calendar is rendered in some of its languages only. A case that renders no calendar (bad
// input) is reported as "skip" and not counted as passed; a run that checks none fails.
//
// Usage: node tests/channels/ics-icaljs.mjs [CASE_DIR…]   (CLI from NOTICEKIT_CLI, default
// build/native/noticekit). Prints one line per case, the totals, and last "ics (ical.js): N
// passed, M failed"; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = process.env.NOTICEKIT_CLI || path.join(root, 'build', 'native', 'noticekit');
// RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break".
const LINE_OCTETS = 75;
// Files of a golden folder that are not outputs.
const NOT_OUTPUTS = new Set(['sheet.json', 'request.json', 'findings.txt']);

function runCli(args) {
  const done = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  try {
    return JSON.parse(done.stdout);
  } catch (error) {
    throw new Error(`noticekit ${args[0]} exited ${done.status ?? done.error?.code} without JSON `
      + `(${error.message}); stderr ends: ${(done.stderr ?? '').slice(-300)}`);
  }
}

function requestOf(caseDir) {
  const file = path.join(caseDir, 'request.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

// Every channel: see the header for why the request's channels are not used.
function render(caseDir, request) {
  const args = ['render', path.join(caseDir, 'sheet.json'), '--format', 'json'];
  if (request.languages?.length) args.push('--lang', request.languages.join(','));
  if (request.kind) args.push('--kind', request.kind);
  return runCli(args);
}

function plan(caseDir, lang, request) {
  const args = ['plan', path.join(caseDir, 'sheet.json'), '--format', 'json', '--lang', lang];
  if (request.kind) args.push('--kind', request.kind);
  return runCli(args);
}

// Seconds east of UTC that `zone` is at the instant `ms`.
function offsetSeconds(ms, zone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return (wall - ms) / 1000;
}

// "2026-12-05T22:00" in `zone` → Unix seconds (the earlier instant when the time is repeated).
function localToUnix(text, zone) {
  const [date, time] = text.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi) / 1000;
  const first = wall - offsetSeconds(wall * 1000, zone);
  return wall - offsetSeconds(first * 1000, zone);
}

const iso = (unix) => new Date(unix * 1000).toISOString();

// The schema's rule for "revision": a calendar keeps the copy with the highest SEQUENCE.
function expectedSequence(kind, revision) {
  if (kind === 'cancellation') return revision + 1;
  if (kind === 'extension' || kind === 'reschedule') return Math.max(revision, 1);
  return revision;
}

// Every calendar a render result holds: the ics channel's text, and any "ics" field.
function calendars(result) {
  const found = [];
  for (const o of result.outputs ?? []) {
    if (o.channel === 'ics') found.push({ where: `${o.lang}.ics`, output: o, raw: o.text });
    if ('ics' in o) found.push({ where: `${o.lang}.${o.channel}.ics`, output: o, raw: o.ics });
  }
  return found;
}

// A property's time as Unix seconds, or null (with a problem when it is there but not a UTC
// date-time).
function utcSeconds(vevent, name, label, problems) {
  const property = vevent.getFirstProperty(name);
  if (!property) return null;
  const value = property.getFirstValue();
  // ical.js reads "2O26…" as the year 2, so the written form is held to §3.3.5's UTC form too.
  const written = /^[^:]*:(\d{8}T\d{6}Z)$/.test(property.toICALString());
  if (!written || !(value instanceof ICAL.Time) || value.isDate || value.zone?.tzid !== 'UTC') {
    problems.push(`${label} ${property.toICALString()} is not a UTC date-time`);
    return null;
  }
  return value.toUnixTime();
}

// Single-valued TEXT properties the writers use (RFC 5545 §3.8.1.5, §3.8.1.12, §3.8.1.7, §3.8.1.4).
const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT']);

// RFC 5545 §3.3.11: in a TEXT value, ";" "," and "\" are escaped and a backslash starts only
// \\ \; \, \n or \N. ical.js reads an unescaped comma back unchanged, so only the file itself
// shows one.
function textEscapingProblems(raw) {
  const found = [];
  raw.replace(/\r\n[ \t]/g, '').split('\r\n').forEach((line, i) => {
    const name = line.split(/[;:]/, 1)[0].toUpperCase();
    if (!TEXT_PROPERTIES.has(name) || !line.includes(':')) return;
    const value = line.slice(line.indexOf(':') + 1);
    for (let k = 0; k < value.length; k += 1) {
      if (value[k] === '\\') {
        if (!['\\', ';', ',', 'n', 'N'].includes(value[k + 1])) found.push(`unfolded line ${i + 1}: ${name} has a bare backslash before ${JSON.stringify(value[k + 1] ?? '')}`);
        k += 1;
      } else if (value[k] === ';' || value[k] === ',') {
        found.push(`unfolded line ${i + 1}: ${name} has an unescaped ${JSON.stringify(value[k])}`);
      }
    }
  });
  return found;
}

// The rules every .ics file keeps; returns its VEVENTs (ICAL.Component).
function checkIcsFile(where, raw, problems) {
  if (typeof raw !== 'string') throw new Error(`not a string but ${typeof raw}`);
  if (!raw.endsWith('\r\n')) problems.push(`${where}: does not end with CRLF`);
  if (/[\r\n]/.test(raw.replaceAll('\r\n', ''))) problems.push(`${where}: a line ends without CRLF`);
  raw.split('\r\n').forEach((line, i) => {
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > LINE_OCTETS) problems.push(`${where}: line ${i + 1} has ${octets} octets (limit ${LINE_OCTETS})`);
  });
  const escaping = new Map();
  for (const problem of textEscapingProblems(raw)) escaping.set(problem, (escaping.get(problem) ?? 0) + 1);
  for (const [problem, count] of escaping) problems.push(`${where}: ${problem}${count > 1 ? ` (${count} times)` : ''}`);
  const calendar = new ICAL.Component(ICAL.parse(raw));
  if (calendar.name !== 'vcalendar') problems.push(`${where}: a ${calendar.name}, not a vcalendar`);
  const vevents = calendar.getAllSubcomponents('vevent');
  const uids = new Map();
  vevents.forEach((vevent, i) => {
    const n = i + 1;
    for (const name of ['uid', 'dtstamp', 'dtstart', 'summary']) {
      if (!vevent.hasProperty(name)) problems.push(`${where}: event ${n} has no ${name.toUpperCase()}`);
    }
    const summary = vevent.getFirstPropertyValue('summary');
    if (vevent.hasProperty('summary') && !String(summary ?? '').trim()) problems.push(`${where}: event ${n} has an empty SUMMARY`);
    const uid = String(vevent.getFirstPropertyValue('uid'));
    uids.set(uid, (uids.get(uid) ?? 0) + 1);
    const start = utcSeconds(vevent, 'dtstart', `${where}: event ${n}`, problems);
    let end = utcSeconds(vevent, 'dtend', `${where}: event ${n}`, problems);
    if (vevent.hasProperty('duration')) {
      if (vevent.hasProperty('dtend')) problems.push(`${where}: event ${n} has both DTEND and DURATION`);
      else if (start !== null) end = start + vevent.getFirstPropertyValue('duration').toSeconds();
    }
    if (start !== null && end !== null && !(end > start)) {
      problems.push(`${where}: event ${n} ends at ${iso(end)}, not after its start ${iso(start)}`);
    }
  });
  for (const [uid, count] of uids) if (count > 1) problems.push(`${where}: UID ${uid} on ${count} events`);
  return vevents;
}

// The window's systems its event's SUMMARY does not name. Each event is titled by its own
// window: a system is named in every language of the notice ("zh-CN+en") the sheet gives a name
// in, and otherwise in any of them (the core's fallback, e.g. zh-TW to zh-CN, is its own).
function unnamedSystems(summary, window, lang) {
  const missing = [];
  for (const system of window.systems ?? []) {
    if (typeof system === 'string') {
      if (!summary.includes(system)) missing.push(system);
      continue;
    }
    const names = lang.split('+').filter((part) => part in system).map((part) => system[part]);
    if (names.length) missing.push(...names.filter((name) => !summary.includes(name)));
    else if (!Object.values(system).some((name) => summary.includes(name))) missing.push(Object.values(system).join(' or '));
  }
  return missing;
}

// The windows a notice's calendar holds an event for: the sheet's, but in a cancellation that
// names the windows first announced (change.original_windows), those it cancels: the originals
// the sheet's windows no longer hold (same systems, start and end).
function calendarWindows(sheet, kind) {
  const originals = sheet.change?.original_windows ?? [];
  if (kind !== 'cancellation' || originals.length === 0) return sheet.windows;
  const key = (w) => JSON.stringify([w.systems, w.start, w.end]);
  const kept = new Set(sheet.windows.map(key));
  const cancelled = originals.filter((w) => !kept.has(key(w)));
  return cancelled.length > 0 ? cancelled : sheet.windows;
}

// One notice's calendar against its sheet and its email; returns the events' UIDs in order.
function checkCalendar({ where, output, raw }, sheet, email, tally, problems) {
  const vevents = checkIcsFile(where, raw, problems);
  tally.calendars += 1;
  tally.events += vevents.length;
  const uids = vevents.map((v) => String(v.getFirstPropertyValue('uid')));
  const windows = calendarWindows(sheet, output.kind);
  if (vevents.length !== windows.length) {
    problems.push(`${where}: ${vevents.length} events for ${windows.length} windows`);
    return uids;
  }
  if (!email) problems.push(`${where}: no email in ${output.lang} to hold DESCRIPTION against`);
  vevents.forEach((vevent, i) => {
    const n = i + 1;
    const event = new ICAL.Event(vevent);
    const window = windows[i];
    const start = localToUnix(window.start, sheet.time_zone);
    const dtstart = utcSeconds(vevent, 'dtstart', '', []);
    if (dtstart !== start) problems.push(`${where}: event ${n} DTSTART ${event.startDate} != ${iso(start)}`);
    if (window.end) {
      const end = localToUnix(window.end, sheet.time_zone);
      const dtend = utcSeconds(vevent, 'dtend', '', []);
      if (dtend !== end) problems.push(`${where}: event ${n} DTEND ${dtend === null ? 'missing' : iso(dtend)} != ${iso(end)}`);
    } else if (vevent.hasProperty('dtend') || vevent.hasProperty('duration')) {
      problems.push(`${where}: event ${n} has an end for a window without one`);
    }
    for (const name of unnamedSystems(String(event.summary), window, output.lang)) {
      problems.push(`${where}: event ${n} SUMMARY ${JSON.stringify(event.summary)} does not name ${JSON.stringify(name)}`);
    }
    if (email && !String(event.description).endsWith(email.text)) problems.push(`${where}: event ${n} DESCRIPTION is not the letter`);
    if (!String(event.uid).endsWith('@noticekit')) problems.push(`${where}: event ${n} UID ${event.uid}`);
    const sequence = expectedSequence(output.kind, sheet.revision ?? 0);
    if (event.sequence !== sequence) problems.push(`${where}: event ${n} SEQUENCE ${event.sequence} != ${sequence}`);
  });
  return uids;
}

// The send plan's calendar: one event per timed step of its schedule, at that step's time.
function checkPlanCalendar(where, planned, tally, problems) {
  const vevents = checkIcsFile(where, planned.ics, problems);
  tally.planCalendars += 1;
  tally.planEvents += vevents.length;
  const timed = (planned.schedule ?? []).filter((s) => s.at_utc);
  if (vevents.length !== timed.length) {
    problems.push(`${where}: ${vevents.length} events for ${timed.length} timed steps`);
    return;
  }
  vevents.forEach((vevent, i) => {
    const at = Date.parse(timed[i].at_utc) / 1000;
    const dtstart = utcSeconds(vevent, 'dtstart', '', []);
    if (dtstart !== at) problems.push(`${where}: event ${i + 1} DTSTART ${dtstart === null ? 'missing' : iso(dtstart)} != ${timed[i].step} at ${iso(at)}`);
  });
}

function goldenOutputs(caseDir) {
  return readdirSync(caseDir)
    .filter((name) => !NOT_OUTPUTS.has(name) && statSync(path.join(caseDir, name)).isFile())
    .sort();
}

// Runs one document's check; a parser refusing the document is a problem, not a crash.
function guarded(where, problems, check) {
  try {
    check();
  } catch (error) {
    problems.push(`${where}: ${error.name}: ${error.message}`);
  }
}

function checkCase(caseDir) {
  const problems = [];
  const tally = { calendars: 0, events: 0, planCalendars: 0, planEvents: 0 };
  const present = { calendars: 0, planCalendars: 0 };
  const request = requestOf(caseDir);
  const result = render(caseDir, request);
  if (!result.outputs?.length) {
    const golden = goldenOutputs(caseDir);
    if (golden.length) {
      problems.push(`renders nothing, but the golden folder holds ${golden.length} outputs (${golden.slice(0, 3).join(', ')}, …)`);
    }
    return { problems, tally, present };
  }
  const sheet = JSON.parse(readFileSync(path.join(caseDir, 'sheet.json'), 'utf8'));
  const emails = Object.fromEntries(result.outputs.filter((o) => o.channel === 'email').map((o) => [o.lang, o]));
  const uids = new Map();
  for (const found of calendars(result)) {
    present.calendars += 1;
    guarded(found.where, problems, () => {
      uids.set(found.where, checkCalendar(found, sheet, emails[found.output.lang], tally, problems));
    });
  }
  // One event per window across languages: a later message in any language updates it.
  if (new Set([...uids.values()].map((u) => u.join(' '))).size > 1) {
    problems.push(`the calendars' UIDs differ between languages: ${[...uids].map(([w, u]) => `${w} ${u.join(' ')}`).join('; ')}`);
  }
  const rendered = [...new Set(result.outputs.map((o) => o.lang))].sort();
  const planLanguages = new Set();
  for (const lang of rendered) {
    const where = `${lang}.plan.ics`;
    guarded(where, problems, () => {
      const planned = plan(caseDir, lang, request);
      if (!planned.ics) return;
      present.planCalendars += 1;
      planLanguages.add(lang);
      checkPlanCalendar(where, planned, tally, problems);
    });
  }
  // Every channel is rendered, so a calendar one language has, every language has: one dropped
  // for German alone would otherwise look like a case without calendars.
  const calendarLanguages = new Set(calendars(result).map((c) => c.output.lang));
  for (const [what, have] of [['calendar', calendarLanguages], ['plan calendar', planLanguages]]) {
    const missing = rendered.filter((lang) => !have.has(lang));
    if (have.size && missing.length) problems.push(`renders a ${what} in ${[...have].sort().join(', ')} but none in ${missing.join(', ')}`);
  }
  // The golden folder is a second witness of what the case renders.
  if (!present.calendars && goldenOutputs(caseDir).some((name) => name.includes('.ics.'))) {
    problems.push('renders no calendar, but the golden folder has one');
  }
  if (tally.calendars < present.calendars) problems.push(`expected ${present.calendars} calendars, checked ${tally.calendars}`);
  if (tally.planCalendars < present.planCalendars) problems.push(`expected ${present.planCalendars} plan calendars, checked ${tally.planCalendars}`);
  return { problems, tally, present };
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const describe = (t) => `${plural(t.calendars, 'calendar')} (${plural(t.events, 'event')}), `
  + `${plural(t.planCalendars, 'plan calendar')} (${plural(t.planEvents, 'event')})`;

const goldenRoot = path.join(root, 'tests', 'golden');
const cases = process.argv.length > 2
  ? process.argv.slice(2).map((dir) => path.resolve(dir))
  : readdirSync(goldenRoot)
    .map((name) => path.join(goldenRoot, name))
    .filter((dir) => existsSync(path.join(dir, 'sheet.json')))
    .sort();
let passed = 0;
let failed = 0;
let skipped = 0;
const total = { calendars: 0, events: 0, planCalendars: 0, planEvents: 0 };
for (const dir of cases) {
  let outcome;
  try {
    outcome = checkCase(dir);
  } catch (error) {
    outcome = { problems: [`${error.name}: ${error.message}`], tally: {}, present: {} };
  }
  for (const key of Object.keys(total)) total[key] += outcome.tally[key] ?? 0;
  const name = path.basename(dir);
  if (outcome.problems.length) {
    failed += 1;
    console.log(`FAIL ${name}`);
    for (const p of outcome.problems) console.log(`  ${p}`);
  } else if (!outcome.present.calendars && !outcome.present.planCalendars) {
    skipped += 1;
    console.log(`skip ${name}: renders no calendar`);
  } else if (!outcome.present.calendars || !outcome.present.planCalendars) {
    // Checked what it has, but not both kinds: not a pass.
    skipped += 1;
    const none = outcome.present.calendars ? 'plan calendar' : 'calendar';
    console.log(`skip ${name}: renders no ${none} (checked ${describe(outcome.tally)})`);
  } else {
    passed += 1;
    console.log(`ok   ${name}: ${describe(outcome.tally)}`);
  }
}
console.log(`ics (ical.js): ${cases.length} cases, ${failed} failed, ${skipped} skipped (render no calendar, or no plan calendar); checked ${describe(total)}`);
for (const [key, what] of [['calendars', 'calendars'], ['planCalendars', 'plan calendars']]) {
  if (!total[key]) {
    failed += 1;
    console.log(`FAIL the whole run checked no ${what}`);
  }
}
console.log(`ics (ical.js): ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
