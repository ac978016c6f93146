// Email subjects in every language: within the recommended 78 characters where the facts allow,
// shortened in a known order (fewer systems named, then the date without times), and never
// shortened into something untrue (a window of several days named by its first date).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "compose/compose.h"
#include "locale/locale.h"
#include "model/message_kind.h"
#include "noticekit/noticekit.h"
#include "text/utf8.h"

namespace {

std::string golden_sheet(const std::string& name) {
  std::ifstream in(std::filesystem::path(NOTICEKIT_GOLDEN_DIR) / name / "sheet.json",
                   std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

nlohmann::json email(const std::string& sheet, const std::string& lang,
                     const std::string& kind = "") {
  noticekit::Request request;
  request.languages = {lang};
  request.channels = {"email"};
  request.kind = kind;
  const auto result = nlohmann::json::parse(noticekit::render(sheet, request).json);
  REQUIRE(result["outputs"].size() == 1);
  return result["outputs"][0];
}

// Three systems with long names, in a window from Saturday 22:00 (or `start`) to `end`.
std::string night_sheet(const std::string& end, const std::string& start = "2026-12-05T22:00") {
  return R"({"schema":"noticekit/1","kind":"planned","organization":{"name":"Northwind Bank"},
    "issued":"2026-11-20T10:00","time_zone":"Europe/Berlin","languages":["en"],
    "audience":{"kind":"customers"},
    "windows":[{"systems":["Online banking for business customers","Mobile banking app","Card payments terminal network"],
                "start":")" +
         start + R"(","end":")" + end + R"("}],
    "reason":{"category":"upgrade","text":"an upgrade"},
    "contacts":[{"kind":"phone","value":"+49 30 1234567"}]})";
}

}  // namespace

TEST_CASE("every language keeps the subjects of every message within the limit", "[subject]") {
  for (const auto kind : noticekit::model::message_kind_names) {
    const std::string sheet = golden_sheet("lifecycle-" + std::string(kind));
    for (const auto& tag : noticekit::locale::Locale::tags()) {
      const auto out = email(sheet, tag, std::string(kind));
      INFO(kind << " in " << tag << ": " << out["subject"]);
      CHECK(out["metrics"]["ok"] == true);
      CHECK(noticekit::text::count_code_points(out["subject"].get<std::string>()) <=
            noticekit::compose::subject_limit);
    }
  }
}

TEST_CASE("a long subject names fewer systems first, then drops the times of a one-night window",
          "[subject]") {
  // A window within one day: the three names do not fit, a count and the times do.
  const auto same_day = email(night_sheet("2026-12-05T05:00", "2026-12-05T01:00"), "en");
  CHECK(same_day["subject"] ==
        "Scheduled maintenance: 3 services unavailable on Sat 5 Dec, 01:00 to 05:00 CET");
  // Overnight, both dates and times do not fit either: the date alone remains.
  const auto overnight = email(night_sheet("2026-12-06T06:00"), "en");
  CHECK(overnight["subject"] == "Scheduled maintenance: 3 services unavailable on Sat 5 Dec");
  const auto overnight_de = email(night_sheet("2026-12-06T06:00"), "de");
  CHECK(overnight_de["subject"] == "Geplante Wartung: 3 Dienste am Sa., 5. Dez. nicht verfügbar");
  CHECK(overnight_de["metrics"]["ok"] == true);
}

TEST_CASE("a window of several days keeps its end in the subject, even over the limit",
          "[subject]") {
  // Named by its first date alone, a window to Tuesday would read as a Saturday outage.
  const auto long_window = email(night_sheet("2026-12-08T06:00"), "en");
  const std::string subject = long_window["subject"];
  INFO(subject);
  CHECK(subject.find("Tue 8 Dec") != std::string::npos);
  CHECK(subject.find("3 services") != std::string::npos);
}

TEST_CASE("a 24-hour window into the next day keeps its end in the subject", "[subject]") {
  // 06:30 to 06:30 the next day: named by "Sat 5 Dec" alone, it would read as a Saturday
  // outage. (00:00 to midnight of one date may be named by that date: the multiple-windows
  // golden case, whose three windows all fall on Sat 28 Nov.)
  const auto into_sunday = email(night_sheet("2026-12-06T06:30", "2026-12-05T06:30"), "en");
  const std::string subject = into_sunday["subject"];
  INFO(subject);
  CHECK(subject.find("Sun 6 Dec") != std::string::npos);
}

TEST_CASE("an emergency with a known end is down since its start, and expected back by its end",
          "[subject]") {
  auto sheet = nlohmann::json::parse(golden_sheet("lifecycle-emergency"));
  sheet["windows"][0]["end"] = "2026-12-08T18:00";
  sheet["windows"][0]["end_is_estimate"] = true;
  // "down since 14:05 to 18:00" would read the window as a starting moment.
  const auto mail = email(sheet.dump(), "en");
  CHECK(mail["subject"] ==
        "Service disruption: e-Tax Bureau down since 14:05 Beijing time on Tue 8 Dec");
  noticekit::Request request;
  request.languages = {"en"};
  request.channels = {"sms"};
  const auto sms =
      nlohmann::json::parse(noticekit::render(sheet.dump(), request).json)["outputs"][0]["text"]
          .get<std::string>();
  INFO(sms);
  CHECK(sms.find("unavailable since 14:05 Beijing time on Tue 8 Dec") != std::string::npos);
  CHECK(sms.find("Expected back by 18:00 Beijing time on Tue 8 Dec.") != std::string::npos);
}
