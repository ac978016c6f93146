// The Mustache peer: Mustache templates have no helpers with arguments, so JavaScript builds
// the view first — the same formatting functions as the Handlebars helpers (notice-format.mjs)
// turned into strings, flags and lists — and per-language templates
// (bench/peers/mustache/<lang>/*.mustache) lay it out. A `sentence` lambda ends sentences; a
// too long SMS is rendered again from the view without its least needed parts.
import { readFileSync } from 'node:fs';
import Mustache from 'mustache';
import {
  NoticeFormat, allSystems, anyEstimate, fittingSms, instant, otherZones, smsContact, stretchesOf,
} from './notice-format.mjs';

const here = new URL('./mustache/', import.meta.url);
const sectionNumbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const plainText = { escape: (text) => text };

const read = (lang, name) => readFileSync(new URL(`${lang}/${name}`, here), 'utf8');
const oneLine = (text) => text.replace(/\n$/, '');

function view(sheet, f) {
  const zone = sheet.time_zone;
  const systems = allSystems(sheet.windows);
  const stretches = stretchesOf(sheet);
  const smsWindows = (compact) =>
    sheet.windows.map((w, i) => ({ first: i === 0, systems: f.windowSystems(w, compact), when: f.sheetWindow(zone, w, 'compact') }));
  const kind = sheet.audience.kind;
  const impact = sheet.impact ?? {};
  const actions = sheet.actions ?? {};
  const maybe = (list) => (list?.length ? f.list(list) : '');
  const lines = (list) => (list?.length ? { lines: list } : null);

  // Sections in letter order; the present ones are numbered 一、二、… in Chinese.
  const sections = {
    schedule: sheet.windows.length > 1 && {
      rows: sheet.windows.map((w) => ({ systems: f.windowSystems(w), when: f.sheetWindow(zone, w, 'full') })),
    },
    affected: (impact.unavailable?.length || impact.degraded?.length || impact.still_available?.length) && {
      unavailable: maybe(impact.unavailable), degraded: maybe(impact.degraded), still_available: maybe(impact.still_available),
    },
    alternatives: lines(sheet.alternatives),
    before: lines(actions.before),
    after: lines(actions.after),
    next: (sheet.early_finish || sheet.may_change || anyEstimate(sheet.windows) || sheet.next_update) && {
      early_finish: sheet.early_finish,
      may_change: sheet.may_change || anyEstimate(sheet.windows),
      next_update: sheet.next_update ? f.moment(zone, instant(zone, sheet.next_update)) : '',
    },
    local_times: otherZones(sheet).length > 0 && {
      zones: otherZones(sheet).map((z) => ({ window: f.windows(z, stretches, 'full', 'title') })),
    },
    contacts: sheet.contacts.length > 0 && {
      lines: sheet.contacts.map((c) => ({ ...c, label: c.label ?? f.w.contactLabels[c.kind] ?? f.w.contactLabels.other })),
    },
  };
  let n = 0;
  for (const s of Object.values(sections)) if (s) s.number = sectionNumbers[n++];

  const contact = smsContact(sheet.contacts);
  return {
    ...sections,
    sentence: () => (text, render) => f.sentence(render(text)),
    systemsList: systems,
    systems: f.list(systems),
    oneSystem: systems.length === 1,
    // The subject's windows and the lead's (English "from …" / "on …" included).
    when: f.windows(zone, stretches, 'compact', 'title'),
    window: f.windows(zone, stretches, 'full', 'sentence'),
    // Windows of other systems or times: each in a clause of its own (NoticeFormat.windowsDiffer).
    clauses: f.windowsDiffer(sheet) ? f.windowClauses(sheet) : '',
    differ: f.windowsDiffer(sheet),
    roles: maybe(sheet.audience.roles),
    staff: kind === 'staff', customers: kind === 'customers', partners: kind === 'partners', public: kind === 'public',
    notice_word: kind === 'staff' || kind === 'partners' ? '通知' : '公告',
    organization: sheet.organization.name,
    unit: sheet.organization.unit,
    signature: sheet.organization.sms_signature ?? sheet.organization.name,
    reason: sheet.reason?.text,
    issued: f.issuedDate(sheet.issued),
    windows: smsWindows(false),
    compactWindows: () => smsWindows(true),
    // The SMS names only the first cut-off and alternative and one contact.
    sms_before: actions.before?.[0],
    sms_alternative: sheet.alternatives?.[0],
    sms_contact: contact?.value,
  };
}

export function createMustachePeer() {
  const languages = {};
  for (const lang of ['en', 'zh-CN']) {
    languages[lang] = {
      f: new NoticeFormat(lang),
      subject: oneLine(read(lang, 'subject.mustache')),
      email: read(lang, 'email.mustache'),
      sms: oneLine(read(lang, 'sms.mustache')),
    };
  }
  return function render(sheet) {
    const lang = sheet.languages[0];
    const l = languages[lang];
    l.f.readersOf(sheet);
    const v = view(sheet, l.f);
    v.subject = l.f.fittingSubject(v.systemsList,
      (systems, withoutTimes) => Mustache.render(l.subject, { ...v, systems, when: withoutTimes ?? v.when }, {}, plainText),
      l.f.withoutTimes(sheet.time_zone, stretchesOf(sheet)), v.differ);
    return [
      { channel: 'email', lang, subject: v.subject, text: Mustache.render(l.email, v, {}, plainText) },
      {
        channel: 'sms', lang,
        text: fittingSms((cuts) => Mustache.render(l.sms, {
          ...v, cut_reason: cuts.reason, cut_alternatives: cuts.alternatives, cut_greeting: cuts.greeting,
          cut_actions: cuts.actions, windows: cuts.systems_list ? v.compactWindows() : v.windows,
        }, {}, plainText)),
      },
    ];
  };
}
