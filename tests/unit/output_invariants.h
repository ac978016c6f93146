// What holds for every output any test renders: each has metrics with "ok", and an output
// over its channel's limit ("ok": false) is explained by a finding about that very output
// (its channel and language) whose message gives the limit and what to shorten. A renderer
// that shortens less than before, or a finding lost on the way, fails every test using this.
#pragma once

#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace noticekit::testing {

// Checks `result` (a render result as JSON); returns how many outputs were over their limit.
inline int check_outputs_within_limits_or_explained(const nlohmann::ordered_json& result,
                                                    const std::string& where) {
  int over = 0;
  for (const auto& output : result["outputs"]) {
    const std::string channel = output.value("channel", "");
    const std::string lang = output.value("lang", "");
    INFO(where + ": " + lang + "." + channel);
    if (!output.contains("metrics")) continue;  // a --fields request without metrics
    const auto& metrics = output["metrics"];
    REQUIRE(metrics.contains("ok"));
    REQUIRE(metrics.contains("limit"));
    if (metrics["ok"] == true) continue;
    ++over;
    const nlohmann::ordered_json* explained = nullptr;
    for (const auto& f : result["findings"])
      if (f.value("channel", "") == channel && f.value("lang", "") == lang) explained = &f;
    INFO("over its limit with no finding about it: " + metrics.dump());
    REQUIRE(explained != nullptr);
    const std::string code = (*explained)["code"];
    const std::string message = (*explained)["message"];
    CHECK(code.ends_with("over_limit"));
    CHECK((*explained)["severity"] == "warning");
    CHECK(message != code);  // the locale has a message for it
    CHECK(message.find(metrics["limit"].dump()) != std::string::npos);
  }
  return over;
}

}  // namespace noticekit::testing
