// The plain peer: the script a team writes in an afternoon instead of noticekit (issue 19).
// Three compiled Handlebars templates per language (subject, email body, SMS), a date helper on
// Intl, and nothing else: no validation, no wording rules, no fitting to a limit. Its words are
// not noticekit's, so it is timed but not compared; it reads the same records and writes the
// same fields, which is the figure a team weighs noticekit against.
import Handlebars from 'handlebars';

const templates = {
  en: {
    subject: 'Scheduled maintenance: {{list systems}} on {{date start}}',
    email: 'Dear {{list roles}},\n\n{{organization.name}} will carry out scheduled maintenance from ' +
      '{{datetime start}} to {{datetime end}} ({{time_zone}}).\n\n' +
      '{{#each windows}}- {{list systems}}: {{datetime start}} to {{datetime end}}\n{{/each}}\n' +
      '{{#if reason.text}}Reason: {{reason.text}}.\n\n{{/if}}' +
      '{{#each contacts}}{{#if label}}{{label}}{{else}}Contact{{/if}}: {{value}}\n{{/each}}\n' +
      'We apologise for the inconvenience.\n\n{{organization.name}}\n',
    sms: '{{organization.name}}: maintenance {{datetime start}} to {{datetime end}}, ' +
      '{{list systems}} unavailable.{{#with (first contacts)}} Info: {{value}}{{/with}}',
  },
  'zh-CN': {
    subject: '关于{{list systems}}停机维护的公告',
    email: '尊敬的{{list roles}}：\n\n{{#if reason.text}}因{{reason.text}}，{{/if}}{{organization.name}}定于' +
      '{{datetime start}}至{{datetime end}}进行系统停机维护。\n\n' +
      '{{#each windows}}{{list systems}}：{{datetime start}}至{{datetime end}}\n{{/each}}\n' +
      '{{#each contacts}}{{#if label}}{{label}}{{else}}联系方式{{/if}}：{{value}}\n{{/each}}\n' +
      '由此给您带来的不便，敬请谅解。\n\n{{organization.name}}\n',
    sms: '【{{organization.name}}】{{list systems}}将于{{datetime start}}至{{datetime end}}暂停使用。' +
      '{{#with (first contacts)}}详询{{value}}。{{/with}}',
  },
};

// "2026-12-05T22:00", a wall-clock time in the sheet's zone, as the language writes it.
const formatters = new Map();
function formatter(lang, withTime) {
  const key = `${lang} ${withTime}`;
  if (!formatters.has(key)) {
    formatters.set(key, new Intl.DateTimeFormat(lang, {
      timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    }));
  }
  return formatters.get(key);
}
const wallClock = (text) => Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10),
  +text.slice(11, 13), +text.slice(14, 16));

function compile(lang) {
  const hb = Handlebars.create();
  hb.registerHelper({
    list: (items) => (items ?? []).join(lang === 'zh-CN' ? '、' : ', '),
    first: (items) => items?.[0],
    date: (text) => formatter(lang, false).format(wallClock(text)),
    datetime: (text) => (text ? formatter(lang, true).format(wallClock(text)) : '?'),
  });
  const compiled = {};
  for (const [name, source] of Object.entries(templates[lang])) {
    compiled[name] = hb.compile(source, { noEscape: true });
  }
  return compiled;
}

export function createPlainPeer() {
  const byLanguage = Object.fromEntries(Object.keys(templates).map((lang) => [lang, compile(lang)]));
  return (sheet) => {
    const lang = sheet.languages?.[0] === 'zh-CN' ? 'zh-CN' : 'en';
    const t = byLanguage[lang];
    const first = sheet.windows[0];
    const view = {
      ...sheet,
      roles: sheet.audience?.roles ?? [],
      systems: [...new Set(sheet.windows.flatMap((w) => w.systems))],
      start: first.start,
      end: sheet.windows.at(-1).end,
    };
    return [
      { channel: 'email', lang, subject: t.subject(view), text: t.email(view) },
      { channel: 'sms', lang, text: t.sms(view) },
    ];
  };
}
