// The formats behind the document channels (eml, ics, status page), table-driven; the golden
// cases and tests/channels/ read whole outputs back with real parsers.
#include <string>

#include <catch2/catch.hpp>

#include "channels/mime.h"
#include "time/utc_format.h"

using namespace noticekit;

TEST_CASE("instants are written the way each format wants them", "[utc_format]") {
  const time::UtcSeconds t = 1796479200;  // 2026-12-05T14:00:00Z, a Saturday
  CHECK(time::format_ical_utc(t) == "20261205T140000Z");
  CHECK(time::format_iso8601_utc(t) == "2026-12-05T14:00:00Z");
  CHECK(time::format_rfc5322(t, 8 * 3600) == "Sat, 05 Dec 2026 22:00:00 +0800");
  CHECK(time::format_rfc5322(t, -(3 * 3600 + 1800)) == "Sat, 05 Dec 2026 10:30:00 -0330");
  CHECK(time::format_rfc5322(0, 0) == "Thu, 01 Jan 1970 00:00:00 +0000");
}

TEST_CASE("an .eml keeps every line and every encoded-word within its limit", "[mime]") {
  struct Row {
    std::string subject;
    bool encoded;
  };
  const Row rows[] = {
      {"Scheduled maintenance: e-Tax Bureau unavailable Sat 5 Dec, 22:00–06:00 CST", true},
      {"Scheduled maintenance: three systems unavailable on Saturday 5 December from ten", false},
      {std::string(40, 'x') + "😀" + std::string(200, 'y'), true},
      // Issue 18: an ASCII word longer than a line (a 1,200-character system name) cannot be
      // folded at a space; it left a header line of 1,201 octets (RFC 5322 allows 998).
      {"Scheduled maintenance: " + std::string(1200, 'X') + " unavailable", true},
      {"关于电子税务局、自然人电子税务局(扣缴端)"
       "等系统停机维护的公告关于电子税务局等系统停机维护的公告",
       true},
  };
  for (const auto& row : rows) {
    INFO(row.subject);
    const std::string eml =
        channels::eml_message({row.subject, "text\n", "<p>html</p>\n", "en", std::nullopt, ""});
    CHECK((eml.find("=?UTF-8?B?") != std::string::npos) == row.encoded);
    CHECK(eml.find("Date:") == std::string::npos);  // no issue time, no Date
    std::size_t begin = 0;
    while (begin < eml.size()) {
      const std::size_t end = eml.find("\r\n", begin);
      REQUIRE(end != std::string::npos);  // every line ends in CRLF
      CHECK(end - begin <= 76);
      const std::string line = eml.substr(begin, end - begin);
      CHECK(line.find('\n') == std::string::npos);
      if (const auto word = line.find("=?UTF-8?B?"); word != std::string::npos)
        CHECK(line.size() - word <= 75);  // RFC 2047 §2
      begin = end + 2;
    }
  }
}

TEST_CASE("the same parts give the same .eml, and different parts a different boundary", "[mime]") {
  const channels::EmlParts a{"Subject", "text\n", "<p>html</p>\n", "en", 0, "Asia/Shanghai"};
  channels::EmlParts b = a;
  b.text = "other\n";
  CHECK(channels::eml_message(a) == channels::eml_message(a));
  CHECK(channels::eml_message(a).find("Date: Thu, 01 Jan 1970 08:00:00 +0800\r\n") == 0);
  const auto boundary = [](const std::string& eml) {
    const auto at = eml.find("boundary=\"");
    return eml.substr(at, eml.find('"', at + 10) - at);
  };
  CHECK(boundary(channels::eml_message(a)) != boundary(channels::eml_message(b)));
}
