#include "channels/over_limit.h"

#include <array>
#include <string>

namespace noticekit::channels {
namespace {

// What each channel's limit counts (the metric compared with "limit") and the finding that
// names it. SMS, phone and email have advice of their own; the others share one message.
struct LimitedMeasure {
  std::string_view channel;
  std::string_view metric;
  std::string_view code;
};

// clang-format off
constexpr std::array<LimitedMeasure, 14> measures = {{
    {"sms",         "segments",              "sms.over_limit"},
    {"phone",       "speaking_seconds",      "phone.over_limit"},
    {"email",       "subject_characters",    "email.subject_over_limit"},
    {"wecom",       "bytes",                 "output.over_limit"},
    {"dingtalk",    "payload_bytes",         "output.over_limit"},
    {"feishu",      "payload_bytes",         "output.over_limit"},
    {"teams",       "payload_bytes",         "output.over_limit"},
    {"slack",       "blocks",                "output.over_limit"},
    {"web",         "script_elements",       "output.over_limit"},
    {"status_page", "name_characters",       "output.over_limit"},
    {"x",           "weighted_length",       "output.over_limit"},
    {"weibo",       "weibo_length",          "output.over_limit"},
    {"wechat_oa",   "title_characters",      "output.over_limit"},
    {"ics",         "longest_line_octets",   "output.over_limit"},
}};
// clang-format on

std::string figure(const nlohmann::ordered_json& value) {
  return value.is_number() ? value.dump() : std::string("?");
}

}  // namespace

std::optional<model::Finding> over_limit_finding(const Output& output, std::string_view lang) {
  const auto& metrics = output.metrics;
  if (metrics.value("ok", true)) return std::nullopt;
  model::Finding f{"output.over_limit", model::Severity::warning, "", {}};
  std::string metric = "limit";
  for (const auto& m : measures) {
    if (m.channel != output.channel) continue;
    f.code = m.code;
    metric = m.metric;
  }
  f.args = {{"channel", output.channel},
            {"language", std::string(lang)},
            {"value", figure(metrics.value(metric, nlohmann::ordered_json()))},
            {"limit", figure(metrics.value("limit", nlohmann::ordered_json()))}};
  f.output = {output.channel, std::string(lang)};
  return f;
}

}  // namespace noticekit::channels
