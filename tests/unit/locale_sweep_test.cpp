// Every language writes every message for every channel: renders each lifecycle golden
// sheet in every locale through every channel and fails on a phrase the locale lacks
// ("[[key]]") or a placeholder no one filled ("{name}"). Adding a language or a phrase
// needs no change here.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "locale/locale.h"
#include "model/message_kind.h"
#include "noticekit/noticekit.h"
#include "output_invariants.h"

namespace {

std::string read_sheet(std::string_view kind) {
  const auto path = std::filesystem::path(NOTICEKIT_GOLDEN_DIR) /
                    ("lifecycle-" + std::string(kind)) / "sheet.json";
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// "[[missing.key]]" or "{placeholder}": a lowercase dotted or snake_case name in brackets.
// JSON payloads ({"msgtype": …}) and .ics text never look like this.
const std::regex& leftover() {
  static const std::regex pattern(R"(\[\[[a-z0-9_.]+\]\]|\{[a-z_]+\})");
  return pattern;
}

void check_strings(const nlohmann::json& value, const std::string& where) {
  if (value.is_string()) {
    std::smatch match;
    const std::string& text = value.get_ref<const std::string&>();
    INFO(where);
    CHECK_FALSE(std::regex_search(text, match, leftover()));
    if (!match.empty()) WARN(where << ": " << match.str());
  } else if (value.is_structured()) {
    for (const auto& [key, item] : value.items()) check_strings(item, where + "/" + key);
  }
}

}  // namespace

TEST_CASE("every locale renders every kind for every channel without a gap", "[locale][sweep]") {
  for (const auto kind : noticekit::model::message_kind_names) {
    const std::string sheet = read_sheet(kind);
    REQUIRE_FALSE(sheet.empty());
    for (const auto& tag : noticekit::locale::Locale::tags()) {
      noticekit::Request request;
      request.languages = {tag};
      request.channels = noticekit::supported_channels();
      request.kind = std::string(kind);
      const auto result = noticekit::render(sheet, request);
      const auto json = nlohmann::json::parse(result.json);
      INFO(std::string(kind) + " in " + tag);
      REQUIRE(result.status == noticekit::Status::ok);
      REQUIRE(json["outputs"].size() == request.channels.size());
      noticekit::testing::check_outputs_within_limits_or_explained(
          nlohmann::ordered_json::parse(result.json), std::string(kind));
      for (const auto& output : json["outputs"]) {
        check_strings(output,
                      std::string(kind) + "/" + tag + "/" + output["channel"].get<std::string>());
      }
      check_strings(json["findings"], std::string(kind) + "/" + tag + "/findings");
      const auto plan = nlohmann::json::parse(noticekit::plan(sheet, request).json);
      check_strings(plan, std::string(kind) + "/" + tag + "/plan");
    }
  }
}

namespace {

nlohmann::json render_all_channels(const std::string& sheet, const std::string& language,
                                   std::string_view kind) {
  noticekit::Request request;
  request.languages = {language};
  request.channels = noticekit::supported_channels();
  request.kind = std::string(kind);
  const auto result = noticekit::render(sheet, request);
  REQUIRE(result.status == noticekit::Status::ok);
  noticekit::testing::check_outputs_within_limits_or_explained(
      nlohmann::ordered_json::parse(result.json), std::string(kind));
  return nlohmann::json::parse(result.json)["outputs"];
}

}  // namespace

// A channel that ignored the second language would write the primary language's notice alone:
// each output must differ from that one and be longer (an SMS: one line per language), or, for
// a short post, say that the translation had no room.
TEST_CASE("every channel writes both languages of a bilingual notice",
          "[locale][sweep][bilingual]") {
  const auto& tags = noticekit::locale::Locale::tags();
  for (const auto kind : noticekit::model::message_kind_names) {
    const std::string sheet = read_sheet(kind);
    std::map<std::string, nlohmann::json> alone_in;  // each language's own notice
    for (const auto& tag : tags) alone_in[tag] = render_all_channels(sheet, tag, kind);
    // Each language once as the primary and once as the second: each with the next one.
    for (std::size_t t = 0; t < tags.size(); ++t) {
      const std::string& primary = tags[t];
      const std::string& secondary = tags[(t + 1) % tags.size()];
      const std::string both = primary + "+" + secondary;
      const auto bilingual = render_all_channels(sheet, both, kind);
      const auto& alone = alone_in.at(primary);
      REQUIRE(bilingual.size() == alone.size());
      for (std::size_t i = 0; i < bilingual.size(); ++i) {
        const auto& out = bilingual[i];
        const std::string where =
            std::string(kind) + "/" + both + "/" + out["channel"].get<std::string>();
        INFO(where);
        CHECK(out["lang"] == both);
        check_strings(out, where);
        const auto& left_out = out["metrics"].value("left_out", nlohmann::json::array());
        if (left_out == nlohmann::json::array({secondary})) continue;
        const std::string text = out["text"];
        CHECK(text != alone[i]["text"]);
        // An SMS over its parts may be shorter than the one-language SMS, both shortened:
        // the two languages are its two lines.
        if (out["channel"] == "sms")
          CHECK(std::count(text.begin(), text.end(), '\n') == 1);
        else
          CHECK(text.size() > alone[i]["text"].get<std::string>().size());
      }
    }
  }
}
