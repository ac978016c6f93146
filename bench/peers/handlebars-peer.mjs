// The Handlebars peer: per-language templates (bench/peers/handlebars/<lang>/*.hbs) rendered
// straight from the fact sheet, with helpers for what templates cannot do themselves — dates
// and windows (Intl), list joining, sentence endings, fitting the subject, numbering sections;
// JavaScript renders the SMS again without its least needed parts while it is too long.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import {
  NoticeFormat, allSystems, anyEstimate, fittingSms, instant, otherZones, smsContact, stretchesOf,
} from './notice-format.mjs';

const here = new URL('./handlebars/', import.meta.url);
const sectionNumbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

// Subject and SMS templates are one line; their file's final newline is not part of the text.
const read = (lang, name) => readFileSync(new URL(`${lang}/${name}`, here), 'utf8');
const oneLine = (text) => text.replace(/\n$/, '');
// Handlebars' own truth: an empty list is false.
const truthy = (v) => (Array.isArray(v) ? v.length > 0 : Boolean(v));

function environment(lang) {
  const hb = Handlebars.create();
  const f = new NoticeFormat(lang);
  const helpers = {
    eq: (a, b) => a === b,
    or: (...args) => args.slice(0, -1).some(truthy),
    list: (items) => f.list(items),
    many: (items) => items.length > 1,
    allSystems,
    anyEstimate,
    otherZones,
    smsContact,
    // {{sentence text}} or {{#sentence}}…{{/sentence}}: ends it with a full stop if it has none.
    sentence(...args) {
      const options = args.pop();
      return f.sentence(args.length ? args[0] : options.fn(this));
    },
    // A window's systems (compacted when the SMS had to give up the full list) and regions.
    systemsIn: (w, ...args) => f.windowSystems(w, args.length > 1 && Boolean(args[0])),
    window: (w, sheet, length) => f.sheetWindow(sheet.time_zone, w, length),
    // {{windows sheet length placement [zone]}}: all the windows (NoticeFormat.windows), in the
    // sheet's zone or in a reader's zone.
    windows(sheet, length, placement, ...rest) {
      const zone = rest.length > 1 ? rest[0] : sheet.time_zone;
      const short = rest.at(-1).data?.withoutTimes;  // set by fitSubject when the subject has no room for times
      return short && length === 'compact' ? short : f.windows(zone, stretchesOf(sheet), length, placement);
    },
    windowsDiffer: (sheet) => f.windowsDiffer(sheet),
    windowClauses: (sheet) => f.windowClauses(sheet),
    moment: (text, sheet) => f.moment(sheet.time_zone, instant(sheet.time_zone, text)),
    issuedDate: (text) => f.issuedDate(text),
    contactLabel: (c) => c.label ?? f.w.contactLabels[c.kind] ?? f.w.contactLabels.other,
    noticeWord: (sheet) => (sheet.audience.kind === 'staff' || sheet.audience.kind === 'partners' ? '通知' : '公告'),
    // {{#fitSubject systems}}…{{this}}…{{/fitSubject}}: the block around the systems' wording
    // that fits the subject limit (NoticeFormat.fittingSubject).
    fitSubject(systems, options) {
      const sheet = options.data.root;
      return f.fittingSubject(systems,
        (wording, withoutTimes) => options.fn(wording, { data: { ...options.data, withoutTimes } }),
        f.withoutTimes(sheet.time_zone, stretchesOf(sheet)), f.windowsDiffer(sheet));
    },
    // Chinese notices number their sections 一、二、…; the counter lives in the render's data.
    heading(title, options) {
      const n = options.data.sections.count++;
      return `${sectionNumbers[n] ?? n + 1}、${title}`;
    },
  };
  hb.registerHelper(helpers);
  const compile = (text) => hb.compile(text, { noEscape: true, strict: false });
  return {
    f,
    subject: compile(oneLine(read(lang, 'subject.hbs'))),
    email: compile(read(lang, 'email.hbs')),
    sms: compile(oneLine(read(lang, 'sms.hbs'))),
  };
}

export function createHandlebarsPeer() {
  const templates = { en: environment('en'), 'zh-CN': environment('zh-CN') };
  return function render(sheet) {
    const lang = sheet.languages[0];
    const t = templates[lang];
    t.f.readersOf(sheet);
    const subject = t.subject(sheet);
    return [
      { channel: 'email', lang, subject, text: t.email(sheet, { data: { subject, sections: { count: 0 } } }) },
      { channel: 'sms', lang, text: fittingSms((cuts) => t.sms(sheet, { data: { cuts } })) },
    ];
  };
}
