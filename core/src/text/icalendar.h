// iCalendar (RFC 5545) text rules shared by every writer of .ics files (the calendar channel
// and the send plan): TEXT escaping, content lines folded at 75 octets, and the lines that
// open and close a calendar.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace noticekit::text {

// §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break."
// ical_content_line folds at it; the calendar channel measures its file against it.
inline constexpr std::size_t ical_line_octet_limit = 75;

// §3.3.11 TEXT: backslash, semicolon and comma are escaped, a line break becomes "\n".
std::string ical_escape_text(std::string_view s);

// §3.1: one content line, folded at 75 octets between whole UTF-8 characters (CRLF and one
// space), ending in CRLF.
std::string ical_content_line(std::string_view line);

// The lines that open a calendar (§3.4, §3.7): version 2.0, `product_id` as PRODID (§3.7.3,
// "-//owner//product//language"), the Gregorian scale, and METHOD:PUBLISH (RFC 5546 §3.2.1:
// a calendar handed out to be read, with no replies expected). Its components follow, then
// ical_calendar_end().
std::string ical_calendar_begin(std::string_view product_id);
std::string ical_calendar_end();

}  // namespace noticekit::text
