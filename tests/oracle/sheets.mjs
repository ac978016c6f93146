// The fact-sheet matrix for tests/oracle/windows.mjs: fixed shapes of windows (no randomness,
// so a violation always points at the same record), each turned into every message kind.
//
// A shape is a list of windows in local wall-clock time. Kinds are made the way an operator
// edits the sheet as the outage goes on: an extension lengthens a window and keeps the old
// list in change.original_windows, a reschedule moves a window, a cancellation drops windows
// (or, without originals, cancels them all), an emergency has an open end, a restoration adds
// restoration.actual_end.
//
//   node tests/oracle/sheets.mjs > sheets.jsonl     (the matrix as JSONL, to render by hand)

export const LANGS = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'fr', 'de'];

// Every free text in all eight languages, so no fallback text (in another language, with its
// own way of writing times) can leak into an output.
const tr = (en, zhCN, zhTW, ja, ko, es, fr, de) =>
  ({ en, 'zh-CN': zhCN, 'zh-TW': zhTW, ja, ko, es, fr, de });

const SYS = {
  portal: tr('the customer portal', '客户门户', '客戶入口網站', '顧客ポータル', '고객 포털',
    'el portal de clientes', 'le portail client', 'das Kundenportal'),
  app: tr('the mobile app', '手机客户端', '行動應用程式', 'モバイルアプリ', '모바일 앱',
    'la aplicación móvil', "l'application mobile", 'die Mobil-App'),
  api: tr('the public API', '开放接口', '開放介面', '公開API', '공개 API',
    'la API pública', "l'API publique", 'die öffentliche API'),
  billing: tr('billing', '计费系统', '計費系統', '請求システム', '요금 시스템',
    'la facturación', 'la facturation', 'die Abrechnung'),
};

// Wall-clock arithmetic: a Date whose UTC fields are the local time, never a real instant.
const pad = (n) => String(n).padStart(2, '0');
const parse = (s) => new Date(`${s}:00Z`);
const fmt = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
export const plusMinutes = (s, m) => fmt(new Date(parse(s).getTime() + m * 60000));
const w = (systems, start, end) => ({ systems: systems.map((k) => SYS[k]), start, end });
// n windows at the same local times, `step` days apart (start on day0, end `endAfter` minutes later).
const repeated = (systems, day0, time, endAfter, n, step) =>
  Array.from({ length: n }, (_, i) => {
    const start = plusMinutes(`${day0}T${time}`, i * step * 1440);
    return w(systems, start, plusMinutes(start, endAfter));
  });

// [name, time zone, windows]. Windows never overlap or touch unless the name says so: the
// README merges those into one stretch, which the oracle models separately.
const SHAPES = [
  ['one window, same day', 'Asia/Shanghai', [w(['portal'], '2026-09-12T09:00', '2026-09-12T11:30')]],
  ['one window across midnight', 'Asia/Shanghai', [w(['portal', 'app'], '2026-09-12T23:00', '2026-09-13T01:00')]],
  ['one window across a month end', 'Asia/Shanghai', [w(['api'], '2027-01-31T22:00', '2027-02-01T02:00')]],
  ['one window across the year end', 'Asia/Tokyo', [w(['portal'], '2026-12-31T23:00', '2027-01-01T01:30')]],
  ['DST spring forward, New York', 'America/New_York', [w(['api'], '2026-03-08T01:00', '2026-03-08T04:00')]],
  ['DST fall back, Berlin', 'Europe/Berlin', [w(['portal', 'billing'], '2026-10-25T01:30', '2026-10-25T04:00')]],
  ['DST spring forward overnight, Berlin', 'Europe/Berlin', [w(['app'], '2027-03-27T23:00', '2027-03-28T04:00')]],
  ['ends at midnight', 'Asia/Shanghai', [w(['billing'], '2026-11-20T22:00', '2026-11-21T00:00')]],
  ['starts at midnight', 'Asia/Shanghai', [w(['billing'], '2026-11-28T00:00', '2026-11-28T04:00')]],
  ['two nights in one window', 'Asia/Shanghai', [w(['portal'], '2026-09-18T20:00', '2026-09-20T08:00')]],
  ['2 weekly nights, same times', 'Asia/Shanghai', repeated(['app'], '2026-06-27', '23:00', 120, 2, 7)],
  ['3 weekly nights, same times', 'Asia/Shanghai', repeated(['app'], '2026-06-27', '23:00', 120, 3, 7)],
  ['4 consecutive nights, same times', 'Asia/Shanghai', repeated(['portal'], '2026-10-05', '23:00', 120, 4, 1)],
  ['5 weekly nights across a month end', 'Asia/Shanghai', repeated(['api'], '2026-07-18', '22:30', 210, 5, 7)],
  ['3 weekly evenings, same day', 'Europe/Berlin', repeated(['billing'], '2026-05-04', '18:00', 90, 3, 7)],
  ['3 weekly nights over DST fall back, New York', 'America/New_York', repeated(['portal'], '2026-10-24', '23:00', 180, 3, 7)],
  ['2 windows, different systems, same evening', 'Asia/Shanghai',
    [w(['portal'], '2026-08-08T20:00', '2026-08-08T21:30'), w(['billing'], '2026-08-08T23:00', '2026-08-09T02:00')]],
  ['3 windows, different systems and days', 'Europe/Berlin',
    [w(['portal'], '2026-06-06T22:00', '2026-06-07T01:00'), w(['app', 'api'], '2026-06-13T06:00', '2026-06-13T08:15'),
      w(['billing'], '2026-06-30T21:00', '2026-07-01T03:00')]],
  ['4 windows, different systems, same times', 'Asia/Shanghai',
    ['portal', 'app', 'api', 'billing'].map((s, i) => w([s], plusMinutes('2026-04-25T23:00', i * 7 * 1440), plusMinutes('2026-04-26T01:00', i * 7 * 1440)))],
  ['2 overlapping windows (one stretch)', 'Asia/Shanghai',
    [w(['portal'], '2026-11-07T22:00', '2026-11-08T01:00'), w(['api'], '2026-11-08T00:00', '2026-11-08T03:00')]],
  ['5 windows mixed: nights and a day', 'Asia/Shanghai',
    [...repeated(['app'], '2026-08-29', '23:00', 120, 2, 1), w(['portal'], '2026-09-05T10:00', '2026-09-05T12:00'),
      ...repeated(['api'], '2026-09-12', '23:30', 90, 2, 7)]],
];

const clone = (x) => JSON.parse(JSON.stringify(x));
const earliest = (windows) => windows.map((x) => x.start).sort()[0];

function base(zone, windows) {
  return {
    schema: 'noticekit/1',
    kind: 'planned',
    organization: {
      name: tr('Example Services', '示例服务公司', '示例服務公司', 'サンプルサービス', '예시서비스',
        'Servicios Ejemplo', 'Services Exemple', 'Beispieldienste'),
      sms_signature: tr('ExampleSvc', '示例服务', '示例服務', 'サンプル', '예시', 'EjemploSvc', 'ExempleSvc', 'BeispielSvc'),
    },
    issued: plusMinutes(earliest(windows), -10 * 1440),
    time_zone: zone,
    languages: LANGS,
    audience: { kind: 'customers', size: 5000 },
    windows,
    reason: { category: 'maintenance', text: tr('routine maintenance', '例行维护', '例行維護', '定期メンテナンス', '정기 점검',
      'un mantenimiento rutinario', 'une maintenance de routine', 'eine Routinewartung') },
    impact: { unavailable: [tr('online orders', '在线下单', '線上下單', 'オンライン注文', '온라인 주문',
      'los pedidos en línea', 'les commandes en ligne', 'Online-Bestellungen')] },
    alternatives: [tr('Please call us to place urgent orders', '紧急订单请致电办理', '緊急訂單請來電辦理',
      'お急ぎのご注文はお電話でお受けします', '급한 주문은 전화로 접수해 주시기 바랍니다',
      'Para pedidos urgentes, llámenos', 'Pour une commande urgente, appelez-nous', 'Eilige Bestellungen nehmen wir telefonisch an')],
    contacts: [{ kind: 'phone', value: '4000 1234', label: tr('Service line', '客服热线', '客服專線', 'サポート窓口', '고객센터',
      'Atención al cliente', 'Service client', 'Service-Hotline') }],
  };
}

const changeReason = tr('a change of the work plan', '工作计划调整', '工作計畫調整', '作業計画の見直し', '작업 계획 변경',
  'un cambio del plan de trabajo', 'un changement du plan de travail', 'eine Änderung des Arbeitsplans');

const emergency = {
  reason: { category: 'incident', text: tr('a power failure in our data centre', '数据中心电力故障', '資料中心電力故障',
    'データセンターの電源障害', '데이터센터 전력 장애', 'un corte de energía en nuestro centro de datos',
    'une panne de courant dans notre centre de données', 'ein Stromausfall in unserem Rechenzentrum') },
  incident: { mitigation: tr('Engineers are switching to backup power', '技术人员正在切换备用电源', '技術人員正在切換備用電源',
    '技術者が予備電源に切り替えています', '기술진이 예비 전원으로 전환하고 있습니다', 'Los técnicos están cambiando a la energía de respaldo',
    "Nos techniciens basculent sur l'alimentation de secours", 'Techniker schalten auf Notstrom um') },
};
const workDone = [tr('We completed the maintenance', '已完成维护', '已完成維護', 'メンテナンスを完了しました', '점검을 완료했습니다',
  'Completamos el mantenimiento', 'Nous avons terminé la maintenance', 'Wir haben die Wartung abgeschlossen')];

// One record per (shape, variant). `kind` is the sheet's own kind, which batch renders.
export function sheets() {
  const out = [];
  SHAPES.forEach(([name, zone, windows], shapeIndex) => {
    const add = (variant, kind, ws, extra = {}) => out.push({
      id: out.length + 1, shape: shapeIndex + 1, name: `${name} / ${variant}`, sheet: { ...base(zone, clone(ws)), kind, ...extra } });
    const last = windows.length - 1;
    const shift = (x, m) => ({ ...x, start: plusMinutes(x.start, m), end: plusMinutes(x.end, m) });
    const lastEnd = (end) => windows.map((x, i) => (i === last ? { ...x, end } : x));
    // A change keeps the windows as first announced and is issued well before all of them.
    const change = (ws) => ({ revision: 1, issued: plusMinutes(earliest([...ws, ...windows]), -10 * 1440),
      change: { reason: changeReason, original_windows: clone(windows) } });
    add('planned', 'planned', windows);
    add('reminder', 'reminder', windows);
    add('started', 'started', windows, { issued: plusMinutes(windows[0].start, 10) }); // ten minutes into the first
    add('started, open end', 'started', lastEnd(null), // sent in the last window, whose end is not known yet
      { issued: plusMinutes(windows[last].start, 10), next_update: plusMinutes(windows[last].start, 60) });
    add('extension of the last window', 'extension', lastEnd(plusMinutes(windows[last].end, 90)), change(windows));
    const later = windows.map((x) => shift(x, 14 * 1440)); // a whole series two weeks later
    add('reschedule of all windows', 'reschedule', later, change(later));
    if (windows.length > 1) { // the first window a day later (or earlier, to stay apart from the second)
      const next = shift(windows[0], 1440 + 60);
      const moved = [next.end < windows[1].start ? next : shift(windows[0], -1440), ...windows.slice(1)];
      add('reschedule of the first window', 'reschedule', moved, change(moved));
    }
    add('cancellation of all', 'cancellation', windows, { change: { reason: changeReason } });
    if (windows.length > 1) add('cancellation of the second window', 'cancellation', windows.filter((_, i) => i !== 1), change(windows));
    add('emergency, open end', 'emergency', [{ ...windows[last], end: null }], // the last window, unplanned
      { issued: plusMinutes(windows[last].start, 20), next_update: plusMinutes(windows[last].start, 80), ...emergency });
    add('restoration', 'restoration', windows, // back 15 minutes before the last window's end
      { issued: plusMinutes(windows[last].end, 5), restoration: { actual_end: plusMinutes(windows[last].end, -15), work_done: workDone } });
  });
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  for (const r of sheets()) console.log(JSON.stringify(r.sheet));
}
