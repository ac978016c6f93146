// Writes N fact sheets as JSONL (one sheet per line), the same bytes for the same seed:
//
//   node bench/generate.mjs [--count N] [--seed S] [--out FILE]   (default 100000, 1, stdout)
//
// Every other sheet is Chinese (zh-CN), the others English; each is a planned outage with one
// language and plain-string texts, 1–3 systems over 1–2 windows (same day, overnight, ending at
// midnight, several days), zones with and without daylight saving time, 1–2 contacts, and
// optional parts (unit, roles, regions, degraded services, cut-off, follow-up, next update,
// other time zones). Wall-clock times avoid 01:00–03:59, the hours DST changes skip or repeat,
// so the peers never have to guess how a non-existent local time resolves.
import { createWriteStream } from 'node:fs';
import { pools } from './sheet-pools.mjs';

// mulberry32: a small, fast PRNG whose sequence depends only on the seed
// (https://github.com/bryc/code/blob/master/jshash/PRNGs.md#mulberry32).
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function options(argv) {
  const o = { count: 100000, seed: 1, out: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--count') o.count = Number(value);
    else if (flag === '--seed') o.seed = Number(value);
    else if (flag === '--out') o.out = value;
    else throw new Error(`generate: unknown option ${flag} (use --count N --seed S --out FILE)`);
    i++;
  }
  if (!Number.isInteger(o.count) || o.count < 0) throw new Error('generate: --count needs a whole number');
  return o;
}

const pad = (n) => String(n).padStart(2, '0');
const iso = (d) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
// Wall-clock arithmetic on a Date used as a plain calendar (its UTC fields are the local time).
const plusMinutes = (d, minutes) => new Date(d.getTime() + minutes * 60000);

export function makeSheet(random, index) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const some = (list, min, max) => {
    const n = min + Math.floor(random() * (max - min + 1));
    const copy = [...list];
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
    return out;
  };
  const lang = index % 2 === 0 ? 'zh-CN' : 'en';
  const p = pools[lang];

  const org = pick(p.organizations);
  const zone = pick(p.zones);
  const systems = some(p.systems, 1, 3);

  // A start between March 2026 and December 2027, at an hour no DST change touches.
  const day = new Date(Date.UTC(2026, 2, 1) + Math.floor(random() * 660) * 86400000);
  const start = plusMinutes(day, pick([4, 5, 6, 8, 12, 18, 19, 20, 21, 22, 23]) * 60 + pick([0, 0, 30]));
  // Durations chosen so that ends also land outside 01:00–03:59 (see above).
  const shape = pick(['same_day', 'overnight', 'midnight', 'days']);
  const endOf = (s) => {
    const midnight = plusMinutes(new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth(), s.getUTCDate())), 24 * 60);
    if (shape === 'midnight') return midnight;
    if (shape === 'overnight') return plusMinutes(midnight, pick([4, 5, 6, 7, 8]) * 60 + pick([0, 30]));
    if (shape === 'days') return plusMinutes(midnight, (pick([1, 2]) * 24 + pick([6, 12, 18])) * 60);
    const left = 23 * 60 - (s.getUTCHours() * 60 + s.getUTCMinutes());
    return plusMinutes(s, Math.max(30, Math.min(left, pick([60, 120, 180, 240]))));
  };
  const windows = [];
  const windowCount = systems.length > 1 && chance(0.35) ? 2 : 1;
  const split = windowCount === 2 ? 1 + Math.floor(random() * (systems.length - 1)) : systems.length;
  [systems.slice(0, split), systems.slice(split)].forEach((group, i) => {
    if (!group.length) return;
    const s = i === 0 ? start : plusMinutes(start, pick([0, 24 * 60, 7 * 24 * 60]));
    const w = { systems: group, start: iso(s), end: iso(endOf(s)) };
    if (chance(0.15)) w.regions = some(p.regions, 1, 2);
    if (chance(0.2)) w.end_is_estimate = true;
    windows.push(w);
  });
  const issued = plusMinutes(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate())),
                             -pick([1, 2, 3, 5, 7]) * 24 * 60 + pick([9, 10, 11, 14, 16]) * 60);

  const sheet = {
    schema: 'noticekit/1',
    kind: 'planned',
    organization: { name: org.name },
    issued: iso(issued),
    time_zone: zone,
    languages: [lang],
    audience: { kind: pick(['public', 'customers', 'staff', 'partners']), size: 100 * (1 + Math.floor(random() * 20000)) },
    windows,
    reason: { category: pick(['upgrade', 'maintenance', 'migration', 'security']), text: pick(p.reasons) },
    impact: { unavailable: some(p.unavailable, 1, 2) },
    alternatives: some(p.alternatives, 0, 2),
    contacts: [],
    channels_available: some(['email', 'sms', 'web', 'wechat_oa', 'slack', 'status_page'], 2, 4),
  };
  if (chance(0.6)) sheet.organization.unit = org.unit;
  if (chance(0.7)) sheet.organization.sms_signature = org.signature;
  if (chance(0.4)) sheet.audience.roles = some(p.roles, 1, 2);
  if (chance(0.3)) sheet.audience.time_zones = some(p.reader_zones, 1, 2);
  if (chance(0.3)) sheet.impact.degraded = [pick(p.degraded)];
  if (chance(0.5)) sheet.impact.still_available = some(p.still_available, 1, 2);
  if (chance(0.4)) sheet.actions = { before: [pick(p.before)] };
  if (chance(0.3)) (sheet.actions ??= {}).after = [pick(p.after)];
  if (chance(0.3)) sheet.early_finish = true;
  if (chance(0.2)) sheet.may_change = true;
  if (chance(0.25)) sheet.next_update = windows[0].end;
  for (const kind of some(['phone', 'email', 'web'], 1, 2)) {
    const c = { kind, value: pick(p.contacts[kind]) };
    if (chance(0.5)) c.label = pick(p.contact_labels[kind]);
    if (chance(0.4)) c.hours = pick(p.hours);
    if (kind === 'phone' && chance(0.2)) c.name = pick(p.names);
    sheet.contacts.push(c);
  }
  return sheet;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const o = options(process.argv.slice(2));
  const random = prng(o.seed);
  const out = o.out ? createWriteStream(o.out) : process.stdout;
  let chunk = '';
  for (let i = 0; i < o.count; i++) {
    chunk += JSON.stringify(makeSheet(random, i)) + '\n';
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
      chunk = '';
    }
  }
  out.end(chunk);
}
