#include "time/utc_format.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include <date/date.h>

namespace noticekit::time {
namespace {

struct Civil {
  int year;
  unsigned month, day, hour, minute, second, weekday;  // weekday: 0 = Sunday
};

Civil civil(UtcSeconds t) {
  const date::sys_seconds tp{std::chrono::seconds{t}};
  const auto day = date::floor<date::days>(tp);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<std::chrono::seconds> hms{tp - day};
  return {static_cast<int>(ymd.year()),
          static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day()),
          static_cast<unsigned>(hms.hours().count()),
          static_cast<unsigned>(hms.minutes().count()),
          static_cast<unsigned>(hms.seconds().count()),
          date::weekday{day}.c_encoding()};
}

}  // namespace

std::string format_ical_utc(UtcSeconds t) {
  const Civil c = civil(t);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d%02u%02uT%02u%02u%02uZ", c.year, c.month, c.day, c.hour,
                c.minute, c.second);
  return buffer;
}

std::string format_iso8601_utc(UtcSeconds t) {
  const Civil c = civil(t);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02u:%02u:%02uZ", c.year, c.month, c.day,
                c.hour, c.minute, c.second);
  return buffer;
}

std::string format_sheet_time(const LocalDateTime& t) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", t.year, t.month, t.day, t.hour,
                t.minute);
  return buffer;
}

std::string format_rfc5322(UtcSeconds t, int utc_offset_seconds) {
  // RFC 5322 §3.3: day-name and month-name are these English abbreviations in every language.
  static constexpr const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const Civil c = civil(t + utc_offset_seconds);
  const int offset_minutes = std::abs(utc_offset_seconds) / 60;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%s, %02u %s %04d %02u:%02u:%02u %c%02d%02d",
                days[c.weekday % 7], c.day, months[(c.month + 11) % 12], c.year, c.hour, c.minute,
                c.second, utc_offset_seconds < 0 ? '-' : '+', offset_minutes / 60,
                offset_minutes % 60);
  return buffer;
}

}  // namespace noticekit::time
