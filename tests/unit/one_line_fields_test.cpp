// A name typed with a line break ("Portal\r\nBcc: victim@example.com") must not reach a place
// that holds one line: a mail-merged subject, an .eml header, a chat title, a payload's name.
// Otherwise the text after the break passes for a header of its own.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "noticekit/noticekit.h"

namespace {

using nlohmann::json;

json golden_sheet(const std::string& name) {
  std::ifstream in(std::filesystem::path(NOTICEKIT_GOLDEN_DIR) / name / "sheet.json");
  return json::parse(in);
}

bool has_line_break(const std::string& s) {
  return s.find_first_of("\r\n") != std::string::npos || s.find("\u2028") != std::string::npos ||
         s.find("\u2029") != std::string::npos;
}

// The header lines of an .eml file, unfolded (RFC 5322 §2.2.3): everything before the
// first empty line.
std::vector<std::string> eml_headers(const std::string& eml) {
  std::vector<std::string> headers;
  std::istringstream in(eml);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) break;
    if ((line[0] == ' ' || line[0] == '\t') && !headers.empty())
      headers.back() += line;
    else
      headers.push_back(line);
  }
  return headers;
}

}  // namespace

TEST_CASE("a line break typed into a name never reaches a one-line field", "[escape]") {
  json sheet = golden_sheet("tax-bureau-planned");
  const std::string injected = "Portal\r\nBcc: victim@example.com\u2028X-Evil: 1";
  sheet["windows"][0]["systems"][0] = injected;
  sheet["organization"]["name"] = {{"zh-CN", "某某税务\n局"}, {"en", "Tax\r\nBureau"}};
  noticekit::Request request;
  request.languages = {"zh-CN", "en"};
  const auto result = json::parse(noticekit::render(sheet.dump(), request).json);
  REQUIRE_FALSE(result["outputs"].empty());
  for (const auto& output : result["outputs"]) {
    const std::string where =
        output["lang"].get<std::string>() + "." + output["channel"].get<std::string>();
    INFO(where);
    if (output.contains("subject")) CHECK_FALSE(has_line_break(output["subject"]));
    if (output.contains("title")) CHECK_FALSE(has_line_break(output["title"]));
    if (output.contains("eml")) {
      for (const auto& header : eml_headers(output["eml"])) {
        INFO(header);
        CHECK(header.rfind("Bcc:", 0) != 0);
        CHECK(header.rfind("X-Evil:", 0) != 0);
      }
    }
    if (output["channel"] == "status_page")
      for (const auto& incident : json::parse(output["payload"].get<std::string>()))
        CHECK_FALSE(has_line_break(incident["name"]));
  }
  bool warned = false;
  for (const auto& f : result["findings"])
    warned |= f["code"] == "text.line_break" && f["path"] == "/windows/0/systems/0";
  CHECK(warned);
}
