#!/usr/bin/env node
// Writes the table the page's time-zone search reads (web/zone-search.js): every IANA zone
// of tzdata's zone.tab (and UTC), its country, whether it is the zone that stands for its
// metazone, and its name and city in the page's interface languages (en, zh-CN), from CLDR
// through tools/cldr-zones.mjs, so the search offers the names the notices use. Run by the
// wasm build's `site` target (wasm/CMakeLists.txt); the page fetches the file when the zone
// field is first used, so it is not part of the page's first load.
//
//   node tools/gen-zone-search.mjs CLDR_DIR ZONEINFO_DIR ALIASES_JSON OUT_FILE
//
// OUT_FILE: {"cldr": version, "zones": [[id, country, golden, enName, enCity, zhName, zhCity,
// [aliases]], …]}: "" where the name is the English one derived from the id (the city of
// America/Sao_Paulo is "Sao Paulo", so only "São Paulo" is written), 1/0 for golden.
import fs from 'node:fs';
import path from 'node:path';
import { loadCldrZones } from './cldr-zones.mjs';

const [cldrDir, zoneinfoDir, aliasesFile, outFile] = process.argv.slice(2);
if (!outFile) {
  console.error('usage: gen-zone-search.mjs CLDR_DIR ZONEINFO_DIR ALIASES_JSON OUT_FILE');
  process.exit(2);
}
const cldr = loadCldrZones(cldrDir);
const aliases = JSON.parse(fs.readFileSync(aliasesFile, 'utf8'));
// The interface languages (web/ui-strings/) and their CLDR locales.
const languages = ['en', 'zh-CN'].map((tag) => cldr.namesFor(cldr.cldrLocaleFor(tag)));

// zone.tab: "CN\t+3114+12128\tAsia/Shanghai\tBeijing Time"; one line per zone people live in.
const zones = fs.readFileSync(path.join(zoneinfoDir, 'zone.tab'), 'utf8').split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => { const [country, , id] = line.split('\t'); return { id, country }; });
zones.push({ id: 'UTC', country: '' });

const cityFromId = (id) => id.slice(id.lastIndexOf('/') + 1).replaceAll('_', ' ');
const rows = zones.sort((a, b) => (a.id < b.id ? -1 : 1)).map(({ id, country }) => {
  const [cldrId, metazone] = cldr.rows.get(id) ?? [id, ''];
  const named = languages.flatMap(({ names, cities }) => {
    const name = (names[cldrId] ?? names[metazone] ?? [])[0] ?? '';
    const city = id === 'UTC' ? '' : cities[cldrId] ?? '';
    return [name, city === cityFromId(id) ? '' : city];
  });
  for (const alias of aliases[id] ?? []) if (typeof alias !== 'string') throw new Error(`bad alias for ${id}`);
  return [id, country, cldr.goldenZones.has(cldrId) ? 1 : 0, ...named, aliases[id] ?? []];
});
for (const id of Object.keys(aliases)) {
  if (!id.startsWith('_') && !rows.some((row) => row[0] === id)) throw new Error(`${aliasesFile}: ${id} is not a zone of zone.tab`);
}

const text = `${JSON.stringify({ cldr: cldr.version, zones: rows })}\n`;
fs.mkdirSync(path.dirname(outFile), { recursive: true });
if (!fs.existsSync(outFile) || fs.readFileSync(outFile, 'utf8') !== text) fs.writeFileSync(outFile, text);
