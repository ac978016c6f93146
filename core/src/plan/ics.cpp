#include "plan/ics.h"

#include "text/icalendar.h"
#include "time/utc_format.h"

namespace noticekit::planner {

std::string schedule_ics(const std::vector<Step>& schedule, time::UtcSeconds stamp,
                         const locale::Locale& loc) {
  using text::ical_content_line;
  std::string out = text::ical_calendar_begin("-//noticekit//send plan//EN");
  int index = 0;
  for (const auto& s : schedule) {
    ++index;
    if (!s.at) continue;  // "as soon as service is back" has no time to put in a calendar
    std::vector<std::string> names;
    for (const auto c : s.channels)
      names.push_back(loc.phrase("plan.channel." + std::string(channels::name(c))));
    const std::string channels = loc.list(names);
    const std::string step(name(s.step));
    const std::string summary = loc.phrase(
        "plan.ics.summary", {{"step", loc.phrase("plan.step." + step)}, {"channels", channels}});
    const std::string at = time::format_ical_utc(*s.at);
    out += ical_content_line("BEGIN:VEVENT");
    // Stable across runs (no clock, no random): the step's time, place and name.
    out += ical_content_line("UID:" + at + "-" + std::to_string(index) + "-" + step +
                             "@plan.noticekit");
    out += ical_content_line("DTSTAMP:" + time::format_ical_utc(stamp));
    out += ical_content_line("DTSTART:" + at);
    out += ical_content_line("DURATION:PT15M");
    out += ical_content_line("SUMMARY:" + text::ical_escape_text(summary));
    out += ical_content_line("DESCRIPTION:" + text::ical_escape_text(s.note));
    out += ical_content_line("END:VEVENT");
  }
  return out + text::ical_calendar_end();
}

}  // namespace noticekit::planner
