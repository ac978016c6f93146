// Dates, times, zones and windows written the way a language writes them: weekday always,
// the zone always (unless the language assumes it, in short forms), both dates when a
// window crosses midnight, and each time's own offset when a DST change falls inside.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "compose/remembered.h"
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

// One window's instants, for writing several windows at once.
struct WindowTimes {
  time::UtcSeconds start = 0;
  std::optional<time::UtcSeconds> end;  // nullopt: unknown
  bool end_is_estimate = false;

  bool operator==(const WindowTimes&) const = default;
};

// The stretches of time the windows cover, in order: windows that overlap or touch are one
// stretch (the work is continuous then, though some systems come back earlier), from the
// first start to the last end, its end an estimate when the last end is; an unknown end
// takes in every later window. Separate stretches stay separate: three nights a week apart
// are three nights, never one span of fifteen days.
std::vector<WindowTimes> stretches(std::vector<WindowTimes> windows);

// Where a list of windows goes: a title's own words carry the preposition ("on {when}"); in a
// sentence a language may put one before each window (window.in_sentence: en "from …").
enum class Placement { title, sentence };

class WhenWriter {
 public:
  // Whether every reader lives in the zone: a language may then leave it unsaid (日本時間 in a
  // Japanese notice read in Japan; see locale::ZoneAssumed).
  enum class Readers { anywhere, at_home };
  WhenWriter(const locale::Locale& locale, const time::Zone& zone,
             Readers readers = Readers::anywhere);
  Readers readers() const { return readers_; }

  // A window from start to end (nullopt: end unknown).
  std::string window(time::UtcSeconds start, std::optional<time::UtcSeconds> end,
                     bool end_is_estimate, Length length) const;
  // Several windows as the stretches they cover (see stretches()), each stated as itself and
  // never as one span from the first start to the last end: listed as the language lists
  // things, the zone named once when all share it. Stretches at the same times of day on
  // different days are written once with all their dates (window.days.*: "9月5日、12日、19日
  // 23:00至次日01:00").
  std::string windows(std::vector<WindowTimes> windows, Length length, Placement placement) const;
  // For a title with no room for several stretches (see stretches()): the first one's date and
  // how many there are (windows.summary: {count} stretches, {dates} the dates they start on:
  // "3 dates from Sat 5 Sep", "9月5日起共3次"), never one span over all of them.
  std::string windows_summary(const std::vector<WindowTimes>& stretches) const;
  // The days the windows start on, without their hours, as a sentence places them (window.dates:
  // "on Sat 5 and Tue 8 Dec", "les sam. 5 et mar. 8 déc.", "12月5日、8日"): for windows whose
  // hours another part of the text has just said.
  std::string dates_only(const std::vector<WindowTimes>& windows) const;
  // True when there are several windows and each has the first one's times of day on another
  // date (see same_times): "each time from 11 p.m. to 1 a.m.".
  bool same_hours(const std::vector<WindowTimes>& windows) const;
  // How long something lasted, to the minute: "1 hour 55 minutes", "1小时55分钟" (duration.*).
  std::string duration(time::UtcSeconds seconds) const;
  // A single moment, e.g. when an outage began or when the next update comes.
  std::string moment(time::UtcSeconds at, Length length) const;
  // A moment said right after `beside`: when both fall on one day at one offset, without its
  // zone and, where the language's words allow, without its date ("by 08:00 … on Sunday 6
  // December instead of 06:00"; moment.same_day), else all of it.
  std::string moment_beside(time::UtcSeconds at, time::UtcSeconds beside, Length length) const;
  // For a title with no room for times: a moment by its date alone (moment.day, "el 8 mar"),
  // and a window within one night by the date it starts on (window.day, "le sam. 5 déc.").
  std::string moment_day(time::UtcSeconds at) const;
  // The moment in a title that must be short: date and time without the zone, which the
  // letter under it gives ("extended to 08:00 on Sun 20 Dec").
  std::string moment_title(time::UtcSeconds at) const;
  std::string window_day(time::UtcSeconds start) const;
  // A window without an end by the date it starts on (window.open.day: "from Sat 12 Dec until
  // further notice", "12月12日起"), for the same titles.
  std::string open_window_day(time::UtcSeconds start) const;
  // How the zone is named for a reader: "北京时间", "EDT (UTC−4)", "MESZ"; empty where the
  // language assumes it (see locale::ZoneAssumed).
  std::string zone_label(const time::ZoneOffset& offset, Length length) const;
  // The date a notice is signed with: "2026年12月1日", "1 December 2026".
  std::string issued_date(const time::LocalDateTime& local) const;
  // What to call the zone in a heading or list: "北京时间", "柏林", "São Paulo".
  std::string zone_title() const;
  // A clock time in the language's convention: "14:00", "2:00 PM", "午後2時".
  std::string clock(int hour, int minute) const;

 private:
  std::string date(const time::LocalDateTime& t, std::string_view key) const;
  // window() without the zone: `label` receives it (empty when the language leaves it unsaid,
  // or when each end carries its own because a DST change falls inside).
  std::string window_text(const WindowTimes& w, Length length, std::string& label) const;
  // Windows of one time of day on several dates (see windows()), without the zone.
  std::vector<std::string> start_dates(const std::vector<WindowTimes>& group, Length length) const;
  std::string same_times_text(const std::vector<WindowTimes>& group, Length length) const;
  bool same_times(const WindowTimes& a, const WindowTimes& b) const;
  // The zone with this offset spelled out, "柏林时间(UTC+2)", for the ends of a window that
  // spans a DST change.
  std::string offset_label(const time::ZoneOffset& offset) const;
  std::string worded_windows(std::vector<WindowTimes> windows, Length length,
                             Placement placement) const;
  std::string worded_zone_label(const time::ZoneOffset& offset, Length length) const;
  std::pair<std::string, std::string> worded_window_text(const WindowTimes& w, Length length) const;
  std::string worded_moment(time::UtcSeconds at, Length length) const;
  const locale::Locale& locale_;
  const time::Zone& zone_;
  Readers readers_;
  // The language lasts the whole run (Locale::find's): dates, clock times and zone labels are
  // then kept for the run (when.cpp), else for this writer.
  bool lasting_;
  // Each wording once per writer (see remembered.h). A date's phrase key is one of this
  // file's literals, so a view of it stays valid.
  mutable Remembered<std::tuple<int, int, int, std::string_view>> dates_;
  mutable Remembered<std::pair<int, int>> clocks_;
  mutable Remembered<std::tuple<int, bool, std::string, bool>> zone_labels_;
  mutable Remembered<std::tuple<std::vector<WindowTimes>, Length, Placement>> windows_;
  // window_text's text and label.
  mutable Remembered<std::pair<WindowTimes, Length>, std::pair<std::string, std::string>>
      window_texts_;
  mutable Remembered<std::pair<time::UtcSeconds, Length>> moments_;
};

}  // namespace noticekit::compose
