// Request::fields (`--fields`): a caller that merges only the text into letters asks for
// subject and text, gets exactly those, and the same text as without the option.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "noticekit/noticekit.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string golden_sheet(const std::string& name) {
  std::ifstream in(fs::path(NOTICEKIT_GOLDEN_DIR) / name / "sheet.json", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

json render(const std::string& sheet, const noticekit::Request& request) {
  const auto result = noticekit::render(sheet, request);
  REQUIRE(result.status == noticekit::Status::ok);
  return json::parse(result.json);
}

}  // namespace

TEST_CASE("every field any channel writes is one a caller can ask for", "[fields]") {
  const auto& supported = noticekit::supported_fields();
  const std::set<std::string> known(supported.begin(), supported.end());
  std::set<std::string> seen;
  for (const char* name : {"tax-bureau-planned", "saas-emergency"}) {
    const json result = render(golden_sheet(name), {});
    for (const auto& output : result["outputs"]) {
      for (const auto& [field, value] : output.items()) {
        if (field == "kind" || field == "channel" || field == "lang") continue;
        INFO(output["channel"] << " writes " << field);
        CHECK(known.count(field) == 1);
        seen.insert(field);
      }
    }
  }
  // And the list names nothing that no channel writes.
  CHECK(seen == known);
}

TEST_CASE("asking for subject and text writes just those, the same text as a full render",
          "[fields]") {
  const std::string sheet = golden_sheet("tax-bureau-planned");
  noticekit::Request full;
  full.channels = {"email", "sms"};
  noticekit::Request merge = full;
  merge.fields = {"subject", "text"};
  const json all = render(sheet, full)["outputs"];
  const json some = render(sheet, merge)["outputs"];
  REQUIRE(some.size() == all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    std::set<std::string> keys;
    for (const auto& [field, value] : some[i].items()) keys.insert(field);
    const bool has_subject = all[i].contains("subject");
    std::set<std::string> expected = {"kind", "channel", "lang", "text"};
    if (has_subject) expected.insert("subject");
    CHECK(keys == expected);
    CHECK(some[i]["text"] == all[i]["text"]);
    if (has_subject) CHECK(some[i]["subject"] == all[i]["subject"]);
  }
}

TEST_CASE("the .eml alone is still the whole message, HTML part included", "[fields]") {
  const std::string sheet = golden_sheet("tax-bureau-planned");
  noticekit::Request full;
  full.channels = {"email"};
  noticekit::Request eml = full;
  eml.fields = {"eml"};
  const json all = render(sheet, full)["outputs"];
  const json some = render(sheet, eml)["outputs"];
  REQUIRE(some.size() == all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    CHECK_FALSE(some[i].contains("html"));
    CHECK(some[i]["eml"] == all[i]["eml"]);
  }
}

TEST_CASE("a field that does not exist is a bad request naming the fields there are", "[fields]") {
  noticekit::Request request;
  request.fields = {"text", "body"};
  const auto result = noticekit::render(golden_sheet("tax-bureau-planned"), request);
  CHECK(result.status == noticekit::Status::unusable);
  const json finding = json::parse(result.json)["findings"].at(0);
  CHECK(finding["code"] == "field.unsupported");
  const std::string message = finding["message"];
  CHECK(message.find("body") != std::string::npos);
  CHECK(message.find("subject, text, html") != std::string::npos);
}
