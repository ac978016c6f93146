#!/usr/bin/env node
// An oracle for the prose around what people type, written from issue 17 and
// NOTICE-CONVENTIONS, not from the C++ code, so that it can disagree with it.
//
//   node tests/oracle/prose.mjs [--summary]       (NOTICEKIT_CLI overrides the CLI's path)
//   node tests/oracle/prose.mjs --sheets zh-CN    (that language's sheets as JSONL, for reading)
//
// A generated matrix: every base language × every message kind × the ways people type facts —
// a reason as a phrase ("a database upgrade", "系统升级"), as a phrase with its own connector
// ("due to a power cut", "由于机房电力改造", "システム更新のため"), as a whole sentence, with and
// without its full stop; an audience role typed with its salutation ("尊敬的客户", "Dear
// customers"); one system in lower case or seven; one window or three on different days;
// readers in other zones (Berlin, São Paulo) or none; an extension with no new end yet; and
// each outage rendered again as its restoration. `noticekit batch` renders them on every
// channel, and every reader-facing text (text,
// full_text, subject, title, digest; not the .ics file, a machine format) is read by rules that
// fail on what a native writer would never send:
//
//  doubled    punctuation typed twice ("..", "。。", "。，", "：：", "、、", ",,"), a salutation
//             twice ("Dear Dear", "尊敬的尊敬的", "各位各位", "여러분 여러분"), or a word of ours
//             beside the same word of a noun ("外 6개 서비스 서비스를", "等7項服務服務中斷")
//  connector  a connector of ours beside the writer's own ("for due to", "因由于", "…のため
//             に伴い", "위해 작업을 위해"), or a sentence spliced into a frame ("for We are
//             moving", "因为提升服务质量，我行…。，", "以下服务不受影响：ATM取款不受影响。")
//  lowercase  a Latin sentence that starts with a small letter (". we are moving")
//  agreement  an English name that looks plural ("mail services") with a singular verb of ours
//  grammar    a name typed by the writer after a preposition or verb of ours, or before one
//             ("the maintenance of web application", "mantenimiento de el portal", "an das
//             Kartenportal", "application mobile sera")
//  zone id    an IANA zone id ("Asia/Shanghai") in reader text, or a zone named after an open end
//             ("14:12, until further notice CET") instead of with its start
//  halfwidth  half-width , : ; ( ) beside Chinese or Japanese text the generator wrote
//  empty      an empty slot: " ,", "()", "（）", "至。", "延长至，", "をに延長", two spaces inside a line
//             (an extension with no new end: "extended to  (was 06:00)")
//  spoken     a bracket in a phone script, which the metrics count as unsayable
//  gsm        a character of ours that pushes a Latin-script SMS out of GSM-7 ("los días")
//  post       a status page incident or chat message written as a letter: a salutation, or the
//             organisation signed under it
//  outage     a restoration after an outage that calls it maintenance ("시스템 점검이 완료되어")
//
// It prints renders and texts checked and each violation; exit status 1 on any.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = process.env.NOTICEKIT_CLI ?? path.join(ROOT, 'build/native/noticekit');
const SUMMARY_ONLY = process.argv.includes('--summary');

// What each language's writers type. `role`: the plain role and the role with its salutation;
// `salutation`: the salutation word a doubled greeting would repeat.
const TYPED = {
  en: {
    item: { phrase: "ATM withdrawals", sentence: "Card payments keep working." },
    org: 'Example Bank', role: ['customers', 'Dear customers'], salutation: 'Dear',
    one: ['mail services'], seven: ['mobile banking', 'Online services', 'the card portal',
      'ATMs', 'payroll files', 'Open API', 'customer chat'],
    reason: { phrase: 'a database upgrade', connected: 'due to a power upgrade in our data centre',
      sentence: 'We are moving the database to new hardware.', bare: 'we are moving the database to new hardware' },
    change: { phrase: 'a delay in the hardware delivery', connected: 'because of a delay in the hardware delivery',
      sentence: 'The vendor has postponed the hardware delivery.', bare: 'the vendor has not delivered the hardware yet' },
    frames: ['for ', 'because of ', 'due to ', 'The reason is '],
  },
  es: {
    item: { phrase: "los retiros en cajeros", sentence: "Los pagos con tarjeta siguen funcionando." },
    org: 'Banco Ejemplo', role: ['clientes', 'Estimados clientes'], salutation: 'Estimados',
    one: ['banca móvil'], seven: ['banca móvil', 'Servicios en línea', 'el portal de tarjetas',
      'cajeros automáticos', 'pagos de nómina', 'API abierta', 'chat de clientes'],
    reason: { phrase: 'una actualización de la base de datos', connected: 'debido a una mejora eléctrica',
      sentence: 'Estamos trasladando la base de datos a nuevos servidores.', bare: 'estamos trasladando la base de datos' },
    change: { phrase: 'un retraso del proveedor', connected: 'por un retraso del proveedor',
      sentence: 'El proveedor ha retrasado la entrega del equipo.', bare: 'el proveedor ha retrasado la entrega' },
    frames: ['para ', 'por ', 'El motivo es '],
  },
  fr: {
    item: { phrase: "les retraits aux distributeurs", sentence: "Les paiements par carte continuent de fonctionner." },
    org: 'Banque Exemple', role: ['clients', 'Chers clients'], salutation: 'Chers',
    one: ['application mobile'], seven: ['application mobile', 'Services en ligne', 'le portail cartes',
      'distributeurs', 'virements de salaires', 'API ouverte', 'chat clients'],
    reason: { phrase: 'une mise à jour de la base de données', connected: "en raison d'une coupure électrique",
      sentence: 'Nous migrons la base de données vers de nouveaux serveurs.', bare: 'nous migrons la base de données' },
    change: { phrase: 'un retard de livraison', connected: 'suite à un retard de livraison',
      sentence: 'Le fournisseur a reporté la livraison du matériel.', bare: 'le fournisseur a reporté la livraison' },
    frames: ['pour ', 'Cause : ', 'motif : ', "Motif de l'intervention\u00a0: "],
  },
  de: {
    item: { phrase: "Abhebungen am Geldautomaten", sentence: "Kartenzahlungen funktionieren weiterhin." },
    org: 'Beispielbank', role: ['Kundinnen und Kunden', 'Sehr geehrte Kundinnen und Kunden'], salutation: 'Sehr geehrte',
    one: ['Mobile Banking'], seven: ['Mobile Banking', 'Online-Dienste', 'das Kartenportal',
      'Geldautomaten', 'Gehaltszahlungen', 'Open API', 'Kundenchat'],
    reason: { phrase: 'eine Datenbankaktualisierung', connected: 'wegen der Umstellung auf neue Hardware',
      sentence: 'Wir ziehen die Datenbank auf neue Hardware um.', bare: 'wir ziehen die Datenbank um' },
    change: { phrase: 'eine Lieferverzögerung', connected: 'aufgrund von Lieferverzögerungen',
      sentence: 'Der Lieferant hat die Hardware später geliefert.', bare: 'der Lieferant hat die Lieferung verschoben' },
    frames: ['Anlass ist ', 'Anlass war ', 'Grund ist ', 'Ursache ist '],
  },
  'zh-CN': {
    item: { phrase: "ATM取款", sentence: "ATM取款不受影响。" },
    org: '示例银行', role: ['客户', '尊敬的客户'], salutation: '尊敬的',
    one: ['手机银行'], seven: ['手机银行', '网上银行', '信用卡门户',
      'ATM', '代发工资', '开放API', '在线客服'],
    reason: { phrase: '系统升级', connected: '由于机房电力改造', sentence: '为提升服务质量，我行将对核心系统进行升级。',
      bare: '为提升服务质量，我行将对核心系统进行升级' },
    change: { phrase: '供应商延迟交货', connected: '根据上级统一安排', sentence: '因供应商延迟交货，我行调整了维护时间。',
      bare: '因供应商延迟交货，我行调整了维护时间' },
    frames: ['因', '本次停机的原因是', '原因是'],
  },
  'zh-TW': {
    item: { phrase: "ATM提款", sentence: "ATM提款不受影響。" },
    org: '示例銀行', role: ['客戶', '親愛的客戶'], salutation: '親愛的',
    one: ['行動銀行'], seven: ['行動銀行', '網路銀行', '信用卡入口網站',
      'ATM', '薪資轉帳', '開放API', '線上客服'],
    reason: { phrase: '系統升級', connected: '由於機房電力改善工程', sentence: '為提升服務品質，本行將進行核心系統升級。',
      bare: '為提升服務品質，本行將進行核心系統升級' },
    change: { phrase: '供應商延遲交貨', connected: '因供應商延遲交貨', sentence: '因供應商延遲交貨，本行調整了維護時間。',
      bare: '因供應商延遲交貨，本行調整了維護時間' },
    frames: ['因', '原因是', '原因為'],
  },
  ja: {
    item: { phrase: "ATMでのお引き出し", sentence: "ATMは通常どおりご利用いただけます。" },
    org: 'サンプル銀行', role: ['お客様', 'お客様各位'], salutation: '各位',
    one: ['モバイルバンキング'], seven: ['モバイルバンキング', 'インターネットバンキング', 'カードポータル',
      'ATM', '給与振込', 'オープンAPI', 'チャットサポート'],
    reason: { phrase: 'システム更新', connected: 'システム更新のため', sentence: 'サーバーを新しい機器に移設します。',
      bare: 'サーバーを新しい機器に移設します' },
    change: { phrase: '機器の納入遅延', connected: '機器の納入遅延により', sentence: '機器の納入が遅れています。',
      bare: '機器の納入が遅れています' },
    after: ['に伴い', 'のため', 'により', 'です'],
  },
  ko: {
    item: { phrase: "ATM 출금", sentence: "카드 결제는 정상적으로 이용하실 수 있습니다." },
    org: '예시은행', role: ['고객', '고객 여러분'], salutation: '여러분',
    one: ['모바일 뱅킹'], seven: ['모바일 뱅킹', '인터넷 뱅킹', '카드 포털',
      'ATM', '급여 이체', '오픈 API', '고객 채팅'],
    reason: { phrase: '시스템 업그레이드', connected: '서비스 품질 향상을 위해', sentence: '데이터베이스를 새 장비로 이전합니다.',
      bare: '데이터베이스를 새 장비로 이전합니다' },
    change: { phrase: '장비 납품 지연', connected: '장비 납품 지연으로 인해', sentence: '장비 납품이 지연되었습니다.',
      bare: '장비 납품이 지연되었습니다' },
    after: [' 작업을 위해', '의 영향으로', '에 따라', '입니다'],
  },
};
const LANGS = Object.keys(TYPED);
// Words of ours that would need the grammar of the noun typed after or before them.
const GRAMMAR = {
  en: { before: ['of ', 'for ', 'about '], after: [' will be ', ' is ', ' are ', ' has been', ' have been', ' became '] },
  es: { before: ['de ', 'del ', 'en ', 'para ', 'a '], after: [' no está', ' está', ' estará', ' vuelve', ' seguirá'] },
  fr: { before: ['de ', 'du ', 'sur ', 'pour ', 'concernant ', 'à '], after: [' est ', ' sera ', ' sont ', ' seront ', ' reste'] },
  de: { before: ['an ', 'von ', 'für ', 'auf ', 'ist ', 'sind '], after: [' ist ', ' sind ', ' bleibt', ' bleiben'] },
};
const SHAPES = ['phrase', 'connected', 'sentence', 'bare'];

// ---------- the matrix ----------
const at = (day, hour) => `2026-12-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00`;
function sheet(lang, shape, variant, kind) {
  const t = TYPED[lang];
  const systems = variant % 2 ? t.seven : t.one;
  const nights = variant >= 2 ? [12, 15, 19] : [12];
  const windows = nights.map((d) => ({ systems, start: at(d, 23), end: at(d + 1, 5) }));
  const s = {
    schema: 'noticekit/1', kind, organization: { name: t.org }, issued: at(1, 10),
    time_zone: variant >= 2 ? 'America/Sao_Paulo' : 'Asia/Shanghai', languages: [lang],
    audience: { kind: 'customers', size: 5000, roles: [t.role[variant % 2]],
      ...(variant % 2 ? { time_zones: ['Europe/Berlin', 'America/Sao_Paulo', 'Asia/Shanghai'] } : {}) },
    windows, reason: { text: t.reason[shape] },
    impact: { still_available: [t.item[shape === 'sentence' || shape === 'bare' ? 'sentence' : 'phrase']] },
    contacts: [{ kind: 'phone', value: '95555' }],
  };
  const original = windows.map((w) => ({ ...w, start: at(+w.start.slice(8, 10) - 7, 23), end: at(+w.end.slice(8, 10) - 7, 5) }));
  if (kind === 'extension') {
    // Longer by three hours, or (variant 3) with no new end known yet.
    const end = (w) => (variant === 3 ? null : at(+w.end.slice(8, 10), 8));
    s.windows = windows.map((w, i) => (i === windows.length - 1 ? { ...w, end: end(w) } : w));
    s.issued = at(+windows.at(-1).start.slice(8, 10), 23).replace('T23', 'T23').replace(':00', ':30');
    s.change = { reason: t.change[shape], original_windows: windows };
  } else if (kind === 'reschedule') {
    s.change = { reason: t.change[shape], original_windows: original };
  } else if (kind === 'cancellation') {
    s.change = { reason: t.change[shape] };
  } else if (kind === 'started') {
    s.issued = `${windows[0].start.slice(0, 11)}23:10`;
  } else if (kind === 'emergency') {
    s.windows = [{ systems, start: at(12, 23), end: null }];
    s.issued = at(12, 23).replace(':00', ':20');
  } else if (kind === 'restoration') {
    s.issued = `${windows.at(-1).end.slice(0, 11)}05:10`;
    s.restoration = { actual_end: `${windows.at(-1).end.slice(0, 11)}04:45` };
  }
  return s;
}
const KINDS = ['planned', 'reminder', 'started', 'extension', 'reschedule', 'cancellation', 'emergency', 'restoration'];
const records = [];
for (const lang of LANGS)
  for (const shape of SHAPES)
    for (let variant = 0; variant < 4; ++variant)
      for (const kind of KINDS) records.push({ lang, shape, variant, kind, sheet: sheet(lang, shape, variant, kind) });

// --sheets LANG: print that language's sheets as JSONL and stop, to render them for a native
// reader ("noticekit batch - --channel email,sms,phone" over them).
const sheetsOf = process.argv.indexOf('--sheets');
if (sheetsOf > 0) {
  for (const r of records.filter((r) => r.lang === process.argv[sheetsOf + 1])) console.log(JSON.stringify(r.sheet));
  process.exit(0);
}

// ---------- the rules ----------
const violations = [];
let texts = 0;
const CJK = '\\u3040-\\u30ff\\u3400-\\u9fff\\uff01-\\uff5e';
const POSTS = new Set(['slack', 'teams', 'wecom', 'dingtalk', 'feishu', 'status_page']);
const ABBREVIATIONS = /(?:^|[\s(])(?:a\.m|p\.m|approx|ca|etc|Mo|Di|Mi|Do|Fr|Sa|So|lun|mar|mer|jeu|ven|sam|dim|janv|févr|avr|juil|sept|oct|nov|déc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Dez|Okt|ene|dic)$/;

function check(text, ctx, rec) {
  texts++;
  const t = TYPED[rec.lang];
  const fail = (rule, what, at) => violations.push({ ...ctx, rule, what, excerpt: text.slice(Math.max(0, at - 40), at + 40).replace(/\n/g, '⏎') });
  const find = (re, rule, what) => { for (const m of text.matchAll(re)) fail(rule, `${what}: ${JSON.stringify(m[0])}`, m.index); };
  find(/(?<!\.)\.\.(?!\.)|。。|。，|，。|：：|、、|，，|,,/g, 'doubled', 'punctuation');
  // A word of ours doubled by the noun beside it ("外 6개 서비스 서비스를", "等7項服務服務中斷").
  // (A Korean noun takes its particle: "서비스 서비스를".)
  find(/(\p{Script=Han}{2,})\1|(?<![\p{L}\p{N}])([\p{L}]{2,}) \2(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(\p{Script=Hangul}{2,}) \3/gu, 'doubled', 'word');
  const s = t.salutation;
  find(new RegExp(`${s}\\s?${s}`, 'g'), 'doubled', 'salutation');
  // A list item typed as a sentence stands alone: not after a frame's colon ("Still available:
  // Card payments keep working.") nor inside one ("…ご利用いただけます。は、"): a line of its own. The
  // filing report is a form: its "label: value" fields hold whatever was typed.
  if ((rec.shape === 'sentence' || rec.shape === 'bare') && ctx.channel !== 'report') {
    const item = t.item.sentence.replace(/[.。]$/, '');
    for (let i = text.indexOf(item); i >= 0; i = text.indexOf(item, i + 1)) {
      if (/[:：]\s?$/.test(text.slice(Math.max(0, i - 2), i))) fail('connector', 'a sentence item after a frame', i);
      if (!/^[.。]?(\n|$)/.test(text.slice(i + item.length, i + item.length + 3))) fail('connector', 'a sentence item inside a frame (not a line of its own)', i);
    }
  }
  // The writer's own words, as typed: nothing of ours before (or, in ja/ko, after) them.
  for (const typed of [t.reason[rec.shape], t.change[rec.shape]]) {
    const core = typed.replace(/[.。]$/, '');
    for (let i = text.indexOf(core); i >= 0; i = text.indexOf(core, i + 1)) {
      const before = text.slice(Math.max(0, i - 40), i), after = text.slice(i + core.length, i + core.length + 12);
      for (const f of t.frames ?? []) if (rec.shape !== 'phrase' && before.endsWith(f)) fail('connector', `${JSON.stringify(f)} before the typed ${rec.shape}`, i);
      for (const f of t.after ?? []) if (rec.shape !== 'phrase' && after.startsWith(f)) fail('connector', `${JSON.stringify(f)} after the typed ${rec.shape}`, i);
      if ((rec.shape === 'sentence' || rec.shape === 'bare') && /^[，,、]/.test(after)) fail('connector', 'a sentence spliced into a clause', i);
      if ((rec.shape === 'sentence' || rec.shape === 'bare') && /[a-zà-ÿ]/.test(core[0]) && !/[.。!?]\s*$|^\s*$/.test(before.slice(-3)) && /\s$/.test(before) && !/[:：]\s$/.test(before)) fail('connector', 'a sentence spliced into a frame', i);
    }
  }
  for (const m of text.matchAll(/([\p{L}.]+)[.!?] ([a-zà-ÿ])/gu)) if (!ABBREVIATIONS.test(m[1]) && !/\d/.test(m[1])) fail('lowercase', `a sentence starts with ${JSON.stringify(m[2])}`, m.index);
  // A name that looks plural is no subject of a singular verb of ours ("Mail services has been
  // available again"); "The maintenance of mail services has been extended" is right.
  if (rec.lang === 'en') find(/(?:^|[.:;!?] |\n)[\w-]+ services (?:has|is|was)\b/gi, 'agreement', 'a plural-looking name as the subject of a singular verb');
  // Spanish, French and German frames would need the article, case, gender or number of the
  // user's noun ("mantenimiento de el portal", "pour application mobile", "ist Online-Dienste"):
  // a name typed by the writer never follows our preposition or verb, nor leads our verb.
  const grammar = GRAMMAR[rec.lang];
  if (grammar && ctx.channel !== 'report') {
    // A name typed with its article ("the card portal") may follow any preposition.
    for (const name of [...new Set([...t.one, ...t.seven])].filter((n) => !/^(the|el|la|le|das|die|der) /i.test(n))) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        const before = text.slice(Math.max(0, i - 12), i), after = text.slice(i + name.length, i + name.length + 12);
        const word = grammar.before.find((w) => before.endsWith(w) && !/\p{L}/u.test(before.slice(-w.length - 1, -w.length)));
        if (word) fail('grammar', `${JSON.stringify(word.trim())} before the typed name ${JSON.stringify(name)}`, i);
        const verb = grammar.after.find((w) => after.startsWith(w));
        if (verb) fail('grammar', `the typed name ${JSON.stringify(name)} before ${JSON.stringify(verb.trim())}`, i);
      }
    }
  }
  find(/\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_]+/g, 'zone id', 'an IANA id');
  find(/(?:until further notice|bis auf Weiteres|hasta nuevo aviso|jusqu'à nouvel ordre) ?(?:\(|[A-Z]{2,5}\b)/g, 'zone id', 'a zone after an open end, not its start');
  if (['zh-CN', 'zh-TW', 'ja'].includes(rec.lang)) find(new RegExp(`[${CJK}][,;()]|[,;(][${CJK}]|[${CJK}]:(?!\\d)`, 'gu'), 'halfwidth', 'half-width punctuation');
  if (POSTS.has(ctx.channel)) {
    if (text.includes(s)) fail('post', `a salutation (${JSON.stringify(s)}) in a post`, text.indexOf(s));
    const lines = text.trimEnd().split('\n');
    if (lines.at(-1) === t.org || lines.at(-2) === t.org) fail('post', 'a post signed by the organisation', text.length - 40);
  }
  // A phone script is read aloud: our words bring no bracket a voice cannot say (the user's
  // text is made sayable before it goes in).
  if (ctx.channel === 'phone') find(/[()（）[\]【】「」]/g, 'spoken', 'a bracket in a phone script');
  find(/ ,| \.(?!\d)|\(\)|（）|至。|至，|到。|（まで）|をに|까지까지|\(까지\)|bis ,|hasta ,|jusqu'au :|[^\n _]  +[^\n ]/g, 'empty', 'an empty slot');
}

// ---------- run ----------
const batch = (recs, extra = []) => {
  const run = spawnSync(CLI, ['batch', '-', '--input', 'jsonl', '--jobs', '2', ...extra], { input: recs.map((r) => JSON.stringify(r.sheet)).join('\n') + '\n', maxBuffer: 1 << 30 });
  if (run.error || !run.stdout.length) { console.error(`cannot run ${CLI}: ${run.error?.message ?? run.stderr}`); process.exit(2); }
  return run.stdout.toString().trim().split('\n').map((l) => JSON.parse(l));
};
// Service back after an outage: each emergency sheet, rendered as its restoration. It is no
// planned work: none of the words our frames name maintenance with ("maintenance is complete").
const FRAME_WORDS = { en: /maintenance/i, es: /mantenimiento/i, fr: /maintenance/i, de: /Wartung/, 'zh-CN': /维护/, 'zh-TW': /維護/, ja: /メンテナンス/, ko: /점검/ };
const outages = records.filter((r) => r.kind === 'emergency').map((r) => ({ ...r, kind: 'outage restoration',
  sheet: { ...r.sheet, issued: at(13, 5).replace(':00', ':10'), restoration: { actual_end: at(13, 4).replace(':00', ':45') } } }));
const results = [...batch(records), ...batch(outages, ['--kind', 'restoration'])];
records.push(...outages);
let renders = 0;
records.forEach((rec, i) => {
  const res = results[i];
  const base = { rec: i + 1, lang: rec.lang, shape: rec.shape, variant: rec.variant };
  if (res.status !== 0 || !res.outputs.length) {
    violations.push({ ...base, kind: rec.kind, channel: '-', field: '-', rule: 'no outputs', what: JSON.stringify(res.findings.filter((f) => f.severity === 'error')), excerpt: '' });
    return;
  }
  const typed = new Set(JSON.stringify(rec.sheet));
  for (const out of res.outputs) {
    renders++;
    if (out.channel === 'ics') continue;
    // An SMS in a Latin-script language is in GSM-7 unless the writer's own text is not: every
    // character that made it UCS-2 (metrics.ucs2_characters) was typed in the sheet.
    if (out.channel === 'sms' && !['zh-CN', 'zh-TW', 'ja', 'ko'].includes(rec.lang)) {
      for (const c of out.metrics?.ucs2_characters ?? []) {
        if (!typed.has(c)) violations.push({ ...base, kind: out.kind, channel: 'sms', field: 'text', rule: 'gsm', what: `${JSON.stringify(c)} of ours makes the SMS UCS-2`, excerpt: out.text.slice(0, 80) });
      }
    }
    for (const field of ['text', 'full_text', 'subject', 'title', 'digest']) {
      if (!out[field]) continue;
      check(out[field], { ...base, kind: out.kind, channel: out.channel, field }, rec);
      const planned = rec.kind === 'outage restoration' && out.channel !== 'report' && FRAME_WORDS[rec.lang].exec(out[field]);
      if (planned) violations.push({ ...base, kind: rec.kind, channel: out.channel, field, rule: 'outage', what: `${JSON.stringify(planned[0])}: an outage called maintenance`, excerpt: out[field].slice(Math.max(0, planned.index - 40), planned.index + 40) });
    }
  }
});

// ---------- report ----------
const groups = new Map();
for (const v of violations) {
  const k = `${v.rule} | ${v.lang} | ${v.shape}`;
  if (!groups.has(k)) groups.set(k, []);
  groups.get(k).push(v);
}
for (const [k, vs] of [...groups].sort()) {
  console.log(`\n## ${k} — ${vs.length} violation(s) in ${new Set(vs.map((v) => v.rec)).size} sheet(s), channels ${[...new Set(vs.map((v) => v.channel))].join(' ')}`);
  for (const v of SUMMARY_ONLY ? vs.slice(0, 2) : vs) console.log(`  #${v.rec} ${v.kind} ${v.channel}.${v.field} variant ${v.variant} | ${v.what}\n      «${v.excerpt}»`);
}
console.log(`\nsheets: ${records.length} (${LANGS.length} languages × ${SHAPES.length} shapes × 4 variants × ${KINDS.length} kinds, and each outage's restoration), renders: ${renders}, texts checked: ${texts}, violations: ${violations.length}`);
process.exit(violations.length ? 1 : 0);
