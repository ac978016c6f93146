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
  const std::string announced = ics_property(golden_sheet("lifecycle-announcement"), "", "en", "UID");
  CHECK(ics_property(golden_sheet("lifecycle-announcement"), "", "zh-CN", "UID") == announced);
  CHECK(ics_property(golden_sheet("lifecycle-reschedule"), "reschedule", "en", "UID") == announced);
  CHECK(ics_property(golden_sheet("lifecycle-cancellation"), "cancellation", "zh-CN", "UID") == announced);
  CHECK(ics_property(golden_sheet("lifecycle-extension"), "extension", "en", "UID") == announced);

  CHECK(ics_property(golden_sheet("lifecycle-announcement"), "", "en", "SEQUENCE") == "0");
  CHECK(ics_property(golden_sheet("lifecycle-reschedule"), "reschedule", "en", "SEQUENCE") == "1");
  CHECK(ics_property(golden_sheet("lifecycle-cancellation"), "cancellation", "en", "SEQUENCE") == "1");
  CHECK(ics_property(golden_sheet("lifecycle-cancellation"), "cancellation", "en", "STATUS") == "CANCELLED");
}
