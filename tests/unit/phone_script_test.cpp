// The phone script's length: languages that give their speaking rate in characters (Chinese
// 字, Japanese 字, Korean 음절) have every Han ideograph, kana and Hangul syllable of the
// script counted, and each Latin word or number once; the others count words. The counts
// here are made independently of the channel's code, from the Unicode blocks.
#include <cctype>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "noticekit/noticekit.h"
#include "text/utf8.h"

using nlohmann::json;

namespace {

bool is_syllable(char32_t c) {
  const bool han = (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
  const bool kana = (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF && c != 0x30FB);
  const bool hangul = c >= 0xAC00 && c <= 0xD7A3;
  return han || kana || hangul;
}

struct Counts {
  std::size_t syllables = 0, latin_words = 0;
};

Counts count(const std::string& text) {
  Counts out;
  bool in_latin = false;
  for (const char32_t c : noticekit::text::code_points(text)) {
    if (is_syllable(c)) ++out.syllables;
    const bool latin = c < 0x80 && std::isalnum(static_cast<int>(c));
    if (latin && !in_latin) ++out.latin_words;
    in_latin = latin;
  }
  return out;
}

std::string sheet(const std::string& lang, const std::string& zone, const std::string& system,
                  const std::string& reason) {
  return json{{"schema", "noticekit/1"},
              {"kind", "planned"},
              {"organization", {{"name", {{lang, system}}}}},
              {"issued", "2026-12-01T10:00"},
              {"time_zone", zone},
              {"languages", {lang}},
              {"windows",
               {{{"systems", {{{lang, system}}}},
                 {"start", "2026-12-05T22:00"},
                 {"end", "2026-12-06T06:00"}}}},
              {"reason", {{"text", {{lang, reason}}}}},
              {"contacts", {{{"kind", "phone"}, {"value", "0120-123-456"}}}}}
      .dump();
}

}  // namespace

TEST_CASE("a phone script is timed by the units its language counts its speaking rate in",
          "[phone]") {
  struct Row {
    const char* lang;
    std::string sheet;
    const char* unit;
    int per_minute;
  };
  const std::vector<Row> rows = {
      {"zh-CN", sheet("zh-CN", "Asia/Shanghai", "电子税务局", "系统升级"), "characters", 240},
      {"ja", sheet("ja", "Asia/Tokyo", "インターネットバンキング", "システムの更新"), "characters",
       300},
      {"ko", sheet("ko", "Asia/Seoul", "인터넷뱅킹", "시스템 업그레이드"), "characters", 280},
  };
  for (const Row& row : rows) {
    INFO(row.lang);
    const auto result = noticekit::render(row.sheet, noticekit::Request{{row.lang}, {"phone"}, {}});
    const json out = json::parse(result.json)["outputs"].at(0);
    const std::string text = out["text"];
    const json& m = out["metrics"];
    CHECK(m["speech_unit"] == row.unit);
    const Counts c = count(text);
    const std::size_t units = m["speech_units"];
    // Every syllable is counted; Latin words and numbers (the digits of a phone number are
    // said one by one) add one each.
    CHECK(units == c.syllables + c.latin_words);
    CHECK(m["speaking_seconds"] == static_cast<int>(std::ceil(units * 60.0 / row.per_minute)));
  }
}

TEST_CASE("a caller hears why the window changed, in every language", "[phone]") {
  // The extension sheet's change reason is in zh-CN and en; other languages read the English.
  std::ifstream in(std::string(NOTICEKIT_GOLDEN_DIR) + "/lifecycle-extension/sheet.json",
                   std::ios::binary);
  const std::string extension((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
  for (const std::string kind : {"extension", "reschedule", "cancellation"}) {
    for (const auto& lang : noticekit::supported_languages()) {
      noticekit::Request request{{lang}, {"phone"}, kind};
      const json out = json::parse(noticekit::render(extension, request).json)["outputs"].at(0);
      const std::string text = out["text"];
      INFO(kind << " in " << lang << ": " << text);
      const bool chinese = lang.rfind("zh", 0) == 0;
      CHECK(text.find(chinese ? "数据迁移耗时超出预期"
                              : "data migration that is taking longer than expected") !=
            std::string::npos);
    }
  }
}

// A caller is told whom to call as a person would say it: an unlabelled number is the
// organisation's own ("call us on …", not "call Phone on …"), and "24 h/24" is "24 h sur 24",
// not "24 h barre oblique 24".
TEST_CASE("a caller hears contacts as a person says them", "[phone]") {
  const auto script = [](const std::string& lang, const json& contact) {
    json s = json::parse(sheet(lang, "Europe/Paris", "Portail", "une mise à jour"));
    s["contacts"] = json::array({contact});  // not {contact}: clang reads that as the object
    noticekit::Request request{{lang}, {"phone"}, ""};
    return json::parse(noticekit::render(s.dump(), request).json)["outputs"]
        .at(0)["text"]
        .get<std::string>();
  };
  const json unlabelled = {{"kind", "phone"}, {"value", "12366"}};
  CHECK(script("en", unlabelled).find("For questions, call us on 1 2 3 6 6.") != std::string::npos);
  CHECK(script("zh-CN", unlabelled).find("如有疑问，请拨打1 2 3 6 6。") != std::string::npos);
  const json labelled = {{"kind", "phone"}, {"value", "12366"}, {"label", "Service client"}};
  // The writer's label comes after the number, where it needs no article of its own, and
  // without brackets, which a voice cannot say.
  CHECK(script("fr", labelled).find("composez le 1 2 3 6 6, Service client.") != std::string::npos);
  json hours = unlabelled;
  hours["hours"] = "24 h/24, 7 j/7";
  const std::string fr = script("fr", hours);
  INFO(fr);
  CHECK(fr.find("24 h sur 24, 7 j sur 7") != std::string::npos);
  CHECK(fr.find("barre oblique") == std::string::npos);
}

// Spanish says one o'clock in the singular: "a la 1", never "a las 1 horas".
TEST_CASE("a Spanish caller hears one o'clock in the singular", "[phone]") {
  json s = json::parse(sheet("es", "Europe/Madrid", "Portal", "una actualización"));
  s["windows"][0]["end"] = "2026-12-06T01:30";
  noticekit::Request request{{"es"}, {"phone"}, ""};
  const std::string text = json::parse(noticekit::render(s.dump(), request).json)["outputs"]
                               .at(0)["text"]
                               .get<std::string>();
  INFO(text);
  CHECK(text.find("a la 1 y 30") != std::string::npos);
  CHECK(text.find("a las 22 horas") != std::string::npos);
  CHECK(text.find("las 1 ") == std::string::npos);
}

// "12월 28일 자정" is heard as the night of the 28th, a day late: a Korean caller hears the
// hour zero of the day it starts ("28일 월요일 0시"), as Korean broadcasts say it.
TEST_CASE("a Korean caller hears midnight as hour zero of its day", "[phone]") {
  json s = json::parse(sheet("ko", "Asia/Seoul", "모바일 뱅킹", "시스템 점검"));
  s["windows"][0]["start"] = "2026-12-26T20:00";
  s["windows"][0]["end"] = "2026-12-28T00:00";
  noticekit::Request request{{"ko"}, {"phone"}, ""};
  const std::string text = json::parse(noticekit::render(s.dump(), request).json)["outputs"]
                               .at(0)["text"]
                               .get<std::string>();
  INFO(text);
  CHECK(text.find("12월 28일 월요일 0시까지") != std::string::npos);
  CHECK(text.find("자정") == std::string::npos);
}

// Text typed on Windows ends its lines with CR LF: a link before such a line end is spoken as
// the address it is: the carriage return is not taken into the address (which would split the
// line end around the spoken address), and the script is the one for the same text typed with
// LF only, but for the line end itself.
TEST_CASE("a caller hears a link before a Windows line end as the address it is", "[phone]") {
  const auto script = [](const std::string& line_end) {
    json s = json::parse(sheet("en", "Europe/London", "Portal", "an upgrade"));
    s["alternatives"] = json::array({"See https://status.example.com" + line_end + "for updates"});
    noticekit::Request request{{"en"}, {"phone"}, ""};
    return json::parse(noticekit::render(s.dump(), request).json)["outputs"]
        .at(0)["text"]
        .get<std::string>();
  };
  const std::string lf = script("\n"), crlf = script("\r\n");
  INFO(crlf);
  CHECK(crlf.find("See status dot example dot com") != std::string::npos);
  CHECK(crlf.find("\r\n") != std::string::npos);
  std::string crlf_as_lf = crlf;
  crlf_as_lf.erase(crlf_as_lf.find('\r'), 1);
  CHECK(crlf_as_lf == lf);
}
