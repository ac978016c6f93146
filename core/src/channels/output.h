// One rendered notice for one channel and language, as it appears in the JSON result.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace noticekit::channels {

struct Output {
  std::string channel;
  std::optional<std::string> subject;
  std::string text;  // what a person pastes
  std::optional<std::string> html;
  // Further renderings a channel offers, each a top-level field of the output in this
  // order, e.g. {"eml", <the .eml file>} or {"payload", <webhook JSON text>}.
  std::vector<std::pair<std::string, std::string>> files;
  nlohmann::ordered_json metrics;  // channel-specific figures, always with "limit" and "ok"
};

}  // namespace noticekit::channels
