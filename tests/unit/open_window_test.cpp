// Work without an end, as readers of each language read it: a title short enough by the date it
// starts on, and a lead that frames the open end around the start where the language's particle
// would otherwise follow a bracket ("（終了時刻未定）に実施", "(종료 시각 미정)에").
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "base_sheet.h"
#include "noticekit/noticekit.h"

namespace {

// The email of the base sheet with its window left open, in `lang`.
nlohmann::json open_email(const std::string& lang, const std::string& kind = "reminder") {
  auto sheet = base_sheet();
  sheet["languages"] = {lang};
  sheet["windows"][0]["end"] = nullptr;
  sheet["next_update"] = "2026-12-06T09:00";
  noticekit::Request request;
  request.channels = {"email"};
  request.kind = kind;
  const auto result = nlohmann::json::parse(noticekit::render(sheet.dump(), request).json);
  REQUIRE(result["outputs"].size() == 1);
  return result["outputs"][0];
}

}  // namespace

TEST_CASE("a window without an end has a title that fits, by the date it starts on",
          "[open_window]") {
  const auto en = open_email("en");
  // The whole time, "from Sat 5 Dec, 22:00 Beijing time, until further notice", is too long.
  CHECK(en["subject"] == "Reminder: Dashboard unavailable from Sat 5 Dec until further notice");
  CHECK(en["metrics"]["ok"] == true);
}

TEST_CASE("a lead frames a window without an end around its start where the language needs it",
          "[open_window]") {
  const auto lead = [](const std::string& lang) {
    const std::string text = open_email(lang, "planned")["text"];
    auto begin = text.find("\n\n") + 2;
    begin = text.find("\n\n", begin) + 2;
    return text.substr(begin, text.find('\n', begin) - begin);
  };
  CHECK(lead("ja").find("22:00よりシステムメンテナンスを実施いたします（終了時刻は未定です）。") !=
        std::string::npos);
  CHECK(lead("ko").find("22:00부터 시스템 점검을 실시합니다(종료 시각 미정).") !=
        std::string::npos);
  for (const char* lang : {"ja", "ko"}) {
    INFO(lang << ": " << lead(lang));
    CHECK(lead(lang).find("）に") == std::string::npos);
    CHECK(lead(lang).find(")에") == std::string::npos);
  }
}
