// One rendered notice for one channel and language, as it appears in the JSON result.
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "channels/channel_id.h"

namespace noticekit::channels {

struct Output {
  ChannelId channel;
  std::optional<std::string> subject;
  std::string text;  // what a person pastes
  std::optional<std::string> html;
  // Further renderings a channel offers, each a top-level field of the output in this
  // order, e.g. {"eml", <the .eml file>} or {"payload", <webhook JSON text>}.
  std::vector<std::pair<std::string, std::string>> files;
  nlohmann::ordered_json metrics;  // channel-specific figures, always with "limit" and "ok"
};

// The output fields a caller will use (Request::fields), e.g. {"subject", "text"}; empty:
// all. A channel may skip building a rendering nobody asked for (email's HTML and .eml are
// most of a batch's work when only the text is merged into letters).
using Fields = std::vector<std::string>;

// Every field an output may have besides kind, channel and lang (a test renders every
// channel and holds them to this list).
inline constexpr std::array<std::string_view, 10> output_fields = {
    "subject", "text", "html", "eml", "payload", "page", "title", "digest", "full_text", "metrics"};

inline bool wants(const Fields& wanted, std::string_view field) {
  return wanted.empty() || std::find(wanted.begin(), wanted.end(), field) != wanted.end();
}

// The metrics of an output for a caller who did not ask for them: only what the over-limit
// finding reads (the channel's measure, "limit" and "ok"; see over_limit.h), so that no other
// figure is counted for nothing.
template <typename Number>
nlohmann::ordered_json limit_metrics(std::string_view measure, Number value, Number limit) {
  // Member by member: an initializer list builds and copies a value per member first.
  nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
  metrics.emplace(measure, value);
  metrics.emplace("limit", limit);
  metrics.emplace("ok", value <= limit);
  return metrics;
}

}  // namespace noticekit::channels
