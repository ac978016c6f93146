// Dates, times, zones and windows written the way a language writes them: weekday always,
// the zone always (unless the language assumes it, in short forms), both dates when a
// window crosses midnight, and each time's own offset when a DST change falls inside.
#pragma once

#include <optional>
#include <string>

#include "locale/locale.h"
#include "time/zone.h"

namespace noticekit::compose {

enum class Length {
  full,     // letters, notice pages: "Saturday 5 December 2026, 22:00 … CST (UTC+8)"
  brief,    // SMS and other short channels: "Sat 5 Dec, 22:00 … CST"
  compact,  // subjects, SMS: like brief; a night in the language's tightest form
            // (window.compact.overnight), still with both dates: "du sam. 5 déc. 22 h au
            // dim. 6 déc. 6 h"
};

class WhenWriter {
 public:
  WhenWriter(const locale::Locale& locale, const time::Zone& zone) : locale_(locale), zone_(zone) {}

  // A window from start to end (nullopt: end unknown).
  std::string window(time::UtcSeconds start, std::optional<time::UtcSeconds> end,
                     bool end_is_estimate, Length length) const;
  // A single moment, e.g. when an outage began or when the next update comes.
  std::string moment(time::UtcSeconds at, Length length) const;
  // For a title with no room for times: a moment by its date alone (moment.day, "el 8 mar"),
  // and a window within one night by the date it starts on (window.day, "le sam. 5 déc.").
  std::string moment_day(time::UtcSeconds at) const;
  std::string window_day(time::UtcSeconds start) const;
  // How the zone is named for a reader: "北京时间", "CST (UTC+8)", "EDT"; may be empty in
  // short forms for a zone the language assumes.
  std::string zone_label(const time::ZoneOffset& offset, Length length) const;
  // The date a notice is signed with: "2026年12月1日", "1 December 2026".
  std::string issued_date(const time::LocalDateTime& local) const;
  // What to call the zone in a heading or list: "柏林时间", "Europe/Berlin".
  std::string zone_title() const;
  // A clock time in the language's convention: "14:00", "2:00 PM", "午後2時".
  std::string clock(int hour, int minute) const;

 private:
  std::string date(const time::LocalDateTime& t, std::string_view key) const;
  // The zone with this offset spelled out, "柏林时间(UTC+2)", for the ends of a window that
  // spans a DST change.
  std::string offset_label(const time::ZoneOffset& offset) const;
  const locale::Locale& locale_;
  const time::Zone& zone_;
};

}  // namespace noticekit::compose
