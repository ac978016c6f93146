#include "text/icalendar.h"

#include "text/utf8.h"

namespace noticekit::text {
namespace {

// "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break."
constexpr std::size_t line_limit = 75;

}  // namespace

std::string ical_escape_text(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (const char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string ical_content_line(std::string_view line) {
  std::string out;
  std::size_t room = line_limit;
  while (line.size() > room) {
    std::size_t cut = room;
    while (cut > 0 && is_utf8_continuation(line[cut])) --cut;
    out.append(line.substr(0, cut)).append("\r\n ");
    line.remove_prefix(cut);
    room = line_limit - 1;  // the leading space of a continuation line is one of its octets
  }
  return out.append(line).append("\r\n");
}

}  // namespace noticekit::text
