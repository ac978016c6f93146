// Time zones: parsing wall-clock times, weekdays, IANA name lookup, local ↔ UTC conversion
// (including DST gaps and overlaps), offsets and abbreviations, and offset formatting.
//
// Every expected value is a real-world fact a reader can check, e.g. with GNU date:
//   TZ=America/New_York date -d '2026-03-08 09:12' -u     → 2026-03-08 13:12 UTC
//   zdump -v -c 2026,2027 Europe/London                   → the 2026 transitions
// Rules used below (as in force for 2026):
//   US (America/New_York): EDT from the 2nd Sunday of March 02:00 (2026-03-08) to the 1st
//     Sunday of November 02:00 (2026-11-01); EST = UTC−5, EDT = UTC−4.
//   EU (Europe/London, Berlin, Dublin; Greenland's America/Nuuk since 2024): summer time
//     from the last Sunday of March 01:00 UTC (2026-03-29) to the last Sunday of October
//     01:00 UTC (2026-10-25).
//   Australia/Lord_Howe: UTC+10:30, +11 (a 30-minute shift) from the 1st Sunday of October
//     02:00 (2026-10-04) to the 1st Sunday of April 02:00 (2026-04-05).
//   No DST: China (CST, UTC+8), Japan (JST, UTC+9), India (IST, UTC+5:30), Nepal (UTC+5:45),
//     Brazil (UTC−3, since 2019).
#include <catch2/catch.hpp>

#include <chrono>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "time/zone.h"

namespace {

using noticekit::time::format_utc_offset;
using noticekit::time::LocalDateTime;
using noticekit::time::LocalTimeKind;
using noticekit::time::parse_local_datetime;
using noticekit::time::UtcSeconds;
using noticekit::time::weekday;
using noticekit::time::Zone;

// "YYYY-MM-DDTHH:MM[:SS]Z" → seconds since the epoch, with std::chrono's calendar (not the
// code under test).
UtcSeconds utc(std::string_view iso) {
  int y = 0;
  unsigned mo = 0, d = 0, h = 0, mi = 0, s = 0;
  const std::string text(iso);
  if (std::sscanf(text.c_str(), "%d-%u-%uT%u:%u:%u", &y, &mo, &d, &h, &mi, &s) < 5) {
    FAIL("bad test timestamp " << text);
  }
  const std::chrono::sys_days day{std::chrono::year{y} / std::chrono::month{mo} /
                                  std::chrono::day{d}};
  return std::chrono::duration_cast<std::chrono::seconds>(day.time_since_epoch()).count() +
         h * 3600 + mi * 60 + s;
}

LocalDateTime local(std::string_view text) {
  const std::optional<LocalDateTime> t = parse_local_datetime(text);
  if (!t) FAIL("bad test local time " << text);
  return *t;
}

std::string show(const LocalDateTime& t) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", t.year, t.month, t.day, t.hour,
                t.minute);
  return buf;
}

const char* show(LocalTimeKind k) {
  switch (k) {
    case LocalTimeKind::unique: return "unique";
    case LocalTimeKind::nonexistent: return "nonexistent";
    case LocalTimeKind::ambiguous: return "ambiguous";
  }
  return "?";
}

}  // namespace

TEST_CASE("the test helper utc() agrees with known epoch seconds", "[time][zone]") {
  CHECK(utc("1970-01-01T00:00Z") == 0);
  CHECK(utc("2000-01-01T00:00Z") == 946684800);   // date -u -d 2000-01-01 +%s
  CHECK(utc("2026-03-08T07:00Z") == 1772953200);  // date -u -d '2026-03-08 07:00' +%s
  CHECK(utc("2026-03-08T06:59:59Z") == 1772953199);
}

TEST_CASE("parse_local_datetime accepts only strict YYYY-MM-DDTHH:MM[:00]", "[time][zone]") {
  struct Accept {
    const char* text;
    LocalDateTime want;
  };
  const Accept accepts[] = {
      {"2026-12-05T22:00", {2026, 12, 5, 22, 0}},
      {"2026-12-05T22:00:00", {2026, 12, 5, 22, 0}},  // seconds allowed when zero
      {"2026-01-01T00:00", {2026, 1, 1, 0, 0}},
      {"2026-12-31T23:59", {2026, 12, 31, 23, 59}},
      {"2024-02-29T08:30", {2024, 2, 29, 8, 30}},  // 2024 is a leap year
      {"2000-02-29T12:00", {2000, 2, 29, 12, 0}},  // 2000: divisible by 400, leap
      {"2026-04-30T09:05", {2026, 4, 30, 9, 5}},
      {"9999-12-31T23:59", {9999, 12, 31, 23, 59}},
  };
  for (const auto& row : accepts) {
    INFO("input: " << row.text);
    const auto got = parse_local_datetime(row.text);
    REQUIRE(got.has_value());
    CHECK(show(*got) == show(row.want));
    CHECK(*got == row.want);
  }

  const char* const rejects[] = {
      "2026-02-30T10:00",     // February never has 30 days
      "2026-02-29T10:00",     // 2026 is not a leap year
      "1900-02-29T10:00",     // 1900: divisible by 100, not 400: not a leap year
      "2026-04-31T10:00",     // April has 30 days
      "2026-13-01T10:00",     // no month 13
      "2026-00-10T10:00",     // no month 0
      "2026-12-00T10:00",     // no day 0
      "2026-12-32T10:00",     // no day 32
      "2026-12-05T24:00",     // 24:00 is not accepted; write the next day's 00:00
      "2026-12-05T23:60",     // no minute 60
      "2026-12-05T22:00:30",  // minute precision: only :00 seconds
      "2026-12-05T22:00:60",  // no leap seconds either
      "2026-12-05T22:00Z",    // the zone comes from the fact sheet, not the time
      "2026-12-05T22:00:00Z",
      "2026-12-05T22:00+08:00",  // an offset is not allowed either
      "2026-12-05T22:00 ",       // trailing junk
      " 2026-12-05T22:00",       // leading junk
      "2026-12-05T22:00\n",
      "2026-12-05 22:00",  // the separator is 'T'
      "2026-12-05t22:00",
      "2026/12/05T22:00",
      "2026-12-5T22:00",  // fields are zero-padded
      "2026-12-05T2:00",
      "26-12-05T22:00",  // four-digit year
      "+2026-12-05T22:00",
      "2026-12-05T-1:00",
      "2026-12-05",  // a date alone is not a time
      "22:00",
      "",
  };
  for (const char* text : rejects) {
    INFO("input: \"" << text << "\"");
    CHECK_FALSE(parse_local_datetime(text).has_value());
  }
  // An embedded NUL is junk too.
  CHECK_FALSE(parse_local_datetime(std::string_view("2026-12-05T22:0\0", 16)).has_value());
}

TEST_CASE("weekday: 0 = Sunday … 6 = Saturday", "[time][zone]") {
  struct Row {
    const char* text;
    int want;
  };
  const Row rows[] = {
      {"2026-12-05T22:00", 6},  // Saturday (the design doc's example window)
      {"2026-12-06T06:00", 0},  // Sunday
      {"2026-03-08T02:30", 0},  // US DST starts on a Sunday
      {"2026-10-25T01:30", 0},  // EU DST ends on a Sunday
      {"2026-03-28T23:30", 6},  // Saturday
      {"2026-01-01T00:00", 4},  // Thursday
      {"2024-02-29T12:00", 4},  // Thursday
      {"2000-01-01T00:00", 6},  // Saturday
      {"1970-01-01T00:00", 4},  // Thursday
      {"2026-12-05T00:00", 6},  // the whole day, from 00:00
      {"2026-12-05T23:59", 6},  // … to 23:59
  };
  for (const auto& row : rows) {
    INFO("date: " << row.text);
    CHECK(weekday(local(row.text)) == row.want);
  }
}

TEST_CASE("Zone::find knows IANA names and links, case-sensitively", "[time][zone]") {
  struct Known {
    const char* name;
    const char* rule;  // the POSIX TZ footer of the tzdata file
  };
  const Known known[] = {
      {"Asia/Shanghai", "CST-8"},
      {"PRC", "CST-8"},  // link to Asia/Shanghai
      {"America/New_York", "EST5EDT,M3.2.0,M11.1.0"},
      {"US/Eastern", "EST5EDT,M3.2.0,M11.1.0"},  // link to America/New_York
      {"Europe/London", "GMT0BST,M3.5.0/1,M10.5.0"},
      {"Asia/Kolkata", "IST-5:30"},
      {"Asia/Calcutta", "IST-5:30"},  // the old name, still a link
      {"Asia/Tokyo", "JST-9"},
      {"Etc/UTC", "UTC0"},
      {"UTC", "UTC0"},
  };
  for (const auto& row : known) {
    INFO("name: " << row.name);
    const auto z = Zone::find(row.name);
    REQUIRE(z.has_value());
    CHECK(z->name() == row.name);
    CHECK(z->posix_rule() == row.rule);
  }

  const char* const unknown[] = {
      "Mars/Base",
      "asia/shanghai",  // IANA names are case-sensitive
      "ASIA/SHANGHAI",
      "Asia/Shanghai ",  // no trimming
      " Asia/Shanghai", "Asia/",   "Asia",     "/Asia/Shanghai", "",
      "UTC+8",  // an offset is not a zone name
      "CST-8",  // nor is a POSIX rule
      "Beijing",
      "posixrules",  // zoneinfo files that are not zones
      "localtime",      "Factory", "zone.tab", "tzdata.zi",      "posix/Asia/Shanghai",
      "right/UTC",
  };
  for (const char* name : unknown) {
    INFO("name: \"" << name << "\"");
    CHECK_FALSE(Zone::find(name).has_value());
  }
}

TEST_CASE("to_utc resolves wall-clock times, DST gaps and overlaps; to_local inverts it",
          "[time][zone]") {
  struct Row {
    const char* zone;
    const char* local;     // wall-clock time in the zone
    const char* want_utc;  // the instant to_utc must give
    LocalTimeKind kind;
    const char* back;  // to_local(want_utc): the input, or where a gap ends
    int offset;        // offset_at(want_utc): seconds east of UTC
    const char* abbr;
    bool dst;
  };
  constexpr auto U = LocalTimeKind::unique;
  constexpr auto N = LocalTimeKind::nonexistent;
  constexpr auto A = LocalTimeKind::ambiguous;
  // clang-format off
  const Row rows[] = {
      // China: CST = UTC+8 all year.
      {"Asia/Shanghai", "2026-12-05T22:00", "2026-12-05T14:00Z", U, "2026-12-05T22:00", 28800, "CST", false},
      {"Asia/Shanghai", "2026-07-01T09:00", "2026-07-01T01:00Z", U, "2026-07-01T09:00", 28800, "CST", false},
      {"Asia/Shanghai", "2026-01-01T00:00", "2025-12-31T16:00Z", U, "2026-01-01T00:00", 28800, "CST", false},
      {"PRC", "2026-12-05T22:00", "2026-12-05T14:00Z", U, "2026-12-05T22:00", 28800, "CST", false},
      // New York, 2026-03-08: at 02:00 EST the clocks jump to 03:00 EDT.
      {"America/New_York", "2026-03-08T01:59", "2026-03-08T06:59Z", U, "2026-03-08T01:59", -18000, "EST", false},
      {"America/New_York", "2026-03-08T02:00", "2026-03-08T07:00Z", N, "2026-03-08T03:00", -14400, "EDT", true},
      {"America/New_York", "2026-03-08T02:30", "2026-03-08T07:00Z", N, "2026-03-08T03:00", -14400, "EDT", true},
      {"America/New_York", "2026-03-08T03:00", "2026-03-08T07:00Z", U, "2026-03-08T03:00", -14400, "EDT", true},
      {"America/New_York", "2026-03-08T09:12", "2026-03-08T13:12Z", U, "2026-03-08T09:12", -14400, "EDT", true},
      // … and 2026-11-01: at 02:00 EDT back to 01:00 EST; 01:30 happens twice.
      {"America/New_York", "2026-11-01T01:30", "2026-11-01T05:30Z", A, "2026-11-01T01:30", -14400, "EDT", true},
      {"America/New_York", "2026-11-01T02:00", "2026-11-01T07:00Z", U, "2026-11-01T02:00", -18000, "EST", false},
      {"America/New_York", "2026-12-05T22:00", "2026-12-06T03:00Z", U, "2026-12-05T22:00", -18000, "EST", false},
      {"US/Eastern", "2026-03-08T09:12", "2026-03-08T13:12Z", U, "2026-03-08T09:12", -14400, "EDT", true},
      // London, 2026-10-25: at 02:00 BST back to 01:00 GMT; 01:30 happens twice.
      {"Europe/London", "2026-10-25T00:30", "2026-10-24T23:30Z", U, "2026-10-25T00:30", 3600, "BST", true},
      {"Europe/London", "2026-10-25T01:30", "2026-10-25T00:30Z", A, "2026-10-25T01:30", 3600, "BST", true},
      {"Europe/London", "2026-10-25T02:00", "2026-10-25T02:00Z", U, "2026-10-25T02:00", 0, "GMT", false},
      {"Europe/London", "2026-03-29T01:30", "2026-03-29T01:00Z", N, "2026-03-29T02:00", 3600, "BST", true},
      {"Europe/London", "2026-12-05T22:00", "2026-12-05T22:00Z", U, "2026-12-05T22:00", 0, "GMT", false},
      // Berlin: CET = UTC+1, CEST = UTC+2; the same instants as London.
      {"Europe/Berlin", "2026-03-29T01:59", "2026-03-29T00:59Z", U, "2026-03-29T01:59", 3600, "CET", false},
      {"Europe/Berlin", "2026-03-29T02:30", "2026-03-29T01:00Z", N, "2026-03-29T03:00", 7200, "CEST", true},
      {"Europe/Berlin", "2026-07-01T12:00", "2026-07-01T10:00Z", U, "2026-07-01T12:00", 7200, "CEST", true},
      {"Europe/Berlin", "2026-10-25T02:30", "2026-10-25T00:30Z", A, "2026-10-25T02:30", 7200, "CEST", true},
      {"Europe/Berlin", "2026-10-25T03:00", "2026-10-25T02:00Z", U, "2026-10-25T03:00", 3600, "CET", false},
      {"Europe/Berlin", "2026-12-05T22:00", "2026-12-05T21:00Z", U, "2026-12-05T22:00", 3600, "CET", false},
      // Japan: JST = UTC+9.
      {"Asia/Tokyo", "2026-12-05T22:00", "2026-12-05T13:00Z", U, "2026-12-05T22:00", 32400, "JST", false},
      {"Asia/Tokyo", "2026-07-01T09:00", "2026-07-01T00:00Z", U, "2026-07-01T09:00", 32400, "JST", false},
      // India: IST = UTC+5:30; Nepal: UTC+5:45 (a numeric abbreviation).
      {"Asia/Kolkata", "2026-12-05T22:00", "2026-12-05T16:30Z", U, "2026-12-05T22:00", 19800, "IST", false},
      {"Asia/Kathmandu", "2026-12-05T22:00", "2026-12-05T16:15Z", U, "2026-12-05T22:00", 20700, "+0545", false},
      // Lord Howe Island: half-hour DST. 2026-10-04 02:00 (+10:30) → 02:30 (+11).
      {"Australia/Lord_Howe", "2026-10-04T01:59", "2026-10-03T15:29Z", U, "2026-10-04T01:59", 37800, "+1030", false},
      {"Australia/Lord_Howe", "2026-10-04T02:15", "2026-10-03T15:30Z", N, "2026-10-04T02:30", 39600, "+11", true},
      {"Australia/Lord_Howe", "2026-10-04T02:30", "2026-10-03T15:30Z", U, "2026-10-04T02:30", 39600, "+11", true},
      // … 2026-04-05 02:00 (+11) → 01:30 (+10:30): 01:30–01:59 happen twice.
      {"Australia/Lord_Howe", "2026-04-05T01:45", "2026-04-04T14:45Z", A, "2026-04-05T01:45", 39600, "+11", true},
      {"Australia/Lord_Howe", "2026-04-05T02:00", "2026-04-04T15:30Z", U, "2026-04-05T02:00", 37800, "+1030", false},
      {"Australia/Lord_Howe", "2026-12-05T22:00", "2026-12-05T11:00Z", U, "2026-12-05T22:00", 39600, "+11", true},
      // Sydney: southern summer in December.
      {"Australia/Sydney", "2026-12-05T22:00", "2026-12-05T11:00Z", U, "2026-12-05T22:00", 39600, "AEDT", true},
      // Greenland: UTC−2, summer UTC−1, switching at 01:00 UTC like the EU, i.e. at 23:00
      // local on the Saturday (tzdata's rule "M3.5.0/-1": a negative time of day).
      {"America/Nuuk", "2026-03-28T22:59", "2026-03-29T00:59Z", U, "2026-03-28T22:59", -7200, "-02", false},
      {"America/Nuuk", "2026-03-28T23:30", "2026-03-29T01:00Z", N, "2026-03-29T00:00", -3600, "-01", true},
      {"America/Nuuk", "2026-03-29T00:00", "2026-03-29T01:00Z", U, "2026-03-29T00:00", -3600, "-01", true},
      {"America/Nuuk", "2026-10-24T23:30", "2026-10-25T00:30Z", A, "2026-10-24T23:30", -3600, "-01", true},
      {"America/Nuuk", "2026-12-05T22:00", "2026-12-06T00:00Z", U, "2026-12-05T22:00", -7200, "-02", false},
      // Ireland: IST (UTC+1) in summer, GMT in winter (tzdata calls GMT the "DST" there).
      {"Europe/Dublin", "2026-07-15T12:00", "2026-07-15T11:00Z", U, "2026-07-15T12:00", 3600, "IST", true},
      {"Europe/Dublin", "2026-01-15T12:00", "2026-01-15T12:00Z", U, "2026-01-15T12:00", 0, "GMT", false},
      {"Europe/Dublin", "2026-03-29T01:30", "2026-03-29T01:00Z", N, "2026-03-29T02:00", 3600, "IST", true},
      {"Europe/Dublin", "2026-10-25T01:30", "2026-10-25T00:30Z", A, "2026-10-25T01:30", 3600, "IST", true},
      // Newfoundland (UTC−3:30), Brazil (UTC−3), Chatham Islands in summer (UTC+13:45),
      // Kiribati's Line Islands (UTC+14), UTC.
      {"America/St_Johns", "2026-12-05T22:00", "2026-12-06T01:30Z", U, "2026-12-05T22:00", -12600, "NST", false},
      {"America/Sao_Paulo", "2026-12-05T22:00", "2026-12-06T01:00Z", U, "2026-12-05T22:00", -10800, "-03", false},
      {"Pacific/Chatham", "2026-12-05T22:00", "2026-12-05T08:15Z", U, "2026-12-05T22:00", 49500, "+1345", true},
      {"Pacific/Kiritimati", "2026-12-05T22:00", "2026-12-05T08:00Z", U, "2026-12-05T22:00", 50400, "+14", false},
      {"Etc/UTC", "2026-12-05T22:00", "2026-12-05T22:00Z", U, "2026-12-05T22:00", 0, "UTC", false},
  };
  // clang-format on
  for (const auto& row : rows) {
    INFO(row.zone << " " << row.local);
    const auto z = Zone::find(row.zone);
    REQUIRE(z.has_value());
    const auto r = z->to_utc(local(row.local));
    CHECK(show(r.kind) == std::string(show(row.kind)));
    CHECK(r.utc == utc(row.want_utc));
    CHECK(show(z->to_local(r.utc)) == row.back);
    const auto o = z->offset_at(r.utc);
    CHECK(o.utc_offset_seconds == row.offset);
    CHECK(o.abbreviation == row.abbr);
    CHECK(o.is_dst == row.dst);
  }
}

TEST_CASE("offset_at: offsets and abbreviations at given instants", "[time][zone]") {
  struct Row {
    const char* zone;
    const char* at;  // UTC
    int offset;
    const char* abbr;
    bool dst;
  };
  const Row rows[] = {
      {"America/New_York", "2026-01-15T12:00Z", -18000, "EST", false},
      {"America/New_York", "2026-07-15T12:00Z", -14400, "EDT", true},
      {"America/New_York", "2026-03-08T06:59:59Z", -18000, "EST", false},  // last EST second
      {"America/New_York", "2026-03-08T07:00:00Z", -14400, "EDT", true},   // first EDT second
      {"America/New_York", "2026-11-01T05:59:59Z", -14400, "EDT", true},
      {"America/New_York", "2026-11-01T06:00:00Z", -18000, "EST", false},
      {"Asia/Shanghai", "2026-07-15T12:00Z", 28800, "CST", false},
      {"Asia/Tokyo", "2026-07-15T12:00Z", 32400, "JST", false},
      {"Asia/Kolkata", "2026-07-15T12:00Z", 19800, "IST", false},
      {"Asia/Singapore", "2026-07-15T12:00Z", 28800, "+08", false},  // POSIX "<+08>-8"
      {"Europe/London", "2026-01-15T12:00Z", 0, "GMT", false},
      {"Europe/London", "2026-07-15T12:00Z", 3600, "BST", true},
      {"Europe/London", "2026-10-25T00:59:59Z", 3600, "BST", true},
      {"Europe/London", "2026-10-25T01:00:00Z", 0, "GMT", false},
      {"Europe/Berlin", "2026-01-15T12:00Z", 3600, "CET", false},
      {"Europe/Berlin", "2026-07-15T12:00Z", 7200, "CEST", true},
      {"Australia/Sydney", "2026-01-15T12:00Z", 39600, "AEDT", true},
      {"Australia/Sydney", "2026-07-15T12:00Z", 36000, "AEST", false},
      {"Pacific/Auckland", "2026-01-15T12:00Z", 46800, "NZDT", true},
      {"Pacific/Auckland", "2026-07-15T12:00Z", 43200, "NZST", false},
      {"Australia/Lord_Howe", "2026-01-15T12:00Z", 39600, "+11", true},
      {"Australia/Lord_Howe", "2026-07-15T12:00Z", 37800, "+1030", false},
      {"America/Nuuk", "2026-01-15T12:00Z", -7200, "-02", false},
      {"America/Nuuk", "2026-07-15T12:00Z", -3600, "-01", true},
      {"America/Sao_Paulo", "2026-01-15T12:00Z", -10800, "-03", false},
      {"UTC", "2026-07-15T12:00Z", 0, "UTC", false},
  };
  for (const auto& row : rows) {
    INFO(row.zone << " at " << row.at);
    const auto z = Zone::find(row.zone);
    REQUIRE(z.has_value());
    const auto o = z->offset_at(utc(row.at));
    CHECK(o.utc_offset_seconds == row.offset);
    CHECK(o.abbreviation == row.abbr);
    CHECK(o.is_dst == row.dst);
  }
}

TEST_CASE("format_utc_offset", "[time][zone]") {
  struct Row {
    int seconds;
    const char* want;
  };
  const Row rows[] = {
      {0, "UTC"},
      {28800, "UTC+8"},           // China
      {19800, "UTC+5:30"},        // India
      {20700, "UTC+5:45"},        // Nepal
      {-12600, "UTC\u22123:30"},  // Newfoundland, U+2212 MINUS SIGN
      {-18000, "UTC\u22125"},     // US Eastern Standard Time
      {-34200, "UTC\u22129:30"},  // Marquesas Islands
      {3600, "UTC+1"},
      {49500, "UTC+13:45"},  // Chatham Islands summer time
      {50400, "UTC+14"},     // Line Islands
      {-43200, "UTC\u221212"},
      {-2700, "UTC\u22120:45"},
      {-1, "UTC\u22120:00:01"},                    // seconds only when present
      {-2147483647 - 1, "UTC\u2212596523:14:08"},  // INT_MIN does not overflow
  };
  for (const auto& row : rows) {
    INFO("seconds: " << row.seconds);
    CHECK(format_utc_offset(row.seconds) == row.want);
  }
  // The minus sign is U+2212 in UTF-8, not an ASCII hyphen.
  CHECK(format_utc_offset(-12600) ==
        "UTC\xE2\x88\x92"
        "3:30");
}

TEST_CASE("every zone in the generated table loads and round-trips", "[time][zone]") {
  struct Entry {
    std::string_view name;
    std::string_view rule;
  };
  static constexpr Entry table[] = {
#include "time/zone_table.inc"
  };
  REQUIRE(std::size(table) > 400);
  int ambiguous = 0, loaded = 0;
  for (const auto& e : table) {
    const std::string name(e.name);
    INFO("zone: " << name << " rule: " << e.rule);
    const auto z = Zone::find(name);
    REQUIRE(z.has_value());
    ++loaded;
    CHECK(z->name() == name);
    CHECK(z->posix_rule() == e.rule);
    // Instants of 2026–2027, sampled every 23 h 13 min: each one's wall-clock time exists and
    // resolves back to it (or, when it occurs twice, to the earlier instant).
    for (UtcSeconds t = utc("2026-01-01T00:00Z"); t < utc("2028-01-01T00:00Z");
         t += 23 * 3600 + 13 * 60) {
      const LocalDateTime l = z->to_local(t);
      const auto r = z->to_utc(l);
      if (r.kind == LocalTimeKind::unique) {
        if (r.utc != t) FAIL_CHECK(name << ": " << show(l) << " at " << t << " → " << r.utc);
      } else if (r.kind == LocalTimeKind::ambiguous) {
        ++ambiguous;
        if (r.utc > t || z->to_local(r.utc) != l) FAIL_CHECK(name << ": " << show(l));
      } else {
        FAIL_CHECK(name << ": " << show(l) << " is a real instant's time, not a gap");
      }
    }
  }
  CHECK(loaded == static_cast<int>(std::size(table)));
  CHECK(ambiguous > 0);  // the samples do land in some overlaps
}

TEST_CASE("out-of-range input never crashes", "[time][zone]") {
  const auto z = Zone::find("America/New_York");
  REQUIRE(z.has_value());
  // Fields outside their ranges are normalized (LocalDateTime is a plain struct).
  CHECK(z->to_utc(LocalDateTime{2026, 13, 1, 12, 0}).utc ==
        z->to_utc(local("2027-01-01T12:00")).utc);
  CHECK(z->to_utc(LocalDateTime{2026, 3, 0, 12, 0}).utc ==
        z->to_utc(local("2026-02-28T12:00")).utc);
  CHECK(weekday(LocalDateTime{2026, 12, 6, -1, 0}) == 6);  // 23:00 on the 5th
  const LocalDateTime extremes[] = {
      {INT_MAX, INT_MAX, INT_MAX, INT_MAX, INT_MAX},
      {INT_MIN, INT_MIN, INT_MIN, INT_MIN, INT_MIN},
      {0, 0, 0, 0, 0},
  };
  for (const auto& t : extremes) {
    const int wd = weekday(t);
    CHECK(wd >= 0);
    CHECK(wd <= 6);
    const auto r = z->to_utc(t);
    const LocalDateTime back = z->to_local(r.utc);
    CHECK(back.month >= 1);
    CHECK(back.month <= 12);
  }
  for (const UtcSeconds t : {INT64_MIN, INT64_MAX, std::int64_t{0}}) {
    const LocalDateTime l = z->to_local(t);
    CHECK(l.year >= -30001);
    CHECK(l.year <= 30001);
    CHECK(z->offset_at(t).abbreviation.size() >= 3);
  }
}
