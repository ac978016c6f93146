// Bad input the core once accepted silently, rendered in a surprising way, or worked too
// hard on (tests/bad-input holds a file for each; these pin the behaviour down in-process).
#include <string>
#include <string_view>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "model/json_text.h"
#include "noticekit/noticekit.h"

using nlohmann::json;
using namespace std::string_literals;

namespace {

// A sheet that passes cleanly, as text, with `{extra}` where a test adds members.
std::string sheet(std::string_view extra = "", std::string_view name = "Acme Cloud") {
  return R"({"schema": "noticekit/1", "kind": "planned", "organization": {"name": ")" +
         std::string(name) +
         R"(", "sms_signature": "Acme"}, "issued": "2026-03-01T09:00", "time_zone": "UTC", "languages": ["en"],
  "windows": [{"systems": ["Dashboard"], "start": "2026-03-08T09:00", "end": "2026-03-08T10:00"}],
  "reason": {"text": "an upgrade"}, "impact": {"unavailable": ["signing in"]},
  "alternatives": ["use the app"], "contacts": [{"kind": "email", "value": "help@acme.example"}])" +
         std::string(extra) + "}";
}

struct Found {
  noticekit::Status status;
  json findings;
  bool has(std::string_view code, std::string_view path) const {
    for (const auto& f : findings)
      if (f["code"] == code && f["path"] == path) return true;
    return false;
  }
  std::string message(std::string_view code) const {
    for (const auto& f : findings)
      if (f["code"] == code) return f["message"];
    return {};
  }
};

Found check(std::string_view text) {
  const auto result = noticekit::check(text);
  return {result.status, json::parse(result.json)["findings"]};
}

}  // namespace

TEST_CASE("the test sheet is clean", "[bad-input]") {
  const Found found = check(sheet());
  CHECK(found.status == noticekit::Status::ok);
  CHECK(found.findings.empty());
}

TEST_CASE("a NUL byte is a syntax error at its position, not the end of the input", "[bad-input]") {
  // nlohmann stops at a NUL as if the text ended there, so this once passed as a clean sheet.
  const auto parsed = noticekit::model::parse_json_text("{\n \"a\": 1\n}\0{ignored"s);
  CHECK_FALSE(parsed.ok);
  CHECK(parsed.line == 3);
  CHECK(parsed.column == 2);
  CHECK_THAT(parsed.error, Catch::Contains("NUL"));
  const Found found = check(sheet() + "\0"s);
  CHECK(found.status == noticekit::Status::unusable);
  CHECK(found.has("json.syntax", ""));
}

TEST_CASE("a key repeated in one object is reported where it is", "[bad-input]") {
  SECTION("at the top") {
    const Found found =
        check(R"({"schema": "noticekit/1", "kind": "planned", "kind": "emergency"})");
    CHECK(found.status == noticekit::Status::unusable);
    CHECK(found.has("json.duplicate_key", "/kind"));
  }
  SECTION("inside an array of objects") {
    std::string text = sheet();
    text.replace(text.find(R"("end": )"), 0, R"("end": "2026-03-09T10:00", )");
    const Found found = check(text);
    CHECK(found.status == noticekit::Status::unusable);
    CHECK(found.has("json.duplicate_key", "/windows/0/end"));
  }
  SECTION("a member the sheet already has, added again") {
    CHECK(check(sheet(R"(, "reason": {"text": "x"})")).has("json.duplicate_key", "/reason"));
  }
  SECTION("the same key in two objects is fine") {
    // "kind" is both the sheet's and the contact's; "name" could be in several objects.
    CHECK(check(sheet(R"(, "service_halls": [{"name": "A"}, {"name": "B"}])")).status ==
          noticekit::Status::ok);
  }
}

TEST_CASE("bidi and control characters in text are errors naming the character", "[bad-input]") {
  struct Row {
    std::string name_json;  // the organization name as JSON string content
    std::string code;       // empty: no finding
    std::string character;
  };
  const Row rows[] = {
      {R"(Acme \u202eduolC)", "text.bidi_control", "U+202E"},
      {R"(Acme \u2067Cloud\u2069)", "text.bidi_control", "U+2067"},
      {R"(Acme\u0000Cloud)", "text.control_character", "U+0000"},
      {R"(\u001b[2JAcme)", "text.control_character", "U+001B"},
      {R"(Acme\u0085Cloud)", "text.control_character", "U+0085"},
      {R"(Acme\u007fCloud)", "text.control_character", "U+007F"},
      // Ordinary text: line breaks and tabs, the direction marks, right-to-left letters.
      {R"(Acme\tCloud\r\n)", "", ""},
      {R"(Acme \u200fCloud\u200e)", "", ""},
      {R"(\u05d0\u05e7\u05de\u05d4)", "", ""},
  };
  for (const auto& row : rows) {
    INFO(row.name_json);
    const Found found = check(sheet("", row.name_json));
    if (row.code.empty()) {
      CHECK(found.status == noticekit::Status::ok);
      continue;
    }
    CHECK(found.status == noticekit::Status::invalid);
    CHECK(found.has(row.code, "/organization/name"));
    CHECK_THAT(found.message(row.code), Catch::Contains(row.character));
  }
}

// Issue 18: invisible characters copied in with text are warned about, naming the character;
// a joiner inside an emoji sequence is how that emoji is written.
TEST_CASE("invisible characters in text are warnings naming the character", "[bad-input]") {
  const std::pair<std::string, std::string> rows[] = {
      {R"(Acme\u200bCloud)", "U+200B"},
      {R"(Acme\u200cCloud)", "U+200C"},
      {R"(Acme\u200dCloud)", "U+200D"},
      {R"(Acme\u2060Cloud)", "U+2060"},
      {R"(Acme\ufeffCloud)", "U+FEFF"},
      {R"(Acme\udb40\udc41\udb40\udc42)", "U+E0041"},        // tag characters "AB"
      {R"(Acme \ud83d\udc68\u200d\ud83d\udcbb Cloud)", ""},  // a person at a laptop, one emoji
  };
  for (const auto& [name, character] : rows) {
    INFO(name);
    const Found found = check(sheet("", name));
    CHECK(found.status == noticekit::Status::ok);
    if (character.empty()) {
      CHECK_FALSE(found.has("text.invisible_character", "/organization/name"));
      continue;
    }
    CHECK(found.has("text.invisible_character", "/organization/name"));
    CHECK_THAT(found.message("text.invisible_character"), Catch::Contains(character));
  }
}

TEST_CASE("audience.size is a whole number from 0 to ten billion", "[bad-input]") {
  for (const char* bad : {"-1", "-120000", "1.5", "10000000001", "18446744073709551615", "1e30"}) {
    INFO(bad);
    const Found found = check(sheet(R"(, "audience": {"size": )"s + bad + "}"));
    CHECK(found.status == noticekit::Status::unusable);
    CHECK(found.has("type.mismatch", "/audience/size"));
  }
  for (const char* good : {"0", "120000", "10000000000"}) {
    INFO(good);
    CHECK(check(sheet(R"(, "audience": {"size": )"s + good + "}")).status == noticekit::Status::ok);
  }
}

TEST_CASE("a language listed twice is rendered once", "[bad-input]") {
  std::string text = sheet();
  text.replace(text.find(R"(["en"])"), 6, R"(["en", "en", "en"])");
  noticekit::Request request;
  request.channels = {"sms", "sms"};
  const auto rendered = json::parse(noticekit::render(text, request).json);
  CHECK(rendered["outputs"].size() == 1);
}

TEST_CASE("an unsupported schema that is a container is named by its type", "[bad-input]") {
  const std::string nested = std::string(60, '[') + std::string(60, ']');
  const Found found = check(R"({"schema": )" + nested + "}");
  CHECK(found.status == noticekit::Status::unusable);
  CHECK(found.has("schema.unsupported", "/schema"));
  CHECK_THAT(found.message("schema.unsupported"), Catch::Contains("array"));
  CHECK(found.message("schema.unsupported").size() < 200);
}

TEST_CASE("a deeply nested value where a text belongs is a type error", "[bad-input]") {
  // Reading it once copied the value recursively, which overflowed the stack under ASan.
  const std::string nested = std::string(60, '[') + std::string(60, ']');
  const Found found = check(sheet(R"(, "incident": {"root_cause": )" + nested + "}"));
  CHECK(found.status == noticekit::Status::unusable);
  CHECK(found.has("type.mismatch", "/incident/root_cause"));
}

TEST_CASE("JSON nested more than 64 levels deep is refused where the 65th level opens",
          "[bad-input]") {
  const std::string nested = std::string(10000, '[') + std::string(10000, ']');
  const std::string text = "{\"schema\": \"noticekit/1\",\n \"x\": " + nested + "}";
  const Found found = check(text);
  CHECK(found.status == noticekit::Status::unusable);
  REQUIRE(found.has("json.syntax", ""));
  // Line 2: ` "x": ` is 6 columns, the object is level 1, so the 64th '[' opens level 65.
  CHECK_THAT(found.message("json.syntax"),
             Catch::Contains("line 2, column 70") && Catch::Contains("more than 64 levels deep"));
  CHECK(check(sheet(R"(, "x": )" + std::string(63, '[') + std::string(63, ']'))).status !=
        noticekit::Status::unusable);
}

TEST_CASE("a sheet over 64 KiB is refused before it is read", "[bad-input]") {
  const std::string base = sheet();
  const std::string padded = base.substr(0, base.size() - 1) + R"(, "x": ")" +
                             std::string(noticekit::max_sheet_bytes, 'a') + "\"}";
  const Found found = check(padded);
  CHECK(found.status == noticekit::Status::unusable);
  CHECK(found.has("sheet.too_large", ""));
  CHECK_THAT(found.message("sheet.too_large"), Catch::Contains("64 KiB"));
}

TEST_CASE("findings stop at 100, the rest counted in one with the gravest severity",
          "[bad-input]") {
  json s = json::parse(sheet());
  for (int i = 0; i < 300; ++i) s["unknown_" + std::to_string(i)] = 1;
  s["windows"][0]["end"] = "2026-03-08T08:00";  // before its start: an error, found last
  const auto result = json::parse(noticekit::check(s.dump()).json);
  const auto& findings = result["findings"];
  REQUIRE(findings.size() == noticekit::max_findings + 1);
  const auto& last = findings.back();
  CHECK(last["code"] == "findings.more");
  CHECK_THAT(last["message"].get<std::string>(), Catch::Contains("more findings"));
  // The window's error comes after the 300 unknown keys: it is among the unlisted ones.
  CHECK(last["severity"] == "error");
}

TEST_CASE("a notice asked for in more than 12 languages is refused", "[bad-input]") {
  noticekit::Request request;
  request.languages = {"zh-CN+en", "en+zh-CN", "ja+en", "ko+en", "fr+en", "de+en", "es"};
  const auto result = noticekit::render(sheet(), request);
  CHECK(result.status == noticekit::Status::unusable);
  CHECK_THAT(result.json, Catch::Contains("languages.too_many"));
  request.languages.pop_back();
  CHECK(noticekit::render(sheet(), request).status != noticekit::Status::unusable);
}

TEST_CASE("a sheet holds at most 100 windows", "[bad-input]") {
  // Each calendar event carries the whole notice: 2,000 windows once took minutes.
  auto with_windows = [](std::size_t count) {
    json s = json::parse(sheet());
    const json window = s["windows"][0];
    s["windows"] = json::array();
    for (std::size_t i = 0; i < count; ++i) s["windows"].push_back(window);
    return s.dump();
  };
  const Found many = check(with_windows(101));
  CHECK(many.status == noticekit::Status::invalid);
  CHECK(many.has("windows.too_many", "/windows"));
  CHECK_FALSE(check(with_windows(100)).has("windows.too_many", "/windows"));
}
