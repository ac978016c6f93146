#!/usr/bin/env node
// The .ics outputs of every golden case read back by ical.js (Mozilla's parser, the one
// Thunderbird uses): one VEVENT per window, SUMMARY = the title, DTSTART/DTEND in UTC equal to
// the sheet's local times converted here with Intl (independently of the C++ zone table), no
// DTEND for an open window, DESCRIPTION ending with the letter (so escaping round-trips), and
// SEQUENCE from the sheet's revision and the message kind (expectedSequence).
//
// Usage: node tests/channels/ics-icaljs.mjs   (CLI from NOTICEKIT_CLI, default
// build/native/noticekit). Prints one line per case and, last, "ics (ical.js): N passed, M
// failed"; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = process.env.NOTICEKIT_CLI || path.join(root, 'build', 'native', 'noticekit');

function render(caseDir) {
  const args = ['render', path.join(caseDir, 'sheet.json'), '--format', 'json'];
  const requestFile = path.join(caseDir, 'request.json');
  if (existsSync(requestFile)) {
    const request = JSON.parse(readFileSync(requestFile, 'utf8'));
    if (request.languages?.length) args.push('--lang', request.languages.join(','));
    if (request.channels?.length) args.push('--channel', request.channels.join(','));
    if (request.kind) args.push('--kind', request.kind);
  }
  return JSON.parse(spawnSync(cli, args, { encoding: 'utf8' }).stdout);
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

// The schema's rule for "revision": a calendar keeps the copy with the highest SEQUENCE.
function expectedSequence(kind, revision) {
  if (kind === 'cancellation') return revision + 1;
  if (kind === 'extension' || kind === 'reschedule') return Math.max(revision, 1);
  return revision;
}

function checkCase(caseDir) {
  const result = render(caseDir);
  const problems = [];
  let checked = 0;
  if (!result.outputs.length) return { problems, checked };
  const sheet = JSON.parse(readFileSync(path.join(caseDir, 'sheet.json'), 'utf8'));
  const email = Object.fromEntries(result.outputs.filter((o) => o.channel === 'email').map((o) => [o.lang, o]));
  for (const o of result.outputs.filter((x) => x.channel === 'ics' && email[x.lang])) {
    const where = `${o.lang}.ics`;
    checked += 1;
    const calendar = new ICAL.Component(ICAL.parse(o.text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    if (events.length !== sheet.windows.length) {
      problems.push(`${where}: ${events.length} events for ${sheet.windows.length} windows`);
      continue;
    }
    events.forEach((event, i) => {
      const window = sheet.windows[i];
      const title = email[o.lang].subject;
      const start = localToUnix(window.start, sheet.time_zone);
      if (!event.startDate.isDate && event.startDate.zone?.tzid !== 'UTC') problems.push(`${where}: DTSTART not in UTC`);
      if (event.startDate.toUnixTime() !== start) problems.push(`${where}: DTSTART ${event.startDate} != ${new Date(start * 1000).toISOString()}`);
      const hasEnd = event.component.hasProperty('dtend');
      if (window.end) {
        const end = localToUnix(window.end, sheet.time_zone);
        if (!hasEnd || event.endDate.toUnixTime() !== end) problems.push(`${where}: DTEND ${event.endDate} != ${new Date(end * 1000).toISOString()}`);
      } else if (hasEnd) {
        problems.push(`${where}: DTEND for a window without an end`);
      }
      const summaryOk = sheet.windows.length === 1 ? event.summary === title : event.summary.startsWith(title);
      if (!summaryOk) problems.push(`${where}: SUMMARY ${JSON.stringify(event.summary)} is not the title`);
      if (!event.description.endsWith(email[o.lang].text)) problems.push(`${where}: DESCRIPTION is not the letter`);
      if (!event.uid.endsWith('@noticekit')) problems.push(`${where}: UID ${event.uid}`);
      const sequence = expectedSequence(o.kind, sheet.revision ?? 0);
      if (event.sequence !== sequence) problems.push(`${where}: SEQUENCE ${event.sequence} != ${sequence}`);
    });
  }
  return { problems, checked };
}

const cases = readdirSync(path.join(root, 'tests', 'golden'))
  .map((name) => path.join(root, 'tests', 'golden', name))
  .filter((dir) => existsSync(path.join(dir, 'sheet.json')))
  .sort();
let passed = 0;
let failed = 0;
for (const dir of cases) {
  let outcome;
  try {
    outcome = checkCase(dir);
  } catch (error) {
    outcome = { problems: [`${error.name}: ${error.message}`], checked: 0 };
  }
  if (outcome.problems.length) {
    failed += 1;
    console.log(`FAIL ${path.basename(dir)}`);
    for (const p of outcome.problems) console.log(`  ${p}`);
  } else {
    passed += 1;
    console.log(`ok   ${path.basename(dir)} (${outcome.checked} calendars checked)`);
  }
}
console.log(`ics (ical.js): ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
