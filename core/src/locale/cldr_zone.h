// What CLDR calls a zone, for naming it in a language: CLDR's own id (IANA's Asia/Kolkata is
// "Asia/Calcutta" there) and the metazone the zone uses today ("India"), whose names most
// languages give. The table is written at build time by tools/gen-cldr-zones.mjs.
#pragma once

#include <optional>
#include <string_view>

namespace noticekit::locale {

struct CldrZone {
  std::string_view id;        // "Europe/Berlin"
  std::string_view metazone;  // "Europe_Central"; empty when the zone uses none
};

// nullopt for an id CLDR does not know.
std::optional<CldrZone> cldr_zone(std::string_view iana);

// The area of a zone's CLDR id ("Asia" for Asia/Shanghai): a language's zone names are split
// into parts by it, so that a page fetches the names of its sheet's zones only (each part has
// the cities and names of its zones and of the metazones they use; tools/gen-cldr-zones.mjs
// writes them by the same rule). Empty for an id CLDR does not know.
std::string_view zone_area(std::string_view iana);

}  // namespace noticekit::locale
