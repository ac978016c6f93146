// What a web team would write in JavaScript to format a downtime notice: local times through
// Intl.DateTimeFormat (offsets, DST), dates and windows worded per language, list joining,
// sentence endings, contact lines. Both peers (Handlebars helpers, the Mustache view) call
// these; the templates hold the notice's structure and wording.

// Per-language words: the same facts noticekit's locale files hold, written out by hand as a
// team writing its own templates would.
export const words = {
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December'],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    listSeparator: ', ',
    lastSeparator: ' and ',
    fullStop: '.',
    // "CST" is also US Central time; Chinese banks write "Beijing time" in English notices.
    zoneNames: { 'Asia/Shanghai': 'Beijing time' },
    implicitZones: [],
    contactLabels: { phone: 'Phone', email: 'Email', web: 'Web', wechat: 'WeChat', other: 'Other' },
  },
  'zh-CN': {
    weekdays: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
    weekdaysShort: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    listSeparator: '、',
    lastSeparator: '、',
    fullStop: '。',
    zoneNames: { 'Asia/Shanghai': '北京时间' },
    implicitZones: ['Asia/Shanghai'],
    contactLabels: { phone: '电话', email: '电子邮箱', web: '网站', wechat: '微信', other: '其他' },
  },
};

// Zone abbreviations [standard, daylight saving]: Intl only gives names like "GMT+1" outside
// the US, so teams keep a small table for the zones they serve. Numeric ones ("+08") are
// written as the offset.
const abbreviations = {
  'America/New_York': ['EST', 'EDT'], 'America/Los_Angeles': ['PST', 'PDT'], 'Europe/London': ['GMT', 'BST'],
  'Europe/Berlin': ['CET', 'CEST'], 'Australia/Sydney': ['AEST', 'AEDT'], 'Asia/Tokyo': ['JST'],
  'Asia/Singapore': ['+08'], 'Asia/Kolkata': ['IST'], 'Asia/Shanghai': ['CST'], 'Asia/Hong_Kong': ['HKT'],
  'Asia/Taipei': ['CST'],
};

// --- local time through Intl -------------------------------------------------------------

const formatters = new Map();
function formatterFor(zone) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

// formatToParts costs microseconds and a notice asks about the same few instants many
// times, so results are remembered per zone and instant (as a performance-minded team would;
// it makes the peers faster, never slower). Cleared when large, to keep memory flat.
const remembered = new Map();
const rememberLimit = 10000;

// The wall-clock time in `zone` at the instant `ms`, with its weekday and UTC offset.
export function localAt(zone, ms) {
  const key = `${zone} ${ms}`;
  let local = remembered.get(key);
  if (!local) {
    if (remembered.size >= rememberLimit) remembered.clear();
    local = convert(zone, ms);
    remembered.set(key, local);
  }
  return local;
}

function convert(zone, ms) {
  const t = {};
  for (const { type, value } of formatterFor(zone).formatToParts(ms)) if (type !== 'literal') t[type] = Number(value);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return {
    year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute,
    weekday: new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay(),
    dayNumber: Math.floor(asUtc / 86400000),
    offset: Math.round((asUtc - ms) / 1000),
  };
}

// "2026-12-05T22:00" in `zone` → the instant (ms). Two passes settle the offset, which is
// enough for times outside a DST change (the generator keeps to those).
export function instant(zone, text) {
  const guess = Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10), +text.slice(11, 13),
                         +text.slice(14, 16));
  const first = guess - localAt(zone, guess).offset * 1000;
  return guess - localAt(zone, first).offset * 1000;
}

function utcOffset(seconds) {
  if (seconds === 0) return 'UTC';
  const v = Math.abs(seconds);
  const minutes = (v / 60) % 60;
  return `UTC${seconds < 0 ? '\u2212' : '+'}${Math.floor(v / 3600)}${minutes ? ':' + String(minutes).padStart(2, '0') : ''}`;
}

// A zone's long name at an instant, as Intl gives it: summer time by its own name ("中欧夏令时间"),
// other times by the generic one ("中欧时间", "Singapore Standard Time").
// Intl gives zones that keep no summer time their standard name ("台北标准时间"), and London
// a name of its country: the team's table has the names its readers use for those.
const ownZoneNames = {
  'zh-CN': { 'Asia/Hong_Kong': '香港时间', 'Asia/Taipei': '台北时间', 'Asia/Tokyo': '日本时间', 'Europe/London': '格林尼治标准时间' },
};
const longNames = new Map();
function longZoneName(lang, zone, at) {
  const summer = localAt(zone, at).offset !== standardOffset(zone);
  if (!summer && ownZoneNames[lang]?.[zone]) return ownZoneNames[lang][zone];
  const style = summer ? 'long' : 'longGeneric';
  const key = `${lang} ${zone} ${style}`;
  if (!longNames.has(key))
    longNames.set(key, new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: style }));
  return longNames.get(key).formatToParts(at).find((part) => part.type === 'timeZoneName').value;
}

// The smaller of the January and July offsets (the south has its summer in January).
const standardOffsets = new Map();
function standardOffset(zone) {
  if (!standardOffsets.has(zone)) {
    standardOffsets.set(zone, Math.min(localAt(zone, Date.UTC(2026, 0, 1)).offset, localAt(zone, Date.UTC(2026, 6, 1)).offset));
  }
  return standardOffsets.get(zone);
}

// RFC 5322 §2.1.1 recommends lines of at most 78 characters; noticekit shortens subjects to it.
const subjectLimit = 78;

const hhmm = (t) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

// --- wording per language ----------------------------------------------------------------

export class NoticeFormat {
  constructor(lang) {
    this.lang = lang;
    this.w = words[lang];
    this.zh = lang === 'zh-CN';
  }

  list(items) {
    let out = '';
    items.forEach((item, i) => {
      if (i) out += i + 1 === items.length ? this.w.lastSeparator : this.w.listSeparator;
      out += item;
    });
    return out;
  }

  // "A and 2 more" / A等系统, and "3 systems" / 3个系统: shorter ways to name several systems.
  firstAndMore(systems) {
    if (this.zh) return systems.length === 2 ? `${systems[0]}等系统` : `${systems[0]}等${systems.length}项服务`;
    return systems.length === 2 ? `${systems[0]} and one other service`
                                : `${systems[0]} and ${systems.length - 1} other services`;
  }

  systemCount(systems) {
    return this.zh ? `${systems.length}项服务` : `${systems.length} services`;
  }

  // The subject names every system if it fits the limit, else the first and a count; then
  // the same with the windows without times (see withoutTimes), if they have such a wording;
  // and last a count of the systems, with the windows and then without their times:
  // `render(systems, short)` writes the subject around the systems' wording, with `short` in
  // place of the windows if set.
  // Where the windows differ (windowsDiffer), every candidate names the windows without times:
  // one span would say every system is down for all of it.
  fittingSubject(systems, render, short, differ = false) {
    const zoned = short;
    const when = differ ? zoned : null;
    const named = [this.list(systems), ...(systems.length > 1 ? [this.firstAndMore(systems)] : [])];
    const counted = systems.length > 1 ? [this.systemCount(systems)] : [];
    const candidates = [];
    for (const wordings of [named, counted]) {
      for (const wording of wordings) candidates.push([wording, when]);
      if (zoned) for (const wording of wordings) candidates.push([wording, zoned]);
    }
    let subject = '';
    for (const [wording, when] of candidates) {
      subject = render(wording, when);
      if ([...subject].length <= subjectLimit) break;
    }
    return subject;
  }

  // The windows (their stretches, see stretchesOf) without times, for a subject with no room
  // for them: the start date alone for work under a day that starts on one date, or for
  // everything within one date; else, for several stretches, how many and the first one's date
  // ("2 dates from Sat 5 Dec"), never one date for all of them; null for one stretch of a day
  // or more, which its first date alone would misstate. For readers in other zones whose
  // clocks show another date for a stretch's start, the dates with the sheet's offset
  // ("Thu 30 Jul (UTC-4)"): never without it, which would tell them a wrong date.
  withoutTimes(zone, stretches) {
    const plain = this.datesWithoutTimes(zone, stretches);
    if (plain === null || this.readersAtHome || this.sameDatesEverywhere(zone, stretches)) return plain;
    const at = stretches[0].start;
    return this.zh ? `${this.zoneLabel(zone, at, false)}${plain}`
                   : `${plain} (${utcOffset(localAt(zone, at).offset).replace('\u2212', '-')})`;
  }

  sameDatesEverywhere(zone, stretches) {
    const day = (z, ms) => { const t = localAt(z, ms); return `${t.year}-${t.month}-${t.day}`; };
    return this.otherZones.every((other) => stretches.every((s) => day(other, s.start) === day(zone, s.start)));
  }

  datesWithoutTimes(zone, stretches) {
    const [first, last] = [stretches[0], stretches.at(-1)];
    const date = this.date(localAt(zone, first.start), 'short');
    const startDates = new Set(stretches.map((s) => this.date(localAt(zone, s.start), 'short')));
    if ((last.end - first.start < 86400000 && startDates.size === 1) || withinOneDay(zone, first.start, last.end)) return date;
    if (stretches.length === 1) return null;
    // A few dates in one month are named: "12, 15 and 19 Dec", 12月12日、15日、19日.
    const locals = stretches.map((s) => localAt(zone, s.start));
    const days = [...new Set(locals.map((t) => t.day))];
    const [a, z] = [locals[0], locals.at(-1)];
    if (startDates.size >= 2 && startDates.size <= 4 && a.year === z.year && a.month === z.month) {
      return this.zh ? `${a.month}月${this.list(days.map((d) => `${d}日`))}`
                     : `${this.list(days.map(String))} ${this.w.monthsShort[a.month - 1]}`;
    }
    return this.zh ? `${date}起共${stretches.length}次` : `${startDates.size} dates from ${date}`;
  }

  // True when one sentence for all the windows would misstate one: they name other systems
  // (or regions), or windows of one stretch start or end at other times. The lead then says
  // each window in a clause of its own (windowClauses).
  windowsDiffer(sheet) {
    if (sheet.windows.length < 2) return false;
    const zone = sheet.time_zone;
    const first = this.windowSystems(sheet.windows[0]);
    if (sheet.windows.some((w) => this.windowSystems(w) !== first)) return true;
    return stretchesOf(sheet).some((s) => sheet.windows.some((w) => {
      const [start, end] = [instant(zone, w.start), instant(zone, w.end)];
      return start >= s.start && start <= s.end && (start !== s.start || end !== s.end);
    }));
  }

  // Each window with its systems: "A, from …; B, from …".
  windowClauses(sheet) {
    const zone = sheet.time_zone;
    return sheet.windows.map((w) => {
      const when = this.windows(zone, [{ start: instant(zone, w.start), end: instant(zone, w.end), estimate: Boolean(w.end_is_estimate) }], 'full', 'sentence');
      return this.zh ? `${this.windowSystems(w)}将于${when}暂停服务` : `${this.windowSystems(w)}, ${when}`;
    }).join(this.zh ? '；' : '; ');
  }

  // A window's systems, "A and 2 more" when `compact` and that is shorter, and its regions.
  windowSystems(w, compact = false) {
    const names = compact ? compactSystems(this, w.systems) : this.list(w.systems);
    return w.regions ? (this.zh ? `${names}（${this.list(w.regions)}）` : `${names} (${this.list(w.regions)})`) : names;
  }

  sentence(text) {
    return /[。.!?！？;；…]$/u.test(text) ? text : text + this.w.fullStop;
  }

  // style: full, no_year, short, same_month, issued
  date(t, style) {
    const w = this.w;
    if (this.zh) {
      if (style === 'full') return `${t.year}年${t.month}月${t.day}日（${w.weekdays[t.weekday]}）`;
      if (style === 'no_year') return `${t.month}月${t.day}日（${w.weekdays[t.weekday]}）`;
      if (style === 'short') return `${t.month}月${t.day}日`;
      if (style === 'same_month') return `${t.day}日`;
      return `${t.year}年${t.month}月${t.day}日`;
    }
    if (style === 'full') return `${w.weekdays[t.weekday]} ${t.day} ${w.months[t.month - 1]} ${t.year}`;
    if (style === 'no_year') return `${w.weekdays[t.weekday]} ${t.day} ${w.months[t.month - 1]}`;
    if (style === 'short' || style === 'same_month') return `${w.weekdaysShort[t.weekday]} ${t.day} ${w.monthsShort[t.month - 1]}`;
    return `${t.day} ${w.months[t.month - 1]} ${t.year}`;
  }

  issuedDate(text) {
    const [year, month, day] = [+text.slice(0, 4), +text.slice(5, 7), +text.slice(8, 10)];
    return this.date({ year, month, day }, 'issued');
  }

  // Whether every reader is in the sheet's zone (no other audience.time_zones): the zone the
  // language assumes then goes unsaid in short forms. Set for each sheet before rendering.
  readersOf(sheet) {
    this.otherZones = otherZones(sheet);
    this.readersAtHome = this.otherZones.length === 0;
  }

  // "北京时间" / "CET (UTC+1)" / "CET" / "中欧标准时间（UTC+1）" for the zone at instant `at`;
  // empty in short forms for the zone the language assumes, when readers are all there.
  zoneLabel(zone, at, full) {
    if (!full && this.readersAtHome && this.w.implicitZones.includes(zone)) return '';
    const offset = localAt(zone, at).offset;
    // English adds the offset of the day in full text: "Beijing time (UTC+8)".
    if (this.w.zoneNames[zone]) return this.zh || !full ? this.w.zoneNames[zone] : `${this.w.zoneNames[zone]} (${utcOffset(offset)})`;
    const [standard, daylight] = abbreviations[zone] ?? [];
    const abbreviation = daylight && offset !== standardOffset(zone) ? daylight : standard;
    // English names a zone by its abbreviation, Chinese by its long name (Intl's, from CLDR).
    // "GMT (UTC)" would say one thing twice.
    const namesOffset = abbreviation === 'GMT' && offset === 0;
    if (!this.zh && abbreviation && !/^[+-]/.test(abbreviation)) return full && !namesOffset ? `${abbreviation} (${utcOffset(offset)})` : abbreviation;
    if (!this.zh && !full) return utcOffset(offset);
    const name = longZoneName(this.lang, zone, at);
    return full ? (this.zh ? `${name}（${utcOffset(offset)}）` : `${name} (${utcOffset(offset)})`) : name;
  }

  // The language's name for the zone, else the place its id names (core: WhenWriter::zone_title).
  zoneTitle(zone) {
    if (this.w.zoneNames[zone]) return this.w.zoneNames[zone];
    if (['UTC', 'Etc/UTC', 'Etc/GMT'].includes(zone)) return 'UTC';
    const etc = /^Etc\/GMT([+-])(\d+)$/.exec(zone);
    if (etc) return `UTC${etc[1] === '+' ? '\u2212' : '+'}${etc[2]}`;
    return zone.slice(zone.lastIndexOf('/') + 1).replaceAll('_', ' ');
  }

  labelled(text, label, between) {
    if (!label) return text;
    return this.zh ? label + text : `${text}${between}${label}`;
  }

  // A window start→end (ms) in `zone`: length is 'full' (letters) or 'compact' (subject, SMS).
  window(zone, start, end, estimate, length) {
    const { text, label } = this.windowText(zone, start, end, estimate, length);
    return this.labelled(text, label, ' ');
  }

  // window() and its zone label apart, so that a list of windows can name one zone once; the
  // label is empty when each end carries its own (a DST change inside).
  windowText(zone, start, end, estimate, length) {
    const full = length === 'full';
    const s = localAt(zone, start);
    const e = localAt(zone, end);
    let startLabel = this.zoneLabel(zone, start, full);
    let endLabel = this.zoneLabel(zone, end, full);
    const dayGap = e.dayNumber - s.dayNumber;
    const endsAtMidnight = dayGap === 1 && e.hour === 0 && e.minute === 0;
    const sameDay = dayGap === 0 || endsAtMidnight;
    const overnight = !full && dayGap === 1 && !endsAtMidnight && end - start < 86400000;
    let endTime = endsAtMidnight ? (this.zh ? '24:00' : 'midnight') : hhmm(e);
    // English marks an estimated end on the end time ("to approximately 06:00"), Chinese the
    // whole window ("(预计)").
    if (estimate && !this.zh) endTime = `${full ? 'approximately' : 'approx.'} ${endTime}`;
    const startDate = this.date(s, full ? 'full' : 'short');
    let endDate;
    if (full) endDate = this.date(e, e.year === s.year ? 'no_year' : 'full');
    else endDate = this.date(e, e.month === s.month && e.year === s.year ? 'same_month' : 'short');
    // Over a DST change each end carries its offset, also for a zone the language names.
    const split = s.offset !== e.offset;
    if (split && startLabel === endLabel) {
      const named = (offset) => this.zh ? `${this.zoneTitle(zone)}（${utcOffset(offset)}）` : `${this.zoneTitle(zone)} (${utcOffset(offset)})`;
      startLabel = named(s.offset);
      endLabel = named(e.offset);
    }
    let startTime = hhmm(s);
    if (split) {
      startTime = this.labelled(startTime, startLabel, ' ');
      endTime = this.labelled(endTime, endLabel, ' ');
    }
    let text;
    if (this.zh) {
      text = sameDay && !overnight ? `${startDate}${startTime}至${endTime}` : `${startDate}${startTime}至${endDate}${endTime}`;
    } else if (overnight) {
      // Both dates, so that a night reads as one stretch and not as hours on two days.
      text = `${startDate}, ${startTime} to ${endDate}, ${endTime}`;
    } else {
      text = sameDay ? `${startDate}, ${startTime} to ${endTime}` : `${startDate}, ${startTime} to ${endDate}, ${endTime}`;
    }
    // The estimate mark goes after the text, the zone label (Chinese: before it) around both.
    if (estimate && this.zh) text = `${text}（预计）`;
    return { text, label: split ? '' : startLabel };
  }

  // Stretches at the same time of day on later dates, shorter than a day, in one UTC offset at
  // every end and alike in being estimated: written once with all their dates.
  sameTimes(zone, a, b) {
    if (a.estimate !== b.estimate) return false;
    const offset = localAt(zone, a.start).offset;
    if ([a.end, b.start, b.end].some((t) => localAt(zone, t).offset !== offset)) return false;
    if (a.end - a.start >= 86400000 || b.end - b.start !== a.end - a.start) return false;
    const [as, bs] = [localAt(zone, a.start), localAt(zone, b.start)];
    return bs.dayNumber > as.dayNumber && as.hour === bs.hour && as.minute === bs.minute;
  }

  // A group of sameTimes stretches without the zone label: "Sat 5 Dec and Sat 12 Dec, 22:00
  // to 06:00 the next day" / 12月5日、12日每日22:00至次日06:00.
  sameTimesText(zone, group, length) {
    const full = length === 'full';
    const dates = [];
    let previous = null;
    for (const w of group) {
      const t = localAt(zone, w.start);
      let style = full ? 'full' : 'short';
      // Later dates leave out what the one before already said: 9月5日、12日.
      if (previous && t.year === previous.year) style = full ? 'no_year' : t.month === previous.month ? 'same_month' : style;
      dates.push(this.date(t, style));
      previous = t;
    }
    const s = localAt(zone, group[0].start);
    const e = localAt(zone, group[0].end);
    const nextDay = e.dayNumber > s.dayNumber;
    const atMidnight = e.hour === 0 && e.minute === 0;
    let endTime = nextDay && atMidnight ? (this.zh ? '24:00' : 'midnight') : hhmm(e);
    if (group[0].estimate && !this.zh) endTime = `${full ? 'approximately' : 'approx.'} ${endTime}`;
    const overnight = nextDay && !atMidnight;
    const text = this.zh
      ? `${this.list(dates)}每日${hhmm(s)}至${overnight ? '次日' : ''}${endTime}`
      : `${this.list(dates)}, ${overnight ? 'each night' : 'each day'} ${hhmm(s)} to ${endTime}${overnight ? ' the next day' : ''}`;
    return group[0].estimate && this.zh ? `${text}（预计）` : text;
  }

  // The stretches (see stretchesOf) in `zone`, each as itself and never as one span over all:
  // same-times stretches as one group, the items listed, the zone named once when all share
  // it (else each item with its zone, apart: "; "). placement 'sentence' (a lead) puts English "from" before a window and "on" before a
  // group of dates; 'title' (subject, local times) leaves that to the words around.
  windows(zone, stretches, length, placement) {
    const groups = [];
    for (const s of stretches) {
      if (groups.length && this.sameTimes(zone, groups.at(-1).at(-1), s)) groups.at(-1).push(s);
      else groups.push([s]);
    }
    const inSentence = placement === 'sentence' && !this.zh;
    const items = groups.map((group) => {
      if (group.length === 1) {
        const { text, label } = this.windowText(zone, group[0].start, group[0].end, group[0].estimate, length);
        return { text: inSentence ? `from ${text}` : text, label };
      }
      const text = this.sameTimesText(zone, group, length);
      const label = this.zoneLabel(zone, group[0].start, length === 'full');
      return { text: inSentence ? `on ${text}` : text, label };
    });
    if (items.every((item) => item.label === items[0].label)) {
      // Groups of dates among the items: joined as lists of lists (…每日…，以及…).
      const nested = items.length > 1 && groups.some((g) => g.length > 1);
      const texts = items.map((item) => item.text);
      const joined = nested && this.zh ? texts.slice(0, -1).join('，') + '，以及' + texts.at(-1) : this.list(texts);
      return this.labelled(joined, items[0].label, ' ');
    }
    // Each with its own zone: clauses of their own, not items of one list.
    return items.map((item) => this.labelled(item.text, item.label, ' ')).join(this.zh ? '；' : '; ');
  }

  // One window of the sheet (its local "start" and "end" in the sheet's `zone`).
  sheetWindow(zone, w, length) {
    return this.window(zone, instant(zone, w.start), instant(zone, w.end), Boolean(w.end_is_estimate), length);
  }

  // A single moment (the next update), full length.
  moment(zone, at) {
    const t = localAt(zone, at);
    const label = this.zoneLabel(zone, at, true);
    return this.zh ? `${label}${this.date(t, 'full')}${hhmm(t)}` : `${hhmm(t)} ${label} on ${this.date(t, 'full')}`;
  }
}

// --- facts of a sheet every template needs -------------------------------------------------

// Every affected system once, in the order the sheet names them.
export function allSystems(windows) {
  const out = [];
  for (const w of windows) for (const s of w.systems) if (!out.includes(s)) out.push(s);
  return out;
}

// The stretches of time the windows cover, in order of start: a window starting by the end of
// the stretch before joins it (the work goes on, though some systems come back earlier), which
// then ends at the later end, an estimate when that end is (either, when both ends are equal).
// Separate stretches stay separate: two nights a week apart are two nights, not one span of
// eight days. Every window here has an end (the bench's sheets always give one).
export function stretchesOf(sheet) {
  const zone = sheet.time_zone;
  const windows = sheet.windows
    .map((w) => ({ start: instant(zone, w.start), end: instant(zone, w.end), estimate: Boolean(w.end_is_estimate) }))
    .sort((a, b) => a.start - b.start);  // a stable sort: equal starts keep the sheet's order
  const out = [];
  for (const w of windows) {
    const s = out.at(-1);
    if (!s || w.start > s.end) out.push(w);
    else if (w.end > s.end) Object.assign(s, { end: w.end, estimate: w.estimate });
    else if (w.end === s.end) s.estimate ||= w.estimate;
  }
  return out;
}

// True when start→end lies in one local date, an end at its midnight included: 00:00 to
// 24:00 of Sat 28 Nov is "Sat 28 Nov"; 06:30 to 06:30 the next day is not.
function withinOneDay(zone, start, end) {
  const [first, last] = [localAt(zone, start), localAt(zone, end)];
  const days = last.dayNumber - first.dayNumber;
  return days === 0 || (days === 1 && last.hour === 0 && last.minute === 0);
}

export const anyEstimate = (windows) => windows.some((w) => w.end_is_estimate);

// The reader zones other than the sheet's own.
export const otherZones = (sheet) => (sheet.audience.time_zones ?? []).filter((z) => z !== sheet.time_zone);

// An SMS names one contact: a phone number if there is one.
export const smsContact = (contacts) => contacts.find((c) => c.kind === 'phone') ?? contacts[0];

// --- SMS length ----------------------------------------------------------------------------

// GSM 03.38 basic characters (3GPP TS 23.038 §6.2.1) and the extension table, which costs two
// septets a character; anything else makes the whole SMS UCS-2.
const gsmBasic = new Set('\n\r !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz' +
                         '¡£¤¥§¿ÄÅÆÇÉÑÖØÜßàäåæèéìñòöøùüΓΔΘΛΞΠΣΦΨΩ');
const gsmExtension = new Set('\f[\\]^{|}~€');

// Parts an SMS takes: 160/153 septets (GSM-7) or 70/67 UTF-16 units (UCS-2) a part, a
// character never split across two parts.
export function smsSegments(text) {
  const chars = [...text];
  const gsm7 = chars.every((c) => gsmBasic.has(c) || gsmExtension.has(c));
  const [single, part] = gsm7 ? [160, 153] : [70, 67];
  let units = 0;
  let parts = 0;
  let inPart = 0;
  for (const c of chars) {
    const w = gsm7 ? (gsmBasic.has(c) ? 1 : 2) : c.length;
    units += w;
    if (parts === 0 || inPart + w > part) {
      parts++;
      inPart = 0;
    }
    inPart += w;
  }
  return units === 0 ? 0 : units <= single ? 1 : parts;
}

// An SMS longer than this many parts gives up, in this order, the reason, the alternatives,
// the greeting, the cut-off, then the full list of systems ("A and 2 more"), until it fits.
export const smsMaxSegments = 3;
export const smsCuts = ['reason', 'alternatives', 'greeting', 'actions', 'systems_list'];

// `render(cuts)` writes the SMS without the parts named in `cuts`; the first that fits wins.
export function fittingSms(render) {
  const cuts = {};
  let text = render(cuts);
  for (const cut of smsCuts) {
    if (smsSegments(text) <= smsMaxSegments) break;
    cuts[cut] = true;
    text = render({ ...cuts });
  }
  return text;
}

// The systems of a window, "A and 2 more" when that is shorter than the whole list.
export function compactSystems(f, systems) {
  if (systems.length < 2) return f.list(systems);
  const all = f.list(systems);
  const short = f.firstAndMore(systems);
  return [...short].length < [...all].length ? short : all;
}
