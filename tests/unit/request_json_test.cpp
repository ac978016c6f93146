// The request as JSON text (noticekit.h's render/check/plan overloads, what the WebAssembly
// module is given): what it sets, and each way it can be malformed, table-driven.
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "noticekit/noticekit.h"

namespace {

constexpr std::string_view kSheet = R"({"schema": "noticekit/1", "kind": "planned",
  "organization": {"name": "Example"}, "time_zone": "Europe/Berlin", "languages": ["en"],
  "issued": "2026-12-01T10:00",
  "windows": [{"systems": ["Portal"], "start": "2026-12-05T22:00", "end": "2026-12-06T02:00"}],
  "reason": {"category": "upgrade", "text": "an upgrade"}})";

std::string invalid(std::string_view path, std::string_view message) {
  return R"([{"code":"request.invalid","severity":"error","path":")" + std::string(path) +
         R"(","message":")" + std::string(message) + R"("}])";
}

}  // namespace

TEST_CASE("a request given as JSON text is the Request it spells", "[request]") {
  for (const std::string_view request : {"", " \n", "null", "{}"}) {
    INFO(request);
    CHECK(noticekit::render(kSheet, request).json == noticekit::render(kSheet).json);
    CHECK(noticekit::check(kSheet, request).json == noticekit::check(kSheet).json);
    CHECK(noticekit::plan(kSheet, request).json == noticekit::plan(kSheet).json);
  }
  const noticekit::Request sms_in_german{{"de"}, {"sms"},  "reminder",        "",
                                         1,      {"text"}, "2026-12-04T10:00"};
  CHECK(noticekit::render(kSheet, R"({"languages":["de"],"channels":["sms"],"kind":"reminder",
                                      "fields":["text"],"at":"2026-12-04T10:00"})")
            .json == noticekit::render(kSheet, sms_in_german).json);
}

TEST_CASE("a malformed request is answered with where and what, in the call's shape", "[request]") {
  struct Row {
    std::string_view request, path, message;
  };
  const Row rows[] = {
      {"{", "", "The options are not valid JSON."},
      {"[]", "",
       R"(The options must be a JSON object: {\"languages\": [...], \"channels\": [...]}.)"},
      {R"({"languages": "en"})", "/languages", R"(\"languages\" must be an array of strings.)"},
      {R"({"channels": ["sms", 3]})", "/channels/1",
       R"(Each item of \"channels\" must be a string.)"},
      {R"({"kind": 1})", "/kind", R"(\"kind\" must be a string such as \"reminder\".)"},
      {R"({"at": false})", "/at",
       R"(\"at\" must be a local date and time such as \"2026-12-06T06:30\".)"},
      {R"({"role": []})", "/role",
       R"(\"role\" must be a string: a role's name from audience.roles.)"},
      {R"({"messages_language": ["en"]})", "/messages_language",
       R"(\"messages_language\" must be a language tag such as \"en\".)"},
      {R"({"language": ["en"]})", "/language",
       R"(Unknown option \"language\"; the options are \"languages\", \"channels\", \"fields\", \"kind\", \"role\", \"at\" and \"messages_language\".)"},
      {R"({"a/b~": 1})", "/a~1b~0",
       R"(Unknown option \"a/b~\"; the options are \"languages\", \"channels\", \"fields\", \"kind\", \"role\", \"at\" and \"messages_language\".)"},
  };
  for (const auto& row : rows) {
    INFO(row.request);
    const std::string findings = invalid(row.path, row.message);
    const auto rendered = noticekit::render(kSheet, row.request);
    CHECK(rendered.status == noticekit::Status::unusable);
    CHECK(rendered.json == R"({"outputs":[],"findings":)" + findings + "}");
    CHECK(noticekit::check(kSheet, row.request).json == R"({"findings":)" + findings + "}");
    CHECK(noticekit::plan(kSheet, row.request).json ==
          R"({"channels":[],"schedule":[],"costs":{},"support":{},"audiences":[],"ics":"",)"
          R"("findings":)" +
              findings + "}");
  }
}

TEST_CASE("messages_language words the findings, completeness and plan, not the notices",
          "[request]") {
  // Its default is the first language written: naming that one changes nothing.
  const std::string_view in_english = R"({"messages_language":"en"})";
  CHECK(noticekit::render(kSheet, in_english).json == noticekit::render(kSheet).json);
  CHECK(noticekit::plan(kSheet, in_english).json == noticekit::plan(kSheet).json);
  // In German: the same notices, the same finding codes, other words.
  const std::string_view in_german = R"({"messages_language":"de"})";
  const auto german = noticekit::render(kSheet, in_german);
  const auto english = noticekit::render(kSheet);
  CHECK(german.status == english.status);
  const auto outputs = [](const std::string& json) {
    return json.substr(0, json.find("\"findings\""));
  };
  CHECK(outputs(german.json) == outputs(english.json));
  CHECK(german.json != english.json);
  // As the German notices' own findings and plan are worded.
  const std::string_view german_notices = R"({"languages":["de"]})";
  const std::string_view both = R"({"languages":["de"],"messages_language":"de"})";
  CHECK(noticekit::check(kSheet, both).json == noticekit::check(kSheet, german_notices).json);
  CHECK(noticekit::plan(kSheet, both).json == noticekit::plan(kSheet, german_notices).json);
  // A language no build writes is refused as the request's languages are.
  const auto refused = noticekit::check(kSheet, R"({"messages_language":"xx"})");
  CHECK(refused.status == noticekit::Status::unusable);
  CHECK(refused.json.find(R"("code":"language.unsupported")") != std::string::npos);
}
