#include "text/icalendar.h"

#include "text/escape.h"
#include "text/utf8.h"

namespace noticekit::text {

std::string ical_escape_text(std::string_view s) {
  // A CR is dropped, so a line break typed as CRLF is written "\n" as an LF one is.
  static constexpr ByteEscape text_escapes[] = {
      {'\\', "\\\\"}, {';', "\\;"}, {',', "\\,"}, {'\n', "\\n"}, {'\r', ""}};
  return escape_bytes(s, text_escapes);
}

std::string ical_content_line(std::string_view line) {
  std::string out;
  std::size_t room = ical_line_octet_limit;
  while (line.size() > room) {
    std::size_t cut = room;
    while (cut > 0 && is_utf8_continuation(line[cut])) --cut;
    out.append(line.substr(0, cut)).append("\r\n ");
    line.remove_prefix(cut);
    room =
        ical_line_octet_limit - 1;  // the leading space of a continuation line is one of its octets
  }
  return out.append(line).append("\r\n");
}

std::string ical_calendar_begin(std::string_view product_id) {
  return ical_content_line("BEGIN:VCALENDAR") + ical_content_line("VERSION:2.0") +
         ical_content_line("PRODID:" + std::string(product_id)) +
         ical_content_line("CALSCALE:GREGORIAN") + ical_content_line("METHOD:PUBLISH");
}

std::string ical_calendar_end() { return ical_content_line("END:VCALENDAR"); }

}  // namespace noticekit::text
