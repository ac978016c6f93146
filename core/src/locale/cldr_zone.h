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

}  // namespace noticekit::locale
