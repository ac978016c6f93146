// Time zones without a tz database at run time: each IANA name maps to the POSIX TZ rule
// from the footer of its TZif file (generated into zone_table.inc by tools/gen-zones.sh),
// evaluated with date/ptz.h. The same table is compiled natively and into wasm, so both
// builds agree on every offset.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace noticekit::time {

// A wall-clock time with no zone attached, minute precision (what a fact sheet holds).
struct LocalDateTime {
  int year = 0;
  int month = 0;   // 1–12
  int day = 0;     // 1–31
  int hour = 0;    // 0–23
  int minute = 0;  // 0–59
  friend bool operator==(const LocalDateTime&, const LocalDateTime&) = default;
  friend auto operator<=>(const LocalDateTime&, const LocalDateTime&) = default;
};

// The Republic of China era counts 1912 as year 1 (民國1年); Taiwan's public bodies date with
// it. Its year of a Gregorian year is year − kRocEraOffset; earlier years have none.
constexpr int kRocEraOffset = 1911;

// Parses "YYYY-MM-DDTHH:MM" (optionally ":SS" with SS == 00). Rejects impossible dates
// (2026-02-30) and 24:00. Returns nullopt on any error.
std::optional<LocalDateTime> parse_local_datetime(std::string_view text);

// 0 = Sunday … 6 = Saturday.
int weekday(const LocalDateTime& t);

// Days since 1970-01-01 of the date part, so that two dates can be subtracted.
long day_number(const LocalDateTime& t);

// Seconds since 1970-01-01T00:00 UTC.
using UtcSeconds = std::int64_t;

// What a wall-clock time means in a zone on that day.
enum class LocalTimeKind {
  unique,       // exactly one instant
  nonexistent,  // skipped by a DST jump forward; resolved to the instant the gap ends
  ambiguous,    // repeated by a DST jump back; resolved to the earlier instant
};

struct ResolvedTime {
  UtcSeconds utc = 0;
  LocalTimeKind kind = LocalTimeKind::unique;
};

struct ZoneOffset {
  int utc_offset_seconds = 0;  // east of UTC is positive: Asia/Shanghai → 28800
  std::string
      abbreviation;  // "CST", "EDT"; for numeric POSIX names ("<+08>") the digits, e.g. "+08"
  bool is_dst = false;
};

// A zone's rule read once and ready to evaluate (zone.cpp): reading it costs more than a
// conversion, and a notice converts many instants in one zone.
struct ZoneRules;

class Zone {
 public:
  // nullopt when the name is not a known IANA zone (or link). Case-sensitive, like IANA.
  static std::optional<Zone> find(std::string_view iana_name);

  const std::string& name() const;
  const std::string& posix_rule() const;

  ResolvedTime to_utc(const LocalDateTime& local) const;
  LocalDateTime to_local(UtcSeconds utc) const;
  ZoneOffset offset_at(UtcSeconds utc) const;

 private:
  explicit Zone(const ZoneRules& rules) : rules_(&rules) {}
  // Never null. Every zone's rules, with its name, are read once and kept for the whole run
  // (zone.cpp): a notice looks its zone up in each rule and writer, and a look-up that copied
  // the name and rule text cost more than the conversions most make with it.
  const ZoneRules* rules_;
};

// How a negative offset is signed: the minus sign (U+2212) in text set for reading; the
// hyphen-minus where every character costs, as in an SMS, whose GSM-7 alphabet has no U+2212
// (one would turn the whole message into UCS-2: 67 characters a part instead of 153).
enum class Minus { sign, hyphen };

// "UTC+8", "UTC−3:30" ("UTC-3:30" with Minus::hyphen), "UTC" for zero.
std::string format_utc_offset(int utc_offset_seconds, Minus minus = Minus::sign);

}  // namespace noticekit::time
