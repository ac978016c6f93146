#!/usr/bin/env node
// Writes the zone names readers see, from CLDR's published JSON (the npm packages
// cldr-dates-full, cldr-core and cldr-bcp47, pinned in package-lock.json). The core's build
// runs it at configure time (core/CMakeLists.txt); nothing it writes is checked in.
//
//   node tools/gen-cldr-zones.mjs CLDR_DIR LOCALES_DIR OUT_DIR
//
// CLDR_DIR holds the three packages (node_modules); LOCALES_DIR is core/locales, whose base
// languages (a notice.json without "parent") get names. It writes:
// - OUT_DIR/zone_cldr_table.inc: every zone id CLDR knows, aliases included ("Asia/Kolkata"),
//   with its CLDR id ("Asia/Calcutta") and the metazone it uses today ("India"), sorted in
//   byte order for a binary search: `{"Asia/Kolkata", "Asia/Calcutta", "India"},`.
// - OUT_DIR/locales/<tag>/zones.json: {"cldr_zone_names", "cldr_zone_cities"}: the
//   language's long and short names of each metazone in use and of single zones ("British
//   Summer Time"), and the exemplar cities that are not simply the id's last part. A language
//   is matched to CLDR's locale by its tag, else by CLDR's likely subtags with the region
//   dropped (zh-CN → zh-Hans, zh-TW → zh-Hant); a variant (en-GB) gets a file only for what
//   its CLDR locale says otherwise than its parent's.
import fs from 'node:fs';
import path from 'node:path';

const [cldrDir, localesDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: gen-cldr-zones.mjs CLDR_DIR LOCALES_DIR OUT_DIR');
  process.exit(2);
}
const readJson = (...parts) => JSON.parse(fs.readFileSync(path.join(cldrDir, ...parts), 'utf8'));
const version = readJson('cldr-core', 'package.json').version;

// CLDR writes a zone tree {"America": {"Argentina": {"Buenos_Aires": leaf}}}; a leaf is what
// isLeaf says it is. Yields [id, leaf].
function* zonesOf(tree, isLeaf, prefix = '') {
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}/${key}` : key;
    if (isLeaf(value)) yield [id, value];
    else yield* zonesOf(value, isLeaf, id);
  }
}

// --- Zone ids, their CLDR ids and today's metazones -------------------------------------
const metaZones = readJson('cldr-core', 'supplemental', 'metaZones.json').supplemental.metaZones;
const metazoneOf = new Map();
for (const [id, periods] of zonesOf(metaZones.metazoneInfo.timezone, Array.isArray)) {
  const current = periods.find((p) => !('_to' in p.usesMetazone));
  if (current) metazoneOf.set(id, current.usesMetazone._mzone);
}
const inUse = new Set(metazoneOf.values());

// bcp47/timezone.json lists each zone's ids, CLDR's own first: "_alias": "Asia/Calcutta
// Asia/Kolkata".
const rows = new Map();
for (const [key, entry] of Object.entries(readJson('cldr-bcp47', 'bcp47', 'timezone.json')
  .keyword.u.tz)) {
  if (key.startsWith('_') || !entry._alias || entry._deprecated === 'true') continue;
  const ids = entry._alias.split(' ');
  for (const id of ids) rows.set(id, [ids[0], metazoneOf.get(ids[0]) ?? '']);
}
const cppString = (s) => {
  if (!/^[A-Za-z0-9_+\-/]*$/.test(s)) throw new Error(`unexpected zone id or metazone: ${s}`);
  return `"${s}"`;
};
const table = [...rows.keys()].sort().map((id) => {
  const [canonical, metazone] = rows.get(id);
  return `{${cppString(id)}, ${cppString(canonical)}, ${cppString(metazone)}},`;
});
fs.mkdirSync(outDir, { recursive: true });
writeIfChanged(path.join(outDir, 'zone_cldr_table.inc'), [
  `// GENERATED FILE - do not edit: tools/gen-cldr-zones.mjs from CLDR ${version}.`,
  '// Zone id (aliases included) -> CLDR zone id, metazone in use today ("" for none).',
  ...table,
  '',
].join('\n'));

// --- Each base language's names --------------------------------------------------------
const likelySubtags = readJson('cldr-core', 'supplemental', 'likelySubtags.json').supplemental
  .likelySubtags;
const available = new Set(fs.readdirSync(path.join(cldrDir, 'cldr-dates-full', 'main')));

function cldrLocaleFor(tag) {
  const likely = likelySubtags[tag]?.split('-') ?? [];
  // zh-TW → zh-Hant-TW → zh-Hant: the script decides the names, the region rarely.
  const candidates = [tag, likely.join('-'), likely.slice(0, 2).join('-'), tag.split('-')[0]];
  const found = candidates.find((c) => c && available.has(c));
  if (!found) throw new Error(`no CLDR locale for ${tag} (tried ${candidates.join(', ')})`);
  return found;
}

// [long standard, long daylight, short standard, short daylight]; "" where CLDR has no such
// name. Outside summer time a long name is the generic one where CLDR has it ("heure de la
// Chine", "Mitteleuropäische Zeit", not "heure normale de la Chine", which suggests a summer
// time China does not keep); summer time is named as such. Short names stay specific ("EST").
function namesOf(entry) {
  const long = entry.long ?? {}, short = entry.short ?? {};
  const names = [long.generic ?? long.standard ?? '', long.daylight ?? '',
    short.standard ?? short.generic ?? '', short.daylight ?? ''];
  return names.some(Boolean) ? names : undefined;
}

// One language's names: metazones and single zones share one map (a zone id always has a
// "/", a metazone id never), cities apart.
function namesFor(cldrLocale) {
  const data = readJson('cldr-dates-full', 'main', cldrLocale, 'timeZoneNames.json').main[
    cldrLocale].dates.timeZoneNames;
  const names = {};
  const cities = {};
  for (const [id, entry] of Object.entries(data.metazone ?? {})) {
    const found = inUse.has(id) && namesOf(entry);
    if (found) names[id] = found;
  }
  for (const [id, entry] of zonesOf(data.zone, (v) => v._type === 'zone')) {
    if (!metazoneOf.has(id) && !id.startsWith('Etc/')) continue;  // retired ids
    const found = namesOf(entry);
    if (found) names[id] = found;
    // CLDR's rule: without an exemplar city, the city is the id's last part.
    if (entry.exemplarCity && !id.startsWith('Etc/') &&
        entry.exemplarCity !== id.slice(id.lastIndexOf('/') + 1).replaceAll('_', ' '))
      cities[id] = entry.exemplarCity;
  }
  return { names, cities };
}

// What `own` says that `parent` does not say the same way.
function differences(own, parent) {
  const out = {};
  for (const [key, value] of Object.entries(own))
    if (JSON.stringify(value) !== JSON.stringify(parent[key])) out[key] = value;
  return out;
}

const locales = new Map();  // our tag → {parent, cldrLocale}
for (const tag of fs.readdirSync(localesDir).sort()) {
  const noticeFile = path.join(localesDir, tag, 'notice.json');
  if (!fs.existsSync(noticeFile)) continue;
  const { parent } = JSON.parse(fs.readFileSync(noticeFile, 'utf8'));
  // Extensions (-u-ca-roc) choose a calendar, not names.
  locales.set(tag, { parent, cldrLocale: cldrLocaleFor(tag.replace(/-u-.*/, '')) });
}
for (const [tag, { parent, cldrLocale }] of locales) {
  let { names, cities } = namesFor(cldrLocale);
  if (parent) {
    // A variant carries only what its CLDR locale names otherwise (en-GB: "CET", "BST").
    const parentLocale = locales.get(parent)?.cldrLocale;
    if (parentLocale === cldrLocale) continue;
    const inherited = namesFor(parentLocale);
    names = differences(names, inherited.names);
    cities = differences(cities, inherited.cities);
  }
  const file = path.join(outDir, 'locales', tag, 'zones.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeIfChanged(file, JSON.stringify({ cldr_zone_names: names, cldr_zone_cities: cities }) +
    '\n');
}

// Leaves an unchanged file's time alone, so the build recompiles nothing it need not.
function writeIfChanged(file, text) {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  fs.writeFileSync(file, text);
}
