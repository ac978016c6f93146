#include "locale/cldr_zone.h"

#include <algorithm>
#include <iterator>

namespace noticekit::locale {
namespace {

struct Row {
  const char* iana;
  const char* id;
  const char* metazone;
};

constexpr Row kRows[] = {
#include "zone_cldr_table.inc"
};

constexpr bool sorted_by_iana() {
  for (std::size_t i = 1; i < std::size(kRows); ++i)
    if (!(std::string_view(kRows[i - 1].iana) < kRows[i].iana)) return false;
  return true;
}
static_assert(sorted_by_iana(), "zone_cldr_table.inc must be sorted by zone id, without repeats");

}  // namespace

std::optional<CldrZone> cldr_zone(std::string_view iana) {
  const auto* row = std::lower_bound(std::begin(kRows), std::end(kRows), iana,
                                     [](const Row& r, std::string_view id) { return r.iana < id; });
  if (row == std::end(kRows) || std::string_view(row->iana) != iana) return std::nullopt;
  return CldrZone{row->id, row->metazone};
}

std::string_view zone_area(std::string_view iana) {
  const auto zone = cldr_zone(iana);
  return zone ? zone->id.substr(0, zone->id.find('/')) : std::string_view();
}

}  // namespace noticekit::locale
