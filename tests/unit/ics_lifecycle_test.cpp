// A calendar event must follow the outage through its lifecycle: the reschedule and the
// cancellation of a window carry the UID of the event its announcement created (so calendars
// update it instead of adding a second one), a higher SEQUENCE, and the same UID in every
// language.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "noticekit/noticekit.h"

namespace {

std::string golden_sheet(const std::string& name) {
  std::ifstream in(std::filesystem::path(NOTICEKIT_GOLDEN_DIR) / name / "sheet.json");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The value of `property` in the first VEVENT of the ics output for `lang`.
std::string ics_property(const std::string& sheet, const std::string& kind, const std::string& lang,
                         const std::string& property) {
  noticekit::Request request;
  request.languages = {lang};
  request.channels = {"ics"};
  request.kind = kind;
  const auto result = nlohmann::json::parse(noticekit::render(sheet, request).json);
  const std::string ics = result["outputs"].at(0)["text"].get<std::string>();
  const auto at = ics.find("\r\n" + property + ":");
  REQUIRE(at != std::string::npos);
  const auto start = at + 2 + property.size() + 1;
  return ics.substr(start, ics.find("\r\n", start) - start);
}

}  // namespace

TEST_CASE("a window keeps its calendar UID through the lifecycle and across languages", "[ics]") {
  const std::string announced =
      ics_property(golden_sheet("lifecycle-announcement"), "", "en", "UID");
  CHECK(ics_property(golden_sheet("lifecycle-announcement"), "", "zh-CN", "UID") == announced);
  CHECK(ics_property(golden_sheet("lifecycle-reschedule"), "reschedule", "en", "UID") == announced);
  CHECK(ics_property(golden_sheet("lifecycle-cancellation"), "cancellation", "zh-CN", "UID") ==
        announced);
  CHECK(ics_property(golden_sheet("lifecycle-extension"), "extension", "en", "UID") == announced);

  CHECK(ics_property(golden_sheet("lifecycle-announcement"), "", "en", "SEQUENCE") == "0");
  CHECK(ics_property(golden_sheet("lifecycle-reschedule"), "reschedule", "en", "SEQUENCE") == "1");
  CHECK(ics_property(golden_sheet("lifecycle-cancellation"), "cancellation", "en", "SEQUENCE") ==
        "1");
  CHECK(ics_property(golden_sheet("lifecycle-cancellation"), "cancellation", "en", "STATUS") ==
        "CANCELLED");
}

TEST_CASE("SEQUENCE follows the sheet's revision count", "[ics]") {
  // A second reschedule (revision 2): the event keeps the UID the announcement gave it and
  // carries SEQUENCE 2, so calendars replace the copy from the first reschedule (SEQUENCE 1).
  const std::string second = golden_sheet("lifecycle-second-reschedule");
  const std::string announced =
      ics_property(golden_sheet("lifecycle-announcement"), "", "en", "UID");
  CHECK(ics_property(second, "reschedule", "en", "UID") == announced);
  CHECK(ics_property(second, "reschedule", "zh-CN", "SEQUENCE") == "2");
  CHECK(ics_property(second, "reminder", "en", "SEQUENCE") == "2");  // the event as it stands
  CHECK(ics_property(second, "cancellation", "en", "SEQUENCE") == "3");
  CHECK(ics_property(second, "cancellation", "en", "STATUS") == "CANCELLED");

  struct Row {
    const char* kind;
    int revision;  // -1: absent
    const char* sequence;
  };
  const Row rows[] = {
      {"reminder", -1, "0"},    {"reminder", 0, "0"},     {"reminder", 4, "4"},
      {"reschedule", -1, "1"},  {"reschedule", 0, "1"},   {"reschedule", 3, "3"},
      {"extension", 0, "1"},    {"extension", 2, "2"},    {"cancellation", -1, "1"},
      {"cancellation", 0, "1"}, {"cancellation", 5, "6"}, {"started", 1, "1"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.kind, row.revision);
    auto sheet = nlohmann::json::parse(golden_sheet("lifecycle-reschedule"));
    if (row.revision >= 0) sheet["revision"] = row.revision;
    CHECK(ics_property(sheet.dump(), row.kind, "en", "SEQUENCE") == row.sequence);
  }
}

TEST_CASE("revision must be a whole number from 0 to 9999, and says where", "[ics]") {
  for (const nlohmann::json& bad : {nlohmann::json(-1), nlohmann::json(10000), nlohmann::json(1.5),
                                    nlohmann::json("2"), nlohmann::json::array({1})}) {
    CAPTURE(bad.dump());
    auto sheet = nlohmann::json::parse(golden_sheet("lifecycle-reschedule"));
    sheet["revision"] = bad;
    const auto result = noticekit::render(sheet.dump());
    CHECK(result.status == noticekit::Status::unusable);
    const auto json = nlohmann::json::parse(result.json);
    bool found = false;
    for (const auto& f : json["findings"])
      found =
          found || (f["code"] == "type.mismatch" && f["path"] == "/revision" &&
                    // In the sheet's first language, bounds and all: "0到9999之间的整数".
                    f["message"].get<std::string>().find("0到9999之间的整数") != std::string::npos);
    CHECK(found);
  }
}

namespace {

// Every SUMMARY of the ics output for `lang`, one per VEVENT, unfolded (RFC 5545 §3.1).
std::vector<std::string> ics_summaries(const std::string& sheet, const std::string& lang) {
  noticekit::Request request;
  request.languages = {lang};
  request.channels = {"ics"};
  const auto result = nlohmann::json::parse(noticekit::render(sheet, request).json);
  std::string ics = result["outputs"].at(0)["text"].get<std::string>();
  for (auto fold = ics.find("\r\n "); fold != std::string::npos; fold = ics.find("\r\n ", fold))
    ics.erase(fold, 3);
  std::vector<std::string> out;
  const std::string name = "\r\nSUMMARY;LANGUAGE=" + lang + ":";
  for (auto at = ics.find(name); at != std::string::npos; at = ics.find(name, at + 1)) {
    const auto start = at + name.size();
    std::string summary = ics.substr(start, ics.find("\r\n", start) - start);
    for (auto escape = summary.find('\\'); escape != std::string::npos;
         escape = summary.find('\\', escape + 1))
      summary.erase(escape, 1);  // "\," is ",", "\\" is "\" (§3.3.11)
    out.push_back(std::move(summary));
  }
  return out;
}

}  // namespace

TEST_CASE("each calendar event is titled by its own window: its systems and its times", "[ics]") {
  // Three windows of one Saturday: online banking 00:00-04:00, mobile banking 01:00-05:00,
  // card statements 22:00-24:00. Titled by the notice's subject, every event read "3 systems
  // unavailable on Sat 28 Nov, 00:00 to midnight": a whole day, and systems it does not block.
  const std::string sheet = golden_sheet("multiple-windows");
  const auto en = ics_summaries(sheet, "en");
  REQUIRE(en.size() == 3);
  CHECK(en[0] ==
        "Scheduled maintenance: Personal online banking unavailable on Sat 28 Nov, 00:00 to 04:00 "
        "Beijing time");
  CHECK(en[1] ==
        "Scheduled maintenance: Mobile banking unavailable on Sat 28 Nov, 01:00 to approx. 05:00 "
        "Beijing time");
  CHECK(en[2] ==
        "Scheduled maintenance: Credit card statements unavailable on Sat 28 Nov, 22:00 to "
        "midnight Beijing time");
  const auto zh = ics_summaries(sheet, "zh-CN");
  REQUIRE(zh.size() == 3);
  const std::vector<std::string> systems = {"个人网上银行", "手机银行", "信用卡账单查询"};
  for (std::size_t i = 0; i < zh.size(); ++i) {
    INFO(zh[i]);
    for (std::size_t s = 0; s < systems.size(); ++s)
      CHECK((zh[i].find(systems[s]) != std::string::npos) == (s == i));
  }
}
