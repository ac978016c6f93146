// iCalendar (RFC 5545) text rules shared by every writer of .ics files: TEXT escaping and
// content lines folded at 75 octets.
#pragma once

#include <string>
#include <string_view>

namespace noticekit::text {

// §3.3.11 TEXT: backslash, semicolon and comma are escaped, a line break becomes "\n".
std::string ical_escape_text(std::string_view s);

// §3.1: one content line, folded at 75 octets between whole UTF-8 characters (CRLF and one
// space), ending in CRLF.
std::string ical_content_line(std::string_view line);

}  // namespace noticekit::text
