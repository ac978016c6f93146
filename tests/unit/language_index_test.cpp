// The language index (locale/language_index.h) is what the WebAssembly build knows of every
// language without its data: it must say what each language's data says.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "locale/cldr_zone.h"
#include "locale/language_index.h"
#include "locale/locale.h"
#include "noticekit/noticekit.h"

using noticekit::locale::Locale;

TEST_CASE("the language index agrees with every language's data", "[locale]") {
  const auto& index = noticekit::locale::language_index();
  std::vector<std::string> tags;
  for (const auto& facts : index) tags.push_back(facts.tag);
  CHECK(tags == Locale::tags());
  for (const auto& facts : index) {
    INFO(facts.tag);
    const Locale* loc = Locale::find(facts.tag);
    REQUIRE(loc);
    for (int m = 1; m <= 12; ++m) {
      CHECK(facts.months.at(m - 1) == loc->month(m));
      CHECK(facts.months_short.at(m - 1) == loc->month_short(m));
    }
    CHECK(facts.function_words == loc->function_words());
    const auto lineage = noticekit::locale::lineage(facts.tag);
    for (const auto& tag : Locale::tags())
      CHECK(loc->reads_as_own(tag) ==
            (std::find(lineage.begin(), lineage.end(), tag) != lineage.end()));
    // text_preference: the lineage, the stand-ins, then en.
    std::vector<std::string> preference = lineage;
    preference.insert(preference.end(), facts.text_fallbacks.begin(), facts.text_fallbacks.end());
    if (std::find(preference.begin(), preference.end(), "en") == preference.end())
      preference.emplace_back("en");
    CHECK(loc->text_preference() == preference);
  }
}

TEST_CASE("the native build has every language's data: no call waits for one", "[locale]") {
  CHECK(noticekit::missing_languages(R"({"languages":["zh-TW","fr"]})").empty());
  CHECK(noticekit::missing_languages(R"({"languages":["en-GB","ja"],"time_zone":"Asia/Tokyo",
      "audience":{"time_zones":["Europe/London","America/Punta_Arenas"]}})")
            .empty());
  CHECK(noticekit::add_language("en", "{}") == "en: its data is already there");
  CHECK(noticekit::add_language("xx", "{}") == "xx: no locale has this tag");
  CHECK(noticekit::add_language("en.zones-Asia", "{}") ==
        "en.zones-Asia: its data is already there");
  CHECK(noticekit::add_language("xx.zones-Asia", "{}") == "xx.zones-Asia: no locale has this tag");
  CHECK(noticekit::add_language("en.zones-Mars", "{}") ==
        "en.zones-Mars: en has no zone names of this area");
  // en-US names zones as en does: it has no part of its own.
  CHECK(noticekit::add_language("en-US.zones-Asia", "{}") ==
        "en-US.zones-Asia: en-US has no zone names of this area");
}

TEST_CASE("a zone's names are in the part of its CLDR id's area", "[locale]") {
  using noticekit::locale::zone_area;
  CHECK(zone_area("Asia/Shanghai") == "Asia");
  CHECK(zone_area("Asia/Kolkata") == "Asia");   // CLDR's Asia/Calcutta
  CHECK(zone_area("US/Eastern") == "America");  // CLDR's America/New_York
  CHECK(zone_area("Asia/Amman") == "Asia");     // no metazone
  CHECK(zone_area("Etc/UTC") == "Etc");
  CHECK(zone_area("Mars/Olympus_Mons").empty());
  // A base language names the zones of every area.
  for (const auto& facts : noticekit::locale::language_index()) {
    if (!facts.parent.empty()) continue;
    INFO(facts.tag);
    for (const char* area : {"Africa", "America", "Asia", "Australia", "Europe", "Pacific"})
      CHECK(std::find(facts.zone_parts.begin(), facts.zone_parts.end(), area) !=
            facts.zone_parts.end());
  }
}
