#!/usr/bin/env node
// An oracle for how noticekit states maintenance windows, written from the README and the issue,
// not from the C++ code, so that it can disagree with it.
//
//   node tests/oracle/windows.mjs [--summary]       (NOTICEKIT_CLI overrides the CLI's path)
//
// tests/oracle/sheets.mjs builds a fixed matrix of sheets (1–5 windows; same times on several
// days; other systems per window; across midnight, a month end, the year end and DST changes;
// an open end) in every kind. One `noticekit batch` run renders them all in 8 base languages on
// every channel. Each output is then read the way a reader would, with a small per-language
// table of how dates ("27 June", "6月27日", "28日" after a month, "27. Juni"), times ("23:00",
// "11 p.m.", "23点", "오후 11시", "23 h", "a las 23 horas", "a las 4 y 45", "Mitternacht"), next-day words
// ("次日", "翌", "익일", "le lendemain"), durations and count markers ("3 dates", "외 2회") are
// written. Rules (each match or miss is one counted "fact"):
//
//  1. Presence. Windows that overlap or touch are one stretch (README). A text that states any
//     window date or time gives, for each stretch the message is about, its start date, start
//     time and end time, and — when it ends on a later day — its end date, or a next-day word
//     (ends the day after), or 24:00/midnight (ends at 00:00); and where windows of one stretch
//     start or end at other times (other systems), each window's own start and end as well,
//     as "22:00 to 12:00" says every system of the night is down until 12:00. Which stretches: all of them for
//     announcement and reminder; for started the one under way when it is sent (`issued`) and
//     the later ones; for an extension the new and the old end of the
//     longer one (README: "the new end and the old one") and the others whole; for a
//     reschedule every new stretch and every original that moved; for a cancellation the
//     cancelled ones; for an emergency its start; for a restoration the time service came back
//     (the report channel, a filing, gives the windows instead). Originals are required only
//     where the text states one (a date or time no current window has), and a short output
//     (post, digest) of a change only what changed: the rest "stand" (README); so may an SMS
//     whose metrics say it gave up "unchanged_windows", which keeps the stretch under way too.
//     A short output (SMS, X, Weibo, WeChat) may give a moved window's original by its days
//     alone when every moved window kept its hours ("It was planned on Sat 5 and Tue 8 Dec"),
//     and so the windows left as announced when they keep the news's hours.
//  2. No merged span. Within one line, a date that only ends windows (it starts none) must
//     close a window that the previous date mention lies in: "27 June 23:00 … to 12 July 01:00"
//     for three weekly nights fails, "27 June 23:00 to 28 June 01:00" passes. Dates that both
//     end and start windows (consecutive nights) are skipped as ambiguous. A stated duration
//     may not exceed the longest stretch, and in a restoration must equal start→back (the
//     fixed "24 hours" of the report's lead time is ignored).
//  3. Summaries. Subjects and titles (headlines; a WeChat digest that is one of the title's
//     wordings, metrics.digest_is_title, when the windows do not fit it whole), the WeChat digest and X/Weibo posts may
//     summarise: a count marker with the right number (n or n−1: "3 dates from…", "외 2회")
//     waives rule 1, and such outputs are listed. A headline without one must name (by date)
//     every stretch the message is about (the one in progress for `started`, the changed ones
//     for a change); one that names no window at all is a plain title. A "…" right after a
//     window time or date digit, a range word or a next-day word cuts the window statement.
//  4. Machine forms. .ics: every window has a VEVENT with its UTC DTSTART/DTEND (STATUS
//     CANCELLED for a cancelled one), no event spans several stretches, an event's SUMMARY names
//     no other window's date, and events of windows a change left alone (or, for `started`,
//     that have not begun) are not labelled changed / in progress. status_page payload: a list
//     of incidents, each scheduled_for…scheduled_until (or started_at) one stretch of the
//     message; for work ahead or cancelled, one per stretch.
//  5. An output whose metrics say ok:false has a *over_limit finding naming its channel and lang.
//
// Not read: html, page, eml, the chat payloads (renderings of `text`), the .ics DESCRIPTION
// (the email's text). Known blind spots: a wrong time shared with another window ("22:00"
// where every other night says "23:00" passes if 22:00 is no window's time, but not the
// reverse), minute-only durations, days written only as weekdays. Exit status 1 on any violation.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sheets } from './sheets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = process.env.NOTICEKIT_CLI || path.join(ROOT, 'build/native/noticekit');
const SUMMARY_ONLY = process.argv.includes('--summary');

// ---------- wall-clock and UTC ----------
const day = (s) => s.slice(0, 10);
const md = (s) => `${+s.slice(5, 7)}-${+s.slice(8, 10)}`;
const minutes = (s) => +s.slice(11, 13) * 60 + +s.slice(14, 16);
// A window's times of day and how many days later it ends: equal for nights at the same hours.
const hours = (w) => `${minutes(w.start)} ${w.end ? minutes(w.end) : '-'} ${w.end ? (Date.parse(day(w.end)) - Date.parse(day(w.start))) / 864e5 : '-'}`;
const dayAfter = (d) => new Date(Date.parse(`${d}T00:00Z`) + 864e5).toISOString().slice(0, 10);
const zoneFormat = new Map();
function toUTC(local, zone) { // two rounds of "wall time minus the offset at that instant"
  if (!zoneFormat.has(zone)) zoneFormat.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23',
    year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }));
  const offset = (t) => {
    const p = Object.fromEntries(zoneFormat.get(zone).formatToParts(new Date(t)).map((x) => [x.type, +x.value]));
    return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute) - t;
  };
  const wall = Date.parse(`${local}:00Z`);
  return wall - offset(wall - offset(wall));
}

// ---------- how each language writes dates, times and counts ----------
const MONTHS = {
  en: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  fr: ['janv', 'févr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'sept', 'oct', 'nov', 'déc'],
  de: ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
};
const monthOf = (lang, word) => MONTHS[lang].findIndex((m) => word.toLowerCase().startsWith(m)) + 1;
const latinDates = {
  en: [/\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b/g, /\b(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]* (\d{1,2})\b(?![:\d])/g],
  es: [/\b(\d{1,2})(?: de)? (ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic)[a-z]*/g],
  fr: [/\b(\d{1,2})(?:er)? (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)/g],
  de: [/\b(\d{1,2})\. ?(Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)/g],
};
// Days listed before the month they share: "12, 15 and 19 Dec", "am 12., 15. und 19. Dez.".
const dayLists = { // the days may carry their weekday: "Tue 15 and Sat 19 Dec", "Di., 15. und Sa., 19. Dez."
  en: /\b((?:(?:[A-Z][a-z]{2} )?\d{1,2}, )*(?:[A-Z][a-z]{2} )?\d{1,2}) and (?=(?:[A-Z][a-z]{2} )?\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/g,
  es: /\b((?:\d{1,2}, )*\d{1,2}) y (?=\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic))/g,
  fr: /((?:(?:[a-zé]{3,4}\. )?\d{1,2}(?:er)?, )*(?:[a-zé]{3,4}\. )?\d{1,2}(?:er)?) et (?=(?:[a-zé]{3,4}\. )?\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc))/g,
  de: /((?:(?:[A-Z][a-z]\., )?\d{1,2}\., )*(?:[A-Z][a-z]\., )?\d{1,2}\.) und (?=(?:[A-Z][a-z]\., )?\d{1,2}\. ?(Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez))/g,
};
function dates(text, lang) { // [{i, md}] in order; CJK "28日" takes the month last written
  const out = [];
  if (latinDates[lang]) {
    for (const re of latinDates[lang]) for (const m of text.matchAll(re)) {
      const [d, mon] = /^\d/.test(m[1]) ? [m[1], m[2]] : [m[2], m[1]];
      out.push({ i: m.index, j: m.index + m[0].length, md: `${monthOf(lang, mon)}-${+d}` });
    }
    for (const m of text.matchAll(dayLists[lang])) {
      for (const d of m[1].matchAll(/\d{1,2}(?=\.|er|,|$)/g)) {
        const i = m.index + d.index;
        out.push({ i, j: i + d[0].length, md: `${monthOf(lang, m[2])}-${+d[0]}` });
      }
    }
    return out.sort((a, b) => a.i - b.i);
  }
  const re = lang === 'ko' ? /(?:(\d{1,2})월\s*)?(\d{1,2})일(?!간)/g : /(?<!ほか)(?:(\d{1,2})月)?(\d{1,2})日(?!間)/g;
  let month = 0;
  for (const m of text.matchAll(re)) {
    if (m[1]) month = +m[1];
    if (month) out.push({ i: m.index, j: m.index + m[0].length, md: `${month}-${+m[2]}` });
  }
  return out;
}
const pm = (h, after) => (after && h < 12 ? h + 12 : h);
const TIME_RULES = { // [regex, match → minutes]; earlier rules mask what they matched
  en: [[/(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?/gi, (m) => (+m[1] % 12 + (/p/i.test(m[3]) ? 12 : 0)) * 60 + +(m[2] || 0)],
    [/\bmidnight\b/gi, () => 1440], [/\b(noon|midday)\b/gi, () => 720]],
  'zh-CN': [[/(凌晨|早上|上午|中午|下午|晚上)?(\d{1,2})[点點](?:(\d{1,2})分|(半))?/g, (m) => pm(+m[2], /下午|晚上/.test(m[1] || '')) * 60 + (m[4] ? 30 : +(m[3] || 0))]],
  ja: [[/(午前|午後)?(\d{1,2})時(?!間)(?:(\d{1,2})分|(半))?/g, (m) => pm(+m[2], m[1] === '午後') * 60 + (m[4] ? 30 : +(m[3] || 0))], [/正午/g, () => 720]],
  ko: [[/(오전|오후|새벽|밤|낮)?\s?(\d{1,2})시(?!간)(?:\s?(\d{1,2})분|\s?(반))?/g,
    (m) => (m[1] === '오전' && +m[2] === 12 ? 0 : pm(+m[2], /오후|밤/.test(m[1] || ''))) * 60 + (m[4] ? 30 : +(m[3] || 0))],
  [/자정/g, () => 1440], [/정오/g, () => 720]],
  es: [[/\bla 1(?: y (\d{1,2}))?(?![\d:])/g, (m) => 60 + +(m[1] || 0)], [/\blas? (\d{1,2}) y (\d{1,2})\b/g, (m) => +m[1] * 60 + +m[2]],
    [/\blas? (\d{1,2}) horas?(?: y (\d{1,2}) minutos?)?/g, (m) => +m[1] * 60 + +(m[2] || 0)], [/medianoche/g, () => 1440], [/mediodía/g, () => 720]],
  fr: [[/(?<!\d)(\d{1,2}) ?h(?: ?(\d{2}))?(?![\p{L}\d])/gu, (m) => +m[1] * 60 + +(m[2] || 0)],
    [/(?:à|de|dès|vers|et) (\d{1,2}) heures?(?: (\d{1,2})(?! minute))?/g, (m) => +m[1] * 60 + +(m[2] || 0)],
    [/minuit/g, () => 1440], [/\bmidi\b/g, () => 720]],
  de: [[/(?<![\d:])(\d{1,2}) Uhr(?: (\d{1,2})(?! Minute))?/g, (m) => +m[1] * 60 + +(m[2] || 0)], [/Mitternacht/g, () => 1440]],
};
TIME_RULES['zh-TW'] = TIME_RULES['zh-CN'];
const CLOCK = /(?<![\d:.])(\d{1,2}):(\d{2})(?!\d)/g;
function times(text, lang) { // [{i, j, v}] with v in minutes (1440 = 24:00 / midnight)
  let work = text;
  const out = [];
  for (const [re, value] of [...TIME_RULES[lang], [CLOCK, (m) => +m[1] * 60 + +m[2]]]) {
    for (const m of work.matchAll(re)) {
      out.push({ i: m.index, j: m.index + m[0].length, v: value(m) });
      work = work.slice(0, m.index) + ' '.repeat(m[0].length) + work.slice(m.index + m[0].length);
    }
  }
  return out;
}
const NEXT_DAY = { en: /next day|following day/i, 'zh-CN': /次日|翌日|第二天/, 'zh-TW': /翌日|次日|隔天/, ja: /翌/,
  ko: /익일|다음 ?날/, es: /día siguiente|noches del/, fr: /lendemain/, de: /Folgetag|folgenden Tag|nächsten Tag/ };
const DURATION = { // hours (+ minutes); minutes-only durations are not read
  en: /(?<!\d)(\d+) hours?(?:,? (?:and )?(\d+) minutes?)?/g, 'zh-CN': /(?<!\d)(\d+)小时(?:(\d+)分钟?)?/g, 'zh-TW': /(?<!\d)(\d+)小時(?:(\d+)分鐘?)?/g,
  ja: /(?<!\d)(\d+)時間(?:(\d+)分)?/g, ko: /(?<!\d)(\d+)시간(?:\s?(\d+)분)?/g, es: /(?<!\blas? |\d)(\d+) horas?(?: y (\d+) minutos?)?/g,
  fr: /(?<!(?:à|de|dès|vers|et) |\d)(\d+) heures?(?: (?:et )?(\d+) minutes?)?/g, de: /(?<!\d)(\d+) Stunden?(?: und (\d+) Minuten?)?/g };
const COUNT = { en: /(\d+) (?:dates|nights|days|windows)\b/g, 'zh-CN': /共(\d+)次/g, 'zh-TW': /共(\d+)次/g, ja: /ほか(\d+)日|(\d+)回/g,
  ko: /외 (\d+)회/g, es: /y (\d+|otra) fechas? más|y (otra) fecha|y otras (\d+) fechas/g, fr: /et (\d+) autres? dates?|et (une) autre date/g,
  de: /an (\d+) weiteren Terminen?|an (einem) weiteren Termin/g };
const WORD_COUNTS = { otra: 1, une: 1, einem: 1 }; // "one other date": the count in words
const LABEL = { // how a headline says "extended", "moved", "in progress"
  extension: { en: /extended/i, 'zh-CN': /延长/, 'zh-TW': /延長/, ja: /延長/, ko: /연장/, es: /prolonga/, fr: /prolong/, de: /verlänger/ },
  reschedule: { en: /moved|rescheduled/i, 'zh-CN': /调整/, 'zh-TW': /異動/, ja: /変更/, ko: /변경/, es: /cambio de fecha/i, fr: /déplac/, de: /verschoben/ },
  started: { en: /in progress/i, 'zh-CN': /已开始/, 'zh-TW': /進行中/, ja: /メンテナンス中/, ko: /점검 중/, es: /en curso/, fr: /en cours/, de: /läuft/ },
};
const JOINER = /\b(?:to|from|and|until|till|was|bis|von|und|au|du|et|jusqu|al|hasta|desde|y)\b|至|到|及|和|与|與|、|～|~|から|まで|부터|까지|및|[-–;；。!?]|\.(?=\s+[^\d\s])/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const owns = (gap) => !JOINER.test(gap) && (CJK.test(gap)
  ? /^[\s()（）]*(?:星期.|週.|[月火水木金土日](?:曜日)?|[월화수목금토일](?:요일)?)?[\s()（）]*$/u.test(gap)
  : gap.length <= 40 && gap.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 4);
const CUT = /(?:\d|[～~–-]|至|翌|次日|翌日|익일|\bto|\bbis|\bau|\bal|\bà)\s*…/;

function read(text, lang) {
  const clean = text.replace(/[\u00a0\u202f]/g, ' ').replace(/UTC ?[+−-] ?\d{1,2}(?::\d{2})?/g, (s) => ' '.repeat(s.length));
  return {
    text: clean, raw: text, dates: dates(clean, lang), times: times(clean, lang), nextDay: NEXT_DAY[lang].test(clean),
    durations: [...clean.matchAll(DURATION[lang])].map((m) => ({ v: +m[1] * 60 + +(m[2] || 0), bare24: +m[1] === 24 && !m[2] })),
    counts: [...clean.matchAll(COUNT[lang])].map((m) => { const n = m[1] || m[2] || m[3]; return WORD_COUNTS[n] ?? +n; }),
  };
}

// ---------- what a message is about ----------
function plan(sheet, kind) {
  const zone = sheet.time_zone;
  const win = (w, tag) => ({ ...w, tag, startUTC: toUTC(w.start, zone), endUTC: w.end ? toUTC(w.end, zone) : null });
  const now = sheet.windows.map((w, i) => win(w, `window ${i + 1}`));
  const orig = (sheet.change?.original_windows || []).map((w, i) => win(w, `original window ${i + 1}`));
  const same = (a, b) => a.startUTC === b.startUTC && a.endUTC === b.endUTC;
  const stretches = (ws) => {
    const out = [];
    for (const w of [...ws].sort((a, b) => a.startUTC - b.startUTC)) {
      const last = out[out.length - 1];
      if (last && last.endUTC !== null && w.startUTC <= last.endUTC) {
        last.tag += `+${w.tag.split(' ').pop()}`;
        last.members.push(w);
        if (w.endUTC === null || w.endUTC > last.endUTC) Object.assign(last, { end: w.end, endUTC: w.endUTC });
      } else out.push({ tag: w.tag, start: w.start, end: w.end, startUTC: w.startUTC, endUTC: w.endUTC, members: [w] });
    }
    return out;
  };
  const nowSt = stretches(now);
  const origSt = stretches(orig);
  const S = (u) => [{ what: 'start date', md: md(u.start) }, { what: 'start time', t: minutes(u.start) }];
  const E = (u) => (u.end ? [{ what: 'end time', t: minutes(u.end) % 1440 },
    ...(day(u.end) === day(u.start) ? [] : [{ what: 'end date', md: md(u.end), rel: day(u.end) === dayAfter(day(u.start)), eod: minutes(u.end) === 0 }])] : []);
  // A stretch whose windows start or end at other times (other systems, for less long) states
  // each window's own times too: "22:00 to 12:00" alone says every system is down until 12:00.
  const own = (s) => (s.members || []).flatMap((w) => [
    ...(w.startUTC !== s.startUTC ? S(w) : []), ...(w.end && w.endUTC !== s.endUTC ? E(w) : [])]
    .map((f) => ({ ...f, what: `${w.tag}'s own ${f.what}` })));
  const whole = (s) => [...S(s), ...E(s), ...own(s)];
  const unit = (u, facts, label = u.tag) => ({ label: `${label} ${u.start}→${u.end ?? 'open'}`, u, facts });
  // What changed is decided per window (same start and end as an original), then grouped.
  const movedNow = now.filter((w) => !orig.some((o) => same(o, w)));
  const movedOrig = orig.filter((o) => !now.some((w) => same(o, w)));
  const inside = (w, s) => w.startUTC >= s.startUTC && (s.endUTC === null || w.startUTC < s.endUTC);
  const asOrig = (f) => ({ ...f, what: `original ${f.what}` });
  const windowsFull = nowSt.map((s) => unit(s, whole(s)));
  let full = windowsFull; let heads = nowSt; let restored = null;
  if (kind === 'extension') { // a longer stretch: its new end and its old one; the others whole
    heads = nowSt.filter((s) => movedNow.some((w) => inside(w, s)));
    full = nowSt.flatMap((s) => {
      if (!heads.includes(s)) return [unit(s, whole(s))];
      const o = origSt.find((x) => movedOrig.some((w) => inside(w, x) && inside(w, s)));
      return [{ ...unit(s, E(s)), changed: true }, ...(o ? [{ ...unit(o, E(o).map(asOrig)), changed: true, isOriginal: true }] : [])];
    });
  } else if (kind === 'reschedule') {
    heads = stretches(movedNow);
    full = nowSt.map((s) => ({ ...unit(s, whole(s)), changed: movedNow.some((w) => inside(w, s)) }));
    // A short text may give a moved window's first days alone when the hours did not change
    // ("It was planned on Sat 5 and Tue 8 Dec" after "now … 23:00 to 05:00"): daysOnly.
    const daysOnly = movedNow.length > 0 && [...movedNow, ...movedOrig].every((w) => hours(w) === hours(movedNow[0]));
    full.push(...stretches(movedOrig).map((o) => ({ ...unit(o, [...S(o), ...E(o)].map(asOrig)), changed: true, isOriginal: true, daysOnly })));
  } else if (kind === 'cancellation') {
    heads = orig.length ? stretches(movedOrig) : nowSt;
    full = heads.map((s) => unit(s, [...S(s), ...E(s)]));
  } else if (kind === 'restoration') {
    const back = sheet.restoration.actual_end;
    const backUTC = toUTC(back, zone);
    restored = { ...nowSt.filter((s) => s.startUTC <= backUTC).pop(), end: back, endUTC: backUTC, tag: 'restored stretch' };
    full = [unit(restored, [{ what: 'back-since time', t: minutes(back) }, { what: 'back-since date', md: md(back) }], 'restoration')];
    heads = [{ label: `the restoration, back at ${back}`, start: back, end: null }];
  } else if (kind === 'started') {
    const at = toUTC(sheet.issued, zone);
    const live = nowSt.filter((s) => s.startUTC <= at && (s.endUTC === null || at < s.endUTC));
    if (live.length) heads = live;
    // Stretches over before the one under way are listed at most, not told again (README).
    const current = nowSt.filter((st) => st.startUTC <= at).pop() ?? nowSt[0];
    full = full.filter((f) => f.u.startUTC >= current.startUTC);
  }
  // So may it give the windows left as announced ("Maintenance for Sat 12 Dec will go ahead as
  // planned") when they keep the hours the news has just said: daysOnly too.
  if (['started', 'reschedule', 'cancellation'].includes(kind)) {
    const news = kind === 'started' ? heads : kind === 'reschedule' ? movedNow : (orig.length ? movedOrig : now);
    for (const u of full) {
      if (u.changed || u.isOriginal || heads.includes(u.u) || !news.length) continue;
      u.daysOnly = [u.u, ...news].every((w) => hours(w) === hours(news[0]));
    }
  }
  const all = [...now, ...orig, ...nowSt, ...origSt, ...(restored ? [restored] : [])];
  const known = all.filter((w) => w.endUTC !== null);
  const dayOf = new Map(all.flatMap((w) => [[md(w.start), day(w.start)], ...(w.end ? [[md(w.end), day(w.end)]] : [])]));
  const starts = new Set(all.map((w) => md(w.start)));
  return {
    now, orig, nowSt, full, heads, restored, all, dayOf, windowsFull, change: kind === 'extension' || kind === 'reschedule',
    newDates: new Set(now.flatMap((w) => [md(w.start), ...(w.end ? [md(w.end)] : [])])),
    newClock: new Set(now.flatMap((w) => [minutes(w.start), ...(w.end ? [minutes(w.end) % 1440] : [])])),
    endOnly: new Set(known.map((w) => md(w.end)).filter((d) => !starts.has(d))),
    clock: new Set(all.flatMap((w) => [minutes(w.start), ...(w.end ? [minutes(w.end) % 1440] : [])])),
    counts: new Set([heads.length, nowSt.length, now.length].filter((n) => n > 1).flatMap((n) => [n, n - 1])),
    longest: known.length ? Math.max(...known.map((w) => (w.endUTC - w.startUTC) / 6e4)) : Infinity,
    backAfter: restored ? (restored.endUTC - restored.startUTC) / 6e4 : null,
    cancelled: kind === 'cancellation' ? (orig.length ? movedOrig : now) : null,
  };
}

// ---------- checks ----------
let facts = 0;
const violations = [];
const summaries = [];
const silent = new Map();
const excerpt = (text, at = 0) => text.slice(Math.max(0, at - 60), Math.max(0, at - 60) + 200).replace(/\s+/g, ' ');
const fact = (ok, ctx, rule, what, text, at) => {
  facts++;
  if (!ok) violations.push({ ...ctx, rule, what, excerpt: excerpt(text, at) });
};

function presence(r, P, ctx, mode) {
  // The report files the current windows whatever the message; a short output of a change may
  // keep to what changed; originals are checked where the text states one (a date or time that
  // no current window has).
  let units = ctx.channel === 'report' && ctx.kind === 'restoration' ? P.windowsFull : P.full;
  if (mode === 'short' && P.change) units = units.filter((u) => u.changed);
  // An SMS that gave up the windows left as announced (metrics.given_up "unchanged_windows")
  // keeps what the message is about: the changed windows, or the stretch under way.
  if (mode === 'news') units = units.filter((u) => u.changed || P.heads.includes(u.u));
  const statesOriginal = r.dates.some((d) => P.dayOf.has(d.md) && !P.newDates.has(d.md))
    || r.times.some((t) => P.clock.has(t.v % 1440) && !P.newClock.has(t.v % 1440));
  if (!statesOriginal) units = units.filter((u) => !u.isOriginal);
  const short = ['sms', 'x', 'weibo', 'wechat_oa'].includes(ctx.channel);
  for (const u of units) for (const f of (u.daysOnly && short ? u.facts.filter((f) => f.what.endsWith('start date')) : u.facts)) {
    const has = f.md
      ? r.dates.some((d) => d.md === f.md) || (f.rel && r.nextDay) || (f.eod && r.times.some((t) => t.v === 1440))
      : r.times.some((t) => t.v % 1440 === f.t % 1440);
    fact(has, ctx, 'missing', `${u.label}: ${f.what} (${f.md ?? `${String(Math.floor(f.t / 60)).padStart(2, '0')}:${String(f.t % 60).padStart(2, '0')}`})`, r.raw, r.dates[0]?.i ?? 0);
  }
}
function span(r, P, ctx) {
  const at = (w, which) => `${md(w[which])} ${minutes(w[which]) % 1440}`;
  const raws = r.raw.split('\n'); // blanking keeps offsets, so excerpts quote the output itself
  r.text.split('\n').forEach((line, n) => {
    const ds = dates(line, ctx.lang);
    const ts = times(line, ctx.lang);
    // A date owns a time written right beside it ("27 June 2026, 23:00", "1 a.m. on Sunday 28
    // June", "6月27日（星期六）23:00"): nothing but a weekday, a year, a zone or a few words
    // between them, and no range word, list separator or sentence end. Else only the date counts.
    const when = ds.map((d) => {
      const own = ts.map((t) => ({ t, gap: t.j <= d.i ? line.slice(t.j, d.i) : t.i >= d.j ? line.slice(d.j, t.i) : null }))
        .filter((x) => x.gap !== null && owns(x.gap)).sort((a, b) => a.gap.length - b.gap.length)[0];
      return own ? `${d.md} ${own.t.v % 1440}` : null;
    });
    for (let k = 1; k < ds.length; k++) {
      const [p, d] = [ds[k - 1], ds[k]];
      // A start of one window and the end of a later one, joined: no window or stretch runs so.
      const from = P.all.find((w) => when[k - 1] === at(w, 'start'));
      const to = from && P.all.find((w) => w.end && when[k] === at(w, 'end') && w.startUTC > from.startUTC);
      if (to) fact(P.all.some((w) => w.end && at(w, 'start') === when[k - 1] && at(w, 'end') === when[k]), ctx, 'merged span',
        `one span from ${from.start} to ${to.end} joins ${from.tag} and ${to.tag}`, raws[n], p.i);
      // Without times: a date that only ends windows must close one the previous date lies in.
      else if (P.endOnly.has(d.md) && P.dayOf.has(p.md)) {
        const pd = P.dayOf.get(p.md);
        fact(P.all.some((w) => w.end && md(w.end) === d.md && day(w.start) <= pd && pd <= day(w.end)), ctx, 'merged span',
          `one span from ${p.md} to ${d.md} covers more than one window`, raws[n], p.i);
      }
    }
  });
  for (const d of r.durations) {
    if (d.bare24) continue;
    const ok = P.backAfter !== null ? Math.abs(d.v - P.backAfter) <= 1 : d.v <= P.longest + 1;
    fact(ok, ctx, 'merged span', `states a duration of ${d.v} min (${P.backAfter !== null ? `work began→back is ${P.backAfter}` : `longest stretch ${P.longest}`} min)`,
      r.raw, r.text.search(DURATION[ctx.lang]));
  }
}
function cut(r, ctx) {
  const m = r.text.match(CUT);
  if (m) fact(false, ctx, 'cut at a window', 'the text is cut ("…") right after a window date, time or range word', r.raw, m.index);
}
const states = (r, P) => r.dates.some((d) => P.dayOf.has(d.md)) || r.times.some((t) => P.clock.has(t.v % 1440));

function checkText(text, field, P, ctx, mode) { // mode: body | short | news | headline
  const r = read(text, ctx.lang);
  ctx = { ...ctx, field };
  if (mode !== 'body') cut(r, ctx); // also when the cut left no whole date ("from Sat 26…")
  if (!states(r, P)) { const k = `${ctx.kind}/${ctx.channel}.${field}`; silent.set(k, (silent.get(k) || 0) + 1); return; }
  span(r, P, ctx);
  if (mode !== 'body') {
    if (r.counts.some((n) => P.counts.has(n))) { summaries.push(`${ctx.kind}/${ctx.channel}/${ctx.lang}.${field}: ${text.slice(0, 90)}`); return; }
  }
  if (mode === 'headline') {
    for (const u of P.heads) {
      const ds = [md(u.start), ...(u.end ? [md(u.end)] : [])];
      fact(r.dates.some((d) => ds.includes(d.md)), ctx, 'headline', `names no date of ${u.label ?? `${u.tag} ${u.start}→${u.end ?? 'open'}`} and has no count marker`, r.raw);
    }
  } else presence(r, P, ctx, mode);
}

function parseIcs(text) {
  const events = [];
  let ev = null;
  for (const line of text.replace(/\r\n[ \t]/g, '').split('\r\n')) {
    if (line === 'BEGIN:VEVENT') ev = {};
    else if (line === 'END:VEVENT') { events.push(ev); ev = null; } else if (ev) {
      const m = line.match(/^(DTSTART|DTEND|STATUS|SUMMARY)([;:][^:]*)?:(.*)$/);
      if (m) ev[m[1]] = m[1] === 'SUMMARY' ? m[3].replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n') : m[3];
    }
  }
  const utc = (v) => (v && /Z$/.test(v) ? Date.UTC(+v.slice(0, 4), v.slice(4, 6) - 1, +v.slice(6, 8), +v.slice(9, 11), +v.slice(11, 13)) : null);
  return events.map((e) => ({ ...e, start: utc(e.DTSTART), end: utc(e.DTEND) }));
}
function checkIcs(text, P, ctx, sheet) {
  ctx = { ...ctx, field: 'ics' };
  const events = parseIcs(text);
  const iso = (t) => (t === null ? 'none' : new Date(t).toISOString().slice(0, 16));
  const expected = P.cancelled ?? P.now;
  for (const w of expected) {
    const ev = events.find((e) => e.start === w.startUTC);
    fact(!!ev, ctx, 'ics', `${w.tag} ${w.start}: no VEVENT with DTSTART ${iso(w.startUTC)}Z`, text);
    if (!ev) continue;
    if (w.endUTC !== null) fact(ev.end === w.endUTC || P.nowSt.some((s) => s.startUTC === ev.start && s.endUTC === ev.end), ctx, 'ics', `${w.tag}: DTEND ${iso(ev.end)} is not ${iso(w.endUTC)}`, ev.SUMMARY || '');
    if (P.cancelled) fact(ev.STATUS === 'CANCELLED', ctx, 'ics', `${w.tag}: cancelled window has STATUS ${ev.STATUS}`, ev.SUMMARY || '');
  }
  for (const ev of events) {
    const exact = P.all.find((w) => w.startUTC === ev.start && (ev.end === null || w.endUTC === ev.end));
    const own = exact || P.all.find((w) => w.startUTC === ev.start);
    if (ev.end !== null) {
      const covered = P.nowSt.concat(P.orig).filter((s) => s.startUTC < ev.end && (s.endUTC === null || s.endUTC > ev.start));
      fact(covered.length <= 1 || !!exact, ctx, 'merged span', `VEVENT ${iso(ev.start)}→${iso(ev.end)} spans ${covered.length} stretches`, ev.SUMMARY || '');
    }
    if (!own || !ev.SUMMARY) continue;
    const r = read(ev.SUMMARY, ctx.lang);
    const mine = new Set([md(own.start), ...(own.end ? [md(own.end)] : [])]);
    if (P.restored && own.startUTC >= P.restored.startUTC && own.startUTC < P.restored.endUTC) mine.add(md(P.restored.end));
    for (const d of r.dates) if (P.dayOf.has(d.md)) fact(mine.has(d.md), ctx, 'ics summary', `the event of ${own.tag} ${own.start} names ${d.md}, a date of another window`, ev.SUMMARY, d.i);
    const label = LABEL[ctx.kind]?.[ctx.lang];
    if (!label) continue;
    const left = ctx.kind === 'started' ? own.startUTC > toUTC(sheet.issued, sheet.time_zone) : P.orig.some((o) => o.startUTC === own.startUTC && o.endUTC === own.endUTC && JSON.stringify(o.systems) === JSON.stringify(own.systems));
    if (left) fact(!label.test(ev.SUMMARY), ctx, 'ics summary', `the event of ${own.tag} ${own.start} is labelled ${ctx.kind === 'started' ? 'in progress before it began' : 'changed but did not change'}`, ev.SUMMARY);
  }
}
function checkStatusPage(payload, P, ctx) {
  ctx = { ...ctx, field: 'payload' };
  const incidents = JSON.parse(payload); // one per stretch of work the message is about
  const t = (v) => (v ? Date.parse(v) : null);
  const units = P.restored ? [P.restored] : P.cancelled ? P.full.map((u) => u.u) : P.nowSt;
  fact(Array.isArray(incidents) && incidents.length > 0, ctx, 'status_page', 'the payload is not a list of incidents', payload);
  for (const p of Array.isArray(incidents) ? incidents : []) {
    const [from, until, began] = [t(p.scheduled_for), t(p.scheduled_until), t(p.started_at)];
    if (from !== null) {
      const s = units.find((u) => u.startUTC === from);
      fact(!!s, ctx, 'status_page', `scheduled_for ${p.scheduled_for} starts no stretch of the message`, payload);
      if (s && until !== null) fact(s.endUTC === until, ctx, 'merged span', `scheduled_for…scheduled_until ${p.scheduled_for}…${p.scheduled_until} is not one stretch (${s.tag} ends ${s.end})`, payload);
    }
    if (began !== null) fact(units.some((u) => u.startUTC === began), ctx, 'merged span', `started_at ${p.started_at} is not the start of ${P.restored ? 'the restored stretch' : 'a stretch'}`, payload);
  }
  // Work ahead, or cancelled: every stretch is a maintenance of its own.
  if (['announcement', 'reminder', 'cancellation'].includes(ctx.kind) && Array.isArray(incidents))
    for (const u of units) fact(incidents.some((p) => t(p.scheduled_for) === u.startUTC), ctx, 'missing', `no incident for ${u.tag} ${u.start}`, payload);
}

// ---------- run ----------
const records = sheets();
const run = spawnSync(CLI, ['batch', '-', '--input', 'jsonl', '--jobs', '1'], { input: records.map((r) => JSON.stringify(r.sheet)).join('\n') + '\n', maxBuffer: 1 << 30 });
if (run.error || !run.stdout.length) { console.error(`cannot run ${CLI}: ${run.error?.message ?? run.stderr}`); process.exit(2); }
const results = run.stdout.toString().trim().split('\n').map((l) => JSON.parse(l));
let renders = 0;
for (const rec of records) {
  const res = results[rec.id - 1];
  const base = { rec: rec.id, sheet: rec.name };
  if (res.status !== 0 || !res.outputs.length) { fact(false, { ...base, kind: rec.sheet.kind, channel: '-', lang: '-' }, 'no outputs', JSON.stringify(res.findings.filter((f) => f.severity === 'error')), ''); continue; }
  const plans = new Map();
  for (const out of res.outputs) {
    renders++;
    if (!plans.has(out.kind)) plans.set(out.kind, plan(rec.sheet, out.kind));
    const P = plans.get(out.kind);
    const ctx = { ...base, kind: out.kind, channel: out.channel, lang: out.lang };
    if (out.metrics.ok === false) fact(res.findings.some((f) => /over_limit$/.test(f.code) && f.channel === out.channel && f.lang === out.lang), { ...ctx, field: 'metrics' }, 'not ok', 'metrics.ok is false and no *over_limit finding names this channel and lang', out.text);
    // A zone left unsaid leaves no empty brackets behind ("01:30 Uhr ()", "à 4 h 45 ()").
    for (const f of ['text', 'subject', 'title', 'full_text', 'digest']) {
      const at = out[f]?.search(/\(\s*\)|（\s*）/) ?? -1;
      fact(at < 0, { ...ctx, field: f }, 'empty brackets', 'a bracket with nothing in it', out[f] ?? '', at);
    }
    if (out.channel === 'ics') { checkIcs(out.text, P, ctx, rec.sheet); continue; }
    const post = out.channel === 'x' || out.channel === 'weibo';
    const news = out.channel === 'sms' && out.metrics?.given_up?.includes('unchanged_windows');
    checkText(out.text, 'text', P, ctx, post ? 'short' : news ? 'news' : 'body');
    if (out.full_text) checkText(out.full_text, 'full_text', P, ctx, 'body');
    for (const f of ['subject', 'title']) if (out[f]) checkText(out[f], f, P, ctx, 'headline');
    // A digest with no room for the windows whole is one of the title's wordings (README).
    if (out.digest) checkText(out.digest, 'digest', P, ctx, out.metrics?.digest_is_title ? 'headline' : 'short');
    if (out.channel === 'status_page' && out.payload) checkStatusPage(out.payload, P, ctx);
  }
}

// ---------- report ----------
const groups = new Map();
for (const v of violations) {
  const k = `${v.rule} | ${v.kind} | ${v.channel}.${v.field}`;
  if (!groups.has(k)) groups.set(k, []);
  groups.get(k).push(v);
}
for (const [k, vs] of [...groups].sort()) {
  console.log(`\n## ${k} — ${vs.length} violation(s) in ${new Set(vs.map((v) => v.rec)).size} sheet(s), langs ${[...new Set(vs.map((v) => v.lang))].join(' ')}`);
  for (const v of SUMMARY_ONLY ? vs.slice(0, 2) : vs) console.log(`  #${v.rec} ${v.sheet} | ${v.kind} ${v.channel} ${v.lang} ${v.field} | ${v.what}\n      «${v.excerpt}»`);
}
console.log('\nOutputs accepted as summaries (count marker):');
for (const s of SUMMARY_ONLY ? summaries.slice(0, 20) : summaries) console.log(`  ${s}`);
console.log('\nOutputs that state no window date or time (not checked), by kind/channel.field:');
console.log(`  ${[...silent].sort().map(([k, n]) => `${k} ×${n}`).join(', ')}`);
console.log(`\nsheets: ${records.length} (${new Set(records.map((r) => r.shape)).size} shapes × kinds), renders: ${renders}, facts checked: ${facts}, accepted as summaries: ${summaries.length}, violations: ${violations.length}`);
process.exit(violations.length ? 1 : 0);
