// Finding a time zone the way people name it: by city ("Beijing", "北京", "São Paulo"),
// country ("Brazil", "巴西"), zone name ("Eastern", "中国时间"), id ("Asia/Shanghai") or
// offset ("UTC+8", "GMT-3"). The names are CLDR's, in English and Chinese, from
// zone-names.json (tools/gen-zone-search.mjs, made at build time); countries are named and
// offsets worked out by the browser (Intl), for now. The table is fetched on first use.

const TABLE = new URL('./zone-names.json', import.meta.url);
const MAX_RESULTS = 20;

let table = null;

/** Loads the table once; resolves to the zones, each {id, country, golden, names, keys}. */
export function loadZones() {
  table ??= fetch(TABLE).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }).then(({ zones }) => zones.map(zoneFromRow)).catch((error) => {
    table = null;  // the next use tries again
    throw error;
  });
  return table;
}

// Made when the table is first read, not when the page loads: making them loads ICU's region
// names, some 25 ms of the main thread that the first preview would otherwise wait for.
let regionNames = null;
const country = (code, tag) => {
  regionNames ??= Object.fromEntries(['en', 'zh-CN'].map((t) => [t, new Intl.DisplayNames([t], { type: 'region' })]));
  try { return code ? regionNames[tag].of(code) ?? '' : ''; } catch { return ''; }
};

// What a query is compared with: lower case, accents dropped ("sao paulo" finds São Paulo),
// "_" and "/" as spaces.
export function normalize(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[_/]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function zoneFromRow([id, code, golden, enName, enCity, zhName, zhCity, aliases]) {
  const idCity = id.slice(id.lastIndexOf('/') + 1).replaceAll('_', ' ');
  const names = {
    en: { name: enName, city: id === 'UTC' ? '' : enCity || idCity, country: country(code, 'en') },
    'zh-CN': { name: zhName, city: zhCity || enCity || (id === 'UTC' ? '' : idCity), country: country(code, 'zh-CN') },
  };
  // Whole names first: a query equal to one of them ranks the zone highest.
  const whole = [id, idCity, enCity, zhCity, ...aliases, names.en.country, names['zh-CN'].country]
    .filter(Boolean).map(normalize);
  const all = [...whole, enName, zhName].filter(Boolean).map(normalize);
  return { id, country: code, golden: golden === 1, major: aliases.length > 0, names, whole, all };
}

// The zone's offset from UTC now, in minutes, and as "UTC+08:00".
export function currentOffset(id, now = new Date()) {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'longOffset' })
    .formatToParts(now).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = part.match(/GMT([+-])(\d\d):(\d\d)/);
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  const label = match ? `UTC${match[1]}${match[2]}:${match[3]}` : 'UTC';
  return { minutes, label };
}

// "UTC+8", "gmt -03:30", "+0530", "UTC" → minutes; null when the query is no offset.
export function offsetQuery(query) {
  const match = query.replace(/\s+/g, '').replace('−', '-')
    .match(/^(?:utc|gmt)?(?:([+-])(\d{1,2})(?::?(\d\d))?)?$/i);
  if (!match || (!match[1] && !/^(utc|gmt)$/i.test(query.trim()))) return null;
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return minutes > 14 * 60 ? null : (match[1] === '-' ? -minutes : minutes);
}

/**
 * The zones a query names, best first: a whole name equal to the query, then a name or word
 * starting with it, then containing it; or, for an offset, the zones at that offset now.
 * Within a rank, the zones of the big cities people name (those with aliases in
 * tools/zone-aliases.json: Asia/Shanghai among the twenty zones at UTC+8) come first, then the
 * zones that stand for their metazone (America/New_York for Eastern Time).
 */
export function searchZones(zones, query, now = new Date()) {
  const wanted = normalize(query);
  if (!wanted) return [];
  const offset = offsetQuery(query);
  const ranked = [];
  for (const zone of zones) {
    let rank;
    if (zone.whole.includes(wanted)) {
      rank = 0;
    } else if (offset !== null) {
      rank = currentOffset(zone.id, now).minutes === offset ? 1 : undefined;
    } else if (zone.all.some((name) => name.startsWith(wanted) || name.includes(` ${wanted}`))) {
      rank = 1;
    } else if (zone.all.some((name) => name.includes(wanted))) {
      rank = 2;
    }
    if (rank !== undefined) ranked.push({ zone, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || Number(b.zone.major) - Number(a.zone.major) ||
    Number(b.zone.golden) - Number(a.zone.golden) ||
    (a.zone.id < b.zone.id ? -1 : 1));
  return ranked.slice(0, MAX_RESULTS).map(({ zone }) => zone);
}
