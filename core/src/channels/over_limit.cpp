#include "channels/over_limit.h"

#include <array>
#include <string>

namespace noticekit::channels {
namespace {

// What each channel's limit counts (the metric compared with "limit") and the finding that
// names it. SMS, phone and email have advice of their own; the others share one message.
struct LimitedMeasure {
  ChannelId channel;
  std::string_view metric;
  std::string_view code;
};

// clang-format off
constexpr std::array<LimitedMeasure, 14> measures = {{
    {ChannelId::sms,         "segments",              "sms.over_limit"},
    {ChannelId::phone,       "speaking_seconds",      "phone.over_limit"},
    {ChannelId::email,       "subject_characters",    "email.subject_over_limit"},
    {ChannelId::wecom,       "bytes",                 "output.over_limit"},
    {ChannelId::dingtalk,    "payload_bytes",         "output.over_limit"},
    {ChannelId::feishu,      "payload_bytes",         "output.over_limit"},
    {ChannelId::teams,       "payload_bytes",         "output.over_limit"},
    {ChannelId::slack,       "blocks",                "output.over_limit"},
    {ChannelId::web,         "script_elements",       "output.over_limit"},
    {ChannelId::status_page, "name_characters",       "output.over_limit"},
    {ChannelId::x,           "weighted_length",       "output.over_limit"},
    {ChannelId::weibo,       "weibo_length",          "output.over_limit"},
    {ChannelId::wechat_oa,   "title_characters",      "output.over_limit"},
    {ChannelId::ics,         "longest_line_octets",   "output.over_limit"},
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
  const std::string channel(name(output.channel));
  f.args = {{"channel", channel},
            {"language", std::string(lang)},
            {"value", figure(metrics.value(metric, nlohmann::ordered_json()))},
            {"limit", figure(metrics.value("limit", nlohmann::ordered_json()))}};
  f.output = {channel, std::string(lang)};
  return f;
}

}  // namespace noticekit::channels
