// Calendar file (RFC 5545): one VEVENT per window, so readers can put the downtime in their
// calendars. Times are written in UTC ("Z" form, §3.3.5 form #2), which every client converts to
// the reader's own zone and which needs no VTIMEZONE.
#include <algorithm>
#include <string>
#include <string_view>

#include "channels/channel.h"
#include "channels/letter.h"
#include "compose/compose.h"
#include "text/icalendar.h"
#include "text/stable_hash.h"
#include "time/utc_format.h"

namespace noticekit::channels {
namespace {

using text::ical_content_line;
using text::ical_escape_text;

// DESIGN.md's lifecycle sends reminders at T-24 h and T-1 h; the calendar alarm is the T-1 h
// one, the last moment to finish what cannot be done during the window.
constexpr std::string_view alarm_trigger = "-PT1H";

// What a calendar should do with the events for one message of the lifecycle. SEQUENCE grows
// with each revision of an event (RFC 5545 §3.8.7.4), and a calendar keeps the copy with the
// highest one, so it follows the sheet's "revision" (how many times the windows were changed
// after the announcement, 0 when absent):
//   - every message says the event as it now stands: SEQUENCE = revision (the announcement
//     and its reminders 0; a reminder after two reschedules 2);
//   - an extension or a reschedule is itself a change, so at least 1;
//   - a cancellation changes the event once more than its last window change: revision + 1.
struct EventState {
  std::string_view status;  // §3.8.1.11: CONFIRMED or CANCELLED for a VEVENT
  int sequence = 0;
  bool alarm = false;  // only for messages that look ahead to the window
};

EventState event_state(model::MessageKind message_kind, int revision) {
  if (message_kind == model::MessageKind::cancellation) return {"CANCELLED", revision + 1, false};
  const auto& kind = model::traits(message_kind);
  return {"CONFIRMED", kind.moves_window ? std::max(revision, 1) : revision, kind.looks_ahead};
}

// Window `index`'s title in every language of the notice, primary first ("关于…的公告（…） /
// Scheduled maintenance: …"): every translation has the same windows in the same order.
std::string window_titles(const compose::Document& d, std::size_t index) {
  std::string out = d.window_title(index);
  for (const auto& t : d.translations)
    out.append(compose::subject_separator).append(t.window_title(index));
  return out;
}

// `letter` is the notice as plain text, the same for every event (written once: a sheet may
// have thousands of windows).
std::string vevent(const compose::Document& d, const locale::Locale& loc, std::size_t index,
                   const std::string& letter) {
  const compose::TimedWindow& w = d.windows[index];
  const EventState state = event_state(d.message_kind, d.revision);
  // One event per window across languages and the whole lifecycle: a reschedule or a
  // cancellation updates the event the announcement created.
  const std::string uid = text::stable_hash_hex(w.event_key) + "@noticekit";
  // DTSTAMP is required (§3.8.7.2); without a send time the window start keeps it deterministic.
  const time::UtcSeconds stamp = d.sent.value_or(w.start);
  // Each event is titled by its own window (its systems, its times), not by the notice's
  // subject, which may sum up several windows.
  const std::string summary = window_titles(d, index);
  std::string description = letter;
  // Without DTEND an event with a DATE-TIME start lasts no time at all (§3.6.1), so the reader
  // is told in words that the end is not known.
  if (!w.end) description = loc.phrase("ics.end_unknown") + "\n\n" + description;
  const std::string lang = ";LANGUAGE=" + d.language;

  std::string out = ical_content_line("BEGIN:VEVENT");
  out += ical_content_line("UID:" + uid);
  out += ical_content_line("DTSTAMP:" + time::format_ical_utc(stamp));
  out += ical_content_line("DTSTART:" + time::format_ical_utc(w.start));
  if (w.end) out += ical_content_line("DTEND:" + time::format_ical_utc(*w.end));
  out += ical_content_line("SEQUENCE:" + std::to_string(state.sequence));
  out += ical_content_line("STATUS:" + std::string(state.status));
  // The reader is not busy during someone else's maintenance (§3.8.2.7).
  out += ical_content_line("TRANSP:TRANSPARENT");
  out += ical_content_line("SUMMARY" + lang + ":" + ical_escape_text(summary));
  out += ical_content_line("DESCRIPTION" + lang + ":" + ical_escape_text(description));
  if (state.alarm) {
    out += ical_content_line("BEGIN:VALARM");
    out += ical_content_line("ACTION:DISPLAY");
    out += ical_content_line("TRIGGER:" + std::string(alarm_trigger));
    out += ical_content_line("DESCRIPTION" + lang + ":" + ical_escape_text(summary));
    out += ical_content_line("END:VALARM");
  }
  return out + ical_content_line("END:VEVENT");
}

std::size_t longest_line_octets(std::string_view ics) {
  std::size_t longest = 0;
  while (!ics.empty()) {
    const std::size_t end = ics.find("\r\n");
    const std::size_t length = end == std::string_view::npos ? ics.size() : end;
    longest = std::max(longest, length);
    ics.remove_prefix(end == std::string_view::npos ? ics.size() : end + 2);
  }
  return longest;
}

}  // namespace

Output render_ics(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  Output out;
  out.channel = ChannelId::ics;
  std::string ics = text::ical_calendar_begin("-//noticekit//noticekit//EN");
  const std::string letter = letter_text(d, loc);
  for (std::size_t i = 0; i < d.windows.size(); ++i) ics += vevent(d, loc, i, letter);
  ics += text::ical_calendar_end();
  out.text = std::move(ics);
  const std::size_t longest = longest_line_octets(out.text);
  out.metrics = {{"events", d.windows.size()},     {"bytes", out.text.size()},
                 {"longest_line_octets", longest}, {"limit", text::ical_line_octet_limit},
                 {"limit_unit", "line_octets"},    {"ok", longest <= text::ical_line_octet_limit}};
  return out;
}

}  // namespace noticekit::channels
