#include "channels/over_limit.h"

#include <string>

#include "channels/channel.h"
#include "text/json_string.h"

namespace noticekit::channels {
namespace {

std::string figure(const nlohmann::ordered_json& value) {
  return value.is_number() ? text::json_text(value) : std::string("?");
}

}  // namespace

std::optional<model::Finding> over_limit_finding(const Output& output, std::string_view lang) {
  const auto& metrics = output.metrics;
  if (metrics.value("ok", true)) return std::nullopt;
  const Channel& limited = find_channel(output.channel);
  model::Finding f{std::string(limited.over_limit_code), model::Severity::warning, "", {}};
  const std::string channel(name(output.channel));
  f.args = {{"channel", channel},
            {"language", std::string(lang)},
            {"value", figure(metrics.value(limited.limit_metric, nlohmann::ordered_json()))},
            {"limit", figure(metrics.value("limit", nlohmann::ordered_json()))}};
  f.output = {channel, std::string(lang)};
  return f;
}

}  // namespace noticekit::channels
