// CLDR's zone data as the generators read it, from the npm packages cldr-dates-full,
// cldr-core and cldr-bcp47 (pinned in package-lock.json): which metazone a zone uses today,
// each zone id's CLDR id, and a language's names of metazones, zones and cities. Used by
// gen-cldr-zones.mjs (the names notices use) and gen-zone-search.mjs (the page's zone
// search), so both say the same names.
import fs from 'node:fs';
import path from 'node:path';

// CLDR writes a zone tree {"America": {"Argentina": {"Buenos_Aires": leaf}}}; a leaf is what
// isLeaf says it is. Yields [id, leaf].
function* zonesOf(tree, isLeaf, prefix = '') {
  for (const [key, value] of Object.entries(tree)) {
    const id = prefix ? `${prefix}/${key}` : key;
    if (isLeaf(value)) yield [id, value];
    else yield* zonesOf(value, isLeaf, id);
  }
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

export function loadCldrZones(cldrDir) {
  const readJson = (...parts) => JSON.parse(fs.readFileSync(path.join(cldrDir, ...parts), 'utf8'));
  const version = readJson('cldr-core', 'package.json').version;

  // Today's metazone of each CLDR zone id, and each metazone's "golden" zone (the one that
  // stands for it, territory 001: America/New_York for Eastern Time).
  const metaZones = readJson('cldr-core', 'supplemental', 'metaZones.json').supplemental.metaZones;
  const metazoneOf = new Map();
  for (const [id, periods] of zonesOf(metaZones.metazoneInfo.timezone, Array.isArray)) {
    const current = periods.find((p) => !('_to' in p.usesMetazone));
    if (current) metazoneOf.set(id, current.usesMetazone._mzone);
  }
  const inUse = new Set(metazoneOf.values());
  const goldenZones = new Set(metaZones.metazones.map((m) => m.mapZone)
    .filter((m) => m._territory === '001').map((m) => m._type));

  // bcp47/timezone.json lists each zone's ids, CLDR's own first: "_alias": "Asia/Calcutta
  // Asia/Kolkata". rows: every id → [CLDR id, metazone in use today or ""].
  const rows = new Map();
  for (const [key, entry] of Object.entries(readJson('cldr-bcp47', 'bcp47', 'timezone.json')
    .keyword.u.tz)) {
    if (key.startsWith('_') || !entry._alias || entry._deprecated === 'true') continue;
    const ids = entry._alias.split(' ');
    for (const id of ids) rows.set(id, [ids[0], metazoneOf.get(ids[0]) ?? '']);
  }

  const likelySubtags = readJson('cldr-core', 'supplemental', 'likelySubtags.json').supplemental
    .likelySubtags;
  const available = new Set(fs.readdirSync(path.join(cldrDir, 'cldr-dates-full', 'main')));

  // Our language tag → CLDR's locale: the tag, else CLDR's likely subtags with the region
  // dropped (zh-TW → zh-Hant-TW → zh-Hant: the script decides the names, the region rarely).
  function cldrLocaleFor(tag) {
    const likely = likelySubtags[tag]?.split('-') ?? [];
    const candidates = [tag, likely.join('-'), likely.slice(0, 2).join('-'), tag.split('-')[0]];
    const found = candidates.find((c) => c && available.has(c));
    if (!found) throw new Error(`no CLDR locale for ${tag} (tried ${candidates.join(', ')})`);
    return found;
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

  return { version, metazoneOf, goldenZones, rows, cldrLocaleFor, namesFor };
}
