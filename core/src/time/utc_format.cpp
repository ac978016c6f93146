#include "time/utc_format.h"

#include <chrono>
#include <cstdlib>

#include <date/date.h>

#include "text/digits.h"

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
  return text::padded(c.year, 4) + text::padded(c.month, 2) + text::padded(c.day, 2) + 'T' +
         text::padded(c.hour, 2) + text::padded(c.minute, 2) + text::padded(c.second, 2) + 'Z';
}

std::string format_iso8601_utc(UtcSeconds t) {
  const Civil c = civil(t);
  return text::padded(c.year, 4) + '-' + text::padded(c.month, 2) + '-' + text::padded(c.day, 2) +
         'T' + text::padded(c.hour, 2) + ':' + text::padded(c.minute, 2) + ':' +
         text::padded(c.second, 2) + 'Z';
}

std::string format_sheet_time(const LocalDateTime& t) {
  return text::padded(t.year, 4) + '-' + text::padded(t.month, 2) + '-' + text::padded(t.day, 2) +
         'T' + text::padded(t.hour, 2) + ':' + text::padded(t.minute, 2);
}

std::string format_rfc5322(UtcSeconds t, int utc_offset_seconds) {
  // RFC 5322 §3.3: day-name and month-name are these English abbreviations in every language.
  static constexpr const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const Civil c = civil(t + utc_offset_seconds);
  const int offset_minutes = std::abs(utc_offset_seconds) / 60;
  return std::string(days[c.weekday % 7]) + ", " + text::padded(c.day, 2) + ' ' +
         months[(c.month + 11) % 12] + ' ' + text::padded(c.year, 4) + ' ' +
         text::padded(c.hour, 2) + ':' + text::padded(c.minute, 2) + ':' +
         text::padded(c.second, 2) + ' ' + (utc_offset_seconds < 0 ? '-' : '+') +
         text::padded(offset_minutes / 60, 2) + text::padded(offset_minutes % 60, 2);
}

}  // namespace noticekit::time
