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
// - OUT_DIR/zone-parts/<tag>/<area>.json: the same names split by the area of the zones' CLDR
//   ids ("Asia" for Asia/Shanghai), each part with the cities and names of its zones and the
//   names of the metazones they use (a metazone used in two areas is in both parts). The
//   WebAssembly build's site has one file per part, so that a page fetches only the names of
//   the zones its sheet uses (noticekit::missing_languages; locale/cldr_zone.h's zone_area is
//   the core's side of the same rule). A part that would be empty is not written.
import fs from 'node:fs';
import path from 'node:path';
import { loadCldrZones } from './cldr-zones.mjs';

const [cldrDir, localesDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: gen-cldr-zones.mjs CLDR_DIR LOCALES_DIR OUT_DIR');
  process.exit(2);
}
const { version, rows, cldrLocaleFor, namesFor } = loadCldrZones(cldrDir);

// --- Zone ids, their CLDR ids and today's metazones -------------------------------------
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
// The part of a zone's names: the area of its CLDR id, as locale/cldr_zone.cpp's zone_area.
const areaOf = (cldrId) => cldrId.slice(0, cldrId.indexOf('/'));
// zones.json's names split into parts by area; every name and city is in at least one part.
function splitByArea({ cldr_zone_names: names, cldr_zone_cities: cities }) {
  const parts = new Map();
  const placed = new Set();
  const put = (area, kind, key, value) => {
    if (value === undefined) return;
    if (!parts.has(area)) parts.set(area, { cldr_zone_names: {}, cldr_zone_cities: {} });
    parts.get(area)[kind][key] = value;
    placed.add(`${kind}/${key}`);
  };
  for (const [canonical, metazone] of rows.values()) {
    const area = areaOf(canonical);
    put(area, 'cldr_zone_cities', canonical, cities[canonical]);
    put(area, 'cldr_zone_names', canonical, names[canonical]);
    if (metazone) put(area, 'cldr_zone_names', metazone, names[metazone]);
  }
  for (const [kind, map] of [['cldr_zone_names', names], ['cldr_zone_cities', cities]])
    for (const key of Object.keys(map))
      if (!placed.has(`${kind}/${key}`)) throw new Error(`${kind}/${key} belongs to no zone part`);
  return parts;
}

const partsDir = path.join(outDir, 'zone-parts');
const partsWritten = new Set();
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
  const zones = { cldr_zone_names: names, cldr_zone_cities: cities };
  writeIfChanged(file, JSON.stringify(zones) + '\n');
  for (const [area, part] of splitByArea(zones)) {
    const partFile = path.join(partsDir, tag, `${area}.json`);
    fs.mkdirSync(path.dirname(partFile), { recursive: true });
    writeIfChanged(partFile, JSON.stringify(part) + '\n');
    partsWritten.add(partFile);
  }
}
// A part no longer written (a name moved, a language gone) must not stay for the build to find.
if (fs.existsSync(partsDir))
  for (const entry of fs.readdirSync(partsDir, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && !partsWritten.has(path.join(entry.path, entry.name)))
      fs.rmSync(path.join(entry.path, entry.name));

// Leaves an unchanged file's time alone, so the build recompiles nothing it need not.
function writeIfChanged(file, text) {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  fs.writeFileSync(file, text);
}
