// Dates and times as each language writes them: one row per locale and situation — a plain
// night window, one that crosses midnight into a new month, and one over a DST change (each
// end then carries its own offset). The expected strings are read and checked by a speaker's
// eye; the data behind them is core/locales/<tag>/notice.json.
#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "compose/when.h"

namespace {

using noticekit::compose::Length;
using noticekit::compose::WhenWriter;

struct Row {
  const char* tag;
  const char* zone;
  const char* start;  // local wall-clock times in `zone`
  const char* end;
  Length length;
  const char* expected;
  bool end_is_estimate = false;
};
constexpr bool estimate = true;

// Situations, in the zones their readers live in (WhenWriter::Readers::at_home).
#define NIGHT(zone) zone, "2026-12-05T02:00", "2026-12-05T06:00"
#define OVERNIGHT(zone) zone, "2026-12-05T22:00", "2026-12-06T06:00"
#define MONTH_END(zone) zone, "2026-11-30T22:00", "2026-12-01T02:30"
#define FIRST_OF_MONTH(zone) zone, "2026-12-01T02:00", "2026-12-01T06:00"
#define DST_BERLIN "Europe/Berlin", "2026-10-25T01:00", "2026-10-25T04:00"
#define DST_NEW_YORK "America/New_York", "2026-03-08T01:00", "2026-03-08T04:00"

// clang-format off
const Row rows[] = {
    // China's "CST" is also US Central time: English names it as Chinese banks' English notices do.
    {"en", NIGHT("Asia/Shanghai"), Length::full, "Saturday 5 December 2026, 02:00 to 06:00 Beijing time (UTC+8)"},
    {"en", OVERNIGHT("Asia/Shanghai"), Length::compact, "Sat 5 Dec, 22:00 to Sun 6 Dec, 06:00 Beijing time"},
    {"en", NIGHT("Asia/Hong_Kong"), Length::full, "Saturday 5 December 2026, 02:00 to 06:00 HKT (UTC+8)"},
    // GMT is the name of UTC+0: "GMT (UTC)" would say it twice. Summer time keeps its offset.
    {"en", MONTH_END("Europe/London"), Length::full,
     "Monday 30 November 2026, 22:00 to Tuesday 1 December, 02:30 GMT"},
    {"en", MONTH_END("Europe/London"), Length::brief, "Mon 30 Nov, 22:00 to Tue 1 Dec, 02:30 GMT"},
    // A night in subjects and SMS names both dates, so it reads as one stretch, not as daily hours.
    {"en", OVERNIGHT("Europe/London"), Length::compact, "Sat 5 Dec, 22:00 to Sun 6 Dec, 06:00 GMT"},
    {"en", MONTH_END("Europe/London"), Length::compact, "Mon 30 Nov, 22:00 to Tue 1 Dec, 02:30 GMT"},
    {"en", DST_BERLIN, Length::full,
     "Sunday 25 October 2026, 01:00 CEST (UTC+2) to 04:00 CET (UTC+1)"},
    // An estimated end is marked on the end time, outside the zone's brackets.
    {"en", NIGHT("Asia/Shanghai"), Length::full, "Saturday 5 December 2026, 02:00 to approximately 06:00 Beijing time (UTC+8)",
     estimate},

    {"en-US", NIGHT("America/New_York"), Length::full,
     "Saturday, December 5, 2026, 2:00 AM to 6:00 AM EST (UTC−5)"},
    {"en-US", MONTH_END("America/Chicago"), Length::brief,
     "Mon, Nov 30, 10:00 PM to Tue, Dec 1, 2:30 AM CST"},
    {"en-US", OVERNIGHT("America/New_York"), Length::compact, "Sat, Dec 5, 10:00 PM to Sun, Dec 6, 6:00 AM EST"},
    {"en-US", NIGHT("Asia/Shanghai"), Length::full,
     "Saturday, December 5, 2026, 2:00 AM to 6:00 AM Beijing time (UTC+8)"},
    {"en-US", DST_NEW_YORK, Length::full,
     "Sunday, March 8, 2026, 1:00 AM EST (UTC−5) to 4:00 AM EDT (UTC−4)"},

    {"en-GB", NIGHT("Europe/London"), Length::full, "Saturday 5 December 2026, 2am to 6am UK time"},
    // GOV.UK style names a zone without an offset ("UK time"); so does en-GB for Beijing time.
    {"en-GB", NIGHT("Asia/Shanghai"), Length::full, "Saturday 5 December 2026, 2am to 6am Beijing time"},
    {"en-GB", MONTH_END("Europe/London"), Length::full,
     "Monday 30 November 2026, 10pm to Tuesday 1 December, 2:30am UK time"},
    {"en-GB", OVERNIGHT("Europe/London"), Length::compact, "Sat 5 Dec, 10pm to Sun 6 Dec, 6am UK time"},
    // GOV.UK writes midday "midday", not "12pm" (clock_words in en-GB/notice.json).
    {"en-GB", "Europe/London", "2026-12-05T22:00", "2026-12-06T12:00", Length::full,
     "Saturday 5 December 2026, 10pm to Sunday 6 December, midday UK time"},
    {"en-GB", "Europe/London", "2026-12-05T22:00", "2026-12-06T12:00", Length::compact,
     "Sat 5 Dec, 10pm to Sun 6 Dec, approx. midday UK time", estimate},
    {"en-GB", "Europe/London", "2026-12-05T09:00", "2026-12-05T12:30", Length::full,
     "Saturday 5 December 2026, 9am to 12:30pm UK time"},
    {"en-US", "America/New_York", "2026-12-05T09:00", "2026-12-05T12:00", Length::full,
     "Saturday, December 5, 2026, 9:00 AM to noon EST (UTC−5)"},

    {"zh-CN", NIGHT("Asia/Shanghai"), Length::full, "北京时间2026年12月5日（星期六）02:00至06:00"},
    {"zh-CN", MONTH_END("Asia/Shanghai"), Length::brief, "11月30日22:00至12月1日02:30"},
    {"zh-CN", OVERNIGHT("Asia/Shanghai"), Length::compact, "12月5日22:00至6日06:00"},
    // Ending at midnight ends "at 24:00" on the first day, also in the compact form.
    {"zh-CN", "Asia/Shanghai", "2026-09-02T20:00", "2026-09-03T00:00", Length::compact, "9月2日20:00至24:00"},
    {"zh-CN", DST_BERLIN, Length::full,
     "2026年10月25日（星期日）中欧夏令时间（UTC+2）01:00至中欧时间（UTC+1）04:00"},
    // Chinese, Japanese and Korean mark the whole window as an estimate (window.estimate).
    {"zh-CN", NIGHT("Asia/Shanghai"), Length::full, "北京时间2026年12月5日（星期六）02:00至06:00（预计）", estimate},

    {"zh-TW", NIGHT("Asia/Taipei"), Length::full, "2026年12月5日（星期六）02:00至06:00"},
    {"zh-TW", MONTH_END("Asia/Taipei"), Length::brief, "11月30日22:00至12月1日02:30"},
    {"zh-TW", DST_BERLIN, Length::full, "2026年10月25日（星期日）中歐夏令時間（UTC+2）01:00至中歐時間（UTC+1）04:00"},
    {"zh-TW-u-ca-roc", NIGHT("Asia/Taipei"), Length::full, "115年12月5日（星期六）02:00至06:00"},
    {"zh-TW-u-ca-roc", MONTH_END("Asia/Taipei"), Length::brief, "11月30日22:00至12月1日02:30"},
    {"zh-TW-u-ca-roc", DST_BERLIN, Length::full, "115年10月25日（星期日）中歐夏令時間（UTC+2）01:00至中歐時間（UTC+1）04:00"},
    {"ja", NIGHT("Asia/Tokyo"), Length::full, "2026年12月5日（土）2:00～6:00"},
    {"ja", MONTH_END("Asia/Tokyo"), Length::brief, "11月30日（月）22:00～12月1日（火）2:30"},
    {"ja", DST_BERLIN, Length::full, "2026年10月25日（日）中央ヨーロッパ夏時間（UTC+2）1:00～中央ヨーロッパ時間（UTC+1）4:00"},
    {"ja", NIGHT("Asia/Tokyo"), Length::compact, "12月5日（土）2:00～6:00（見込み）", estimate},
    {"ko", NIGHT("Asia/Seoul"), Length::full, "2026년 12월 5일(토) 02:00 ~ 06:00"},
    {"ko", MONTH_END("Asia/Seoul"), Length::brief, "11월 30일(월) 22:00 ~ 12월 1일(화) 02:30"},
    {"ko", DST_BERLIN, Length::full, "2026년 10월 25일(일) 중부유럽 하계 표준시(UTC+2) 01:00 ~ 중부유럽 시간(UTC+1) 04:00"},
    // The space between a zone and the date is the phrase's, whatever names the zone.
    {"ko", NIGHT("Asia/Shanghai"), Length::brief, "중국 시간 12월 5일(토) 02:00 ~ 06:00"},
    {"ko", NIGHT("Asia/Kolkata"), Length::brief, "인도 표준시 12월 5일(토) 02:00 ~ 06:00"},
    {"zh-CN", NIGHT("Asia/Dubai"), Length::full, "海湾标准时间（UTC+4）2026年12月5日（星期六）02:00至06:00"},
    {"es", NIGHT("Europe/Madrid"), Length::full, "el sábado 5 de diciembre de 2026, de 02:00 a 06:00 (hora de Europa central, UTC+1)"},
    {"es", MONTH_END("Europe/Madrid"), Length::brief, "desde el 30 nov a las 22:00 hasta el 1 dic a las 02:30"},
    {"es", MONTH_END("Europe/Madrid"), Length::full,
     "desde el lunes 30 de noviembre de 2026 a las 22:00 hasta el martes 1 de diciembre a las 02:30 (hora de Europa central, UTC+1)"},
    {"es", OVERNIGHT("Europe/Madrid"), Length::compact, "del 5 dic, 22:00, al 6 dic, 06:00"},
    {"es", OVERNIGHT("Europe/Madrid"), Length::compact, "del 5 dic, 22:00, al 6 dic, 06:00 aprox.", estimate},
    {"es", NIGHT("Europe/Madrid"), Length::full,
     "el sábado 5 de diciembre de 2026, de 02:00 a 06:00 aproximadamente (hora de Europa central, UTC+1)", estimate},
    {"es", DST_BERLIN, Length::full, "el domingo 25 de octubre de 2026, de 01:00 (hora de verano de Europa central, UTC+2) a 04:00 (hora de Europa central, UTC+1)"},
    {"fr", NIGHT("Europe/Paris"), Length::full, "le samedi 5 décembre 2026 de 2 h à 6 h (heure d’Europe centrale, UTC+1)"},
    // French writes the first of a month "1er" (day_numbers in fr/notice.json).
    {"fr", MONTH_END("Europe/Paris"), Length::brief, "du lun. 30 nov. à 22 h au mar. 1er déc. à 2 h 30"},
    {"fr", MONTH_END("Europe/Paris"), Length::full,
     "du lundi 30 novembre 2026 à 22 h au mardi 1er décembre à 2 h 30 (heure d’Europe centrale, UTC+1)"},
    {"fr", OVERNIGHT("Europe/Paris"), Length::compact, "du sam. 5 déc. 22 h au dim. 6 déc. 6 h"},
    {"fr", MONTH_END("Europe/Paris"), Length::compact, "du lun. 30 nov. 22 h au mar. 1er déc. 2 h 30"},
    {"fr", FIRST_OF_MONTH("Europe/Paris"), Length::full, "le mardi 1er décembre 2026 de 2 h à 6 h (heure d’Europe centrale, UTC+1)"},
    {"fr", MONTH_END("Europe/Paris"), Length::brief,
     "du lun. 30 nov. à 22 h au mar. 1er déc. à 2 h 30 environ", estimate},
    {"fr", DST_BERLIN, Length::full, "le dimanche 25 octobre 2026 de 1 h (heure d’été d’Europe centrale, UTC+2) à 4 h (heure d’Europe centrale, UTC+1)"},
    {"de", NIGHT("Europe/Berlin"), Length::full, "am Samstag, 5. Dezember 2026, von 02:00 Uhr bis 06:00 Uhr (MEZ, UTC+1)"},
    {"de", FIRST_OF_MONTH("Europe/Berlin"), Length::full,
     "am Dienstag, 1. Dezember 2026, von 02:00 Uhr bis 06:00 Uhr (MEZ, UTC+1)"},
    {"de", MONTH_END("Europe/Berlin"), Length::brief, "von Mo., 30. Nov., 22:00 Uhr, bis Di., 1. Dez., 02:30 Uhr"},
    {"de", OVERNIGHT("Europe/Berlin"), Length::compact,
     "von Sa., 5. Dez., 22:00 Uhr, bis So., 6. Dez., 06:00 Uhr"},
    {"de", MONTH_END("Europe/Berlin"), Length::full,
     "von Montag, 30. November 2026, 22:00 Uhr, bis Dienstag, 1. Dezember, 02:30 Uhr (MEZ, UTC+1)"},
    {"de", DST_BERLIN, Length::full, "am Sonntag, 25. Oktober 2026, von 01:00 Uhr (MESZ, UTC+2) bis 04:00 Uhr (MEZ, UTC+1)"},
    {"de", DST_BERLIN, Length::full,
     "am Sonntag, 25. Oktober 2026, von 01:00 Uhr (MESZ, UTC+2) bis voraussichtlich 04:00 Uhr (MEZ, UTC+1)",
     estimate},
    {"de", NIGHT("Europe/Berlin"), Length::compact, "am Sa., 5. Dez., von 02:00 Uhr bis ca. 06:00 Uhr",
     estimate},
};
// clang-format on

// A single moment (when an outage began, when the next update comes): the zone the reader
// assumes goes unsaid in short forms, and leaves no space behind.
struct MomentRow {
  const char* tag;
  const char* zone;
  const char* at;
  Length length;
  const char* expected;
};

// clang-format off
const MomentRow moments[] = {
    {"ko", "Asia/Seoul", "2026-12-05T22:00", Length::full, "2026년 12월 5일(토) 22:00"},
    {"ko", "Asia/Seoul", "2026-12-05T22:00", Length::brief, "12월 5일(토) 22:00"},
    {"ko", "Asia/Shanghai", "2026-12-05T22:00", Length::brief, "중국 시간 12월 5일(토) 22:00"},
    {"ko", "Asia/Dubai", "2026-12-05T22:00", Length::brief, "걸프만 표준시 12월 5일(토) 22:00"},
    {"zh-CN", "Asia/Shanghai", "2026-12-05T22:00", Length::brief, "12月5日22:00"},
    {"zh-CN", "Asia/Shanghai", "2026-12-05T22:00", Length::full, "北京时间2026年12月5日（星期六）22:00"},
    {"ja", "Asia/Tokyo", "2026-12-05T22:00", Length::brief, "12月5日（土）22:00"},
    {"zh-TW", "Asia/Taipei", "2026-12-05T22:00", Length::full, "2026年12月5日（星期六）22:00"},
};
// clang-format on

noticekit::time::UtcSeconds utc(const noticekit::time::Zone& zone, const char* local) {
  return zone.to_utc(*noticekit::time::parse_local_datetime(local)).utc;
}

}  // namespace

TEST_CASE("each locale writes windows its own way", "[locale][when]") {
  for (const Row& row : rows) {
    const auto* locale = noticekit::locale::Locale::find(row.tag);
    const auto zone = noticekit::time::Zone::find(row.zone);
    REQUIRE(locale);
    REQUIRE(zone);
    const WhenWriter when(*locale, *zone, WhenWriter::Readers::at_home);
    INFO(row.tag << " " << row.zone << " " << row.start);
    CHECK(when.window(utc(*zone, row.start), utc(*zone, row.end), row.end_is_estimate,
                      row.length) == row.expected);
  }
}

// Nights and a window without an end, all in one zone: one list under the zone where the
// language names the zone first ("…每日23:00至次日05:00，以及12月19日23:00起"), never "；" and the
// zone again, which leaves the first clause without its verb. English names the zone after the
// times, so the open window keeps its own, before "until further notice".
TEST_CASE("a window without an end joins the list of the others", "[locale][when]") {
  const auto zone = noticekit::time::Zone::find("Asia/Shanghai");
  REQUIRE(zone);
  const std::vector<noticekit::compose::WindowTimes> windows = {
      {utc(*zone, "2026-12-12T23:00"), utc(*zone, "2026-12-13T05:00")},
      {utc(*zone, "2026-12-15T23:00"), utc(*zone, "2026-12-16T05:00")},
      {utc(*zone, "2026-12-19T23:00"), std::nullopt}};
  const auto said = [&](const char* tag) {
    const auto* locale = noticekit::locale::Locale::find(tag);
    REQUIRE(locale);
    const WhenWriter when(*locale, *zone, WhenWriter::Readers::at_home);
    return when.windows(windows, Length::brief, noticekit::compose::Placement::sentence);
  };
  CHECK(said("zh-CN") == "12月12日、15日每日23:00至次日05:00，以及12月19日23:00起");
  CHECK(said("en") ==
        "on Sat 12 and Tue 15 Dec, each night 23:00 to 05:00 the next day Beijing time; from Sat "
        "19 Dec, 23:00 Beijing time, until further notice");
}

// "(heure de Pékin) (fin estimée)" read as two afterthoughts; no language puts two brackets in a
// row, whatever the zone, the length or a DST change inside the window.
TEST_CASE("an estimated end never stacks brackets", "[locale][when]") {
  const char* const zones[] = {"Asia/Shanghai", "Europe/Berlin", "America/New_York",
                               "Asia/Kolkata"};
  const Length lengths[] = {Length::full, Length::brief, Length::compact};
  for (const auto& tag : noticekit::locale::Locale::tags()) {
    const auto* locale = noticekit::locale::Locale::find(tag);
    REQUIRE(locale);
    for (const char* name : zones) {
      const auto zone = noticekit::time::Zone::find(name);
      REQUIRE(zone);
      const WhenWriter when(*locale, *zone, WhenWriter::Readers::at_home);
      for (const Length length : lengths) {
        for (const auto& [start, end] : {std::pair{"2026-12-05T22:00", "2026-12-06T06:00"},
                                         std::pair{"2026-10-25T01:00", "2026-10-25T04:00"},
                                         std::pair{"2026-12-05T09:00", "2026-12-07T18:00"}}) {
          const std::string text = when.window(utc(*zone, start), utc(*zone, end), true, length);
          INFO(tag << " " << name << " " << start << ": " << text);
          for (const char* stacked : {") (", ")(", "）（", "）(", ")（"})
            CHECK(text.find(stacked) == std::string::npos);
        }
      }
    }
  }
}

TEST_CASE("the first of the month is written the language's way", "[locale][when]") {
  const auto zone = noticekit::time::Zone::find("Europe/Paris");
  REQUIRE(zone);
  const auto first = *noticekit::time::parse_local_datetime("2026-12-01T09:00");
  const auto second = *noticekit::time::parse_local_datetime("2026-12-02T09:00");
  struct Expected {
    const char* tag;
    const char* first;
    const char* second;
  };
  for (const Expected& row : {Expected{"fr", "1er décembre 2026", "2 décembre 2026"},
                              Expected{"en", "1 December 2026", "2 December 2026"},
                              Expected{"en-US", "December 1, 2026", "December 2, 2026"},
                              Expected{"es", "1 de diciembre de 2026", "2 de diciembre de 2026"},
                              Expected{"de", "1. Dezember 2026", "2. Dezember 2026"}}) {
    const auto* locale = noticekit::locale::Locale::find(row.tag);
    REQUIRE(locale);
    const WhenWriter when(*locale, *zone, WhenWriter::Readers::at_home);
    INFO(row.tag);
    CHECK(when.issued_date(first) == row.first);
    CHECK(when.issued_date(second) == row.second);
  }
}

TEST_CASE("each locale writes a moment its own way", "[locale][when]") {
  for (const MomentRow& row : moments) {
    const auto* locale = noticekit::locale::Locale::find(row.tag);
    const auto zone = noticekit::time::Zone::find(row.zone);
    REQUIRE(locale);
    REQUIRE(zone);
    INFO(row.tag << " " << row.zone << " " << row.at);
    CHECK(WhenWriter(*locale, *zone, WhenWriter::Readers::at_home)
              .moment(utc(*zone, row.at), row.length) == row.expected);
  }
}

// The rows above are read at home. A reader elsewhere is always told the zone, even one the
// language leaves unsaid at home, by the kind of name the language uses (zone_name_forms).
TEST_CASE("readers in other zones are told the zone", "[locale][when]") {
  const struct {
    const char* tag;
    const char* zone;
    Length length;
    const char* expected;
  } rows[] = {
      {"ja", "Asia/Tokyo", Length::full, "日本時間（UTC+9）2026年12月5日（土）22:00"},
      {"ja", "Asia/Tokyo", Length::brief, "日本時間12月5日（土）22:00"},
      {"ko", "Asia/Seoul", Length::brief, "한국 시간 12월 5일(토) 22:00"},
      {"zh-TW", "Asia/Taipei", Length::full, "台北時間（UTC+8）2026年12月5日（星期六）22:00"},
      {"zh-CN", "Asia/Shanghai", Length::brief, "北京时间12月5日22:00"},
      {"fr", "Europe/Paris", Length::brief, "sam. 5 déc. à 22 h (UTC+1)"},
      {"de", "Europe/Berlin", Length::brief, "Sa., 5. Dez., 22:00 Uhr (MEZ)"},
  };
  for (const auto& row : rows) {
    const auto zone = noticekit::time::Zone::find(row.zone);
    REQUIRE(zone);
    INFO(row.tag << " " << row.zone);
    CHECK(WhenWriter(*noticekit::locale::Locale::find(row.tag), *zone)
              .moment(utc(*zone, "2026-12-05T22:00"), row.length) == row.expected);
  }
}

// A zone the language has no name for is named by its place, never by its IANA id
// ("In other time zones: Berlin: …", not "Europe/Berlin: …").
TEST_CASE("a zone is named for readers, never by its IANA id", "[locale][when]") {
  const std::pair<const char*, const char*> rows[] = {
      {"Asia/Shanghai", "Beijing time"},  // the language's own name
      {"Europe/Berlin", "Berlin"},
      {"America/Sao_Paulo", "Brasilia time"},  // the language's own name again
      {"America/Bogota", "Bogotá"},            // CLDR's exemplar city
      {"America/Argentina/Buenos_Aires", "Buenos Aires"},
      {"Etc/GMT+3", "UTC−3"},  // Etc ids count west as plus
      {"Etc/UTC", "UTC"},
  };
  const auto* en = noticekit::locale::Locale::find("en");
  REQUIRE(en);
  for (const auto& [iana, expected] : rows) {
    const auto zone = noticekit::time::Zone::find(iana);
    REQUIRE(zone);
    INFO(iana);
    CHECK(WhenWriter(*en, *zone).zone_title() == expected);
  }
}
