// A calendar event must follow the outage through its lifecycle: the reschedule and the
// cancellation of a window carry the UID of the event its announcement created (so calendars
// update it instead of adding a second one), a higher SEQUENCE, and the same UID in every
// language.
#include <filesystem>
#include <fstream>
#include <sstream>

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
      found = found || (f["code"] == "type.mismatch" && f["path"] == "/revision" &&
                        f["message"].get<std::string>().find("0 to 9999") != std::string::npos);
    CHECK(found);
  }
}
