// The channels the core renders, in output order, and their one name table: the name a
// request asks for and a result or finding writes.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "model/names.h"

namespace noticekit::channels {

enum class ChannelId {
  email,
  sms,
  wecom,
  dingtalk,
  feishu,
  slack,
  teams,
  x,
  weibo,
  wechat_oa,
  web,
  status_page,
  ics,
  phone,
  report,
};

inline constexpr std::array<std::string_view, 15> channel_names = {
    "email", "sms",       "wecom", "dingtalk",    "feishu", "slack", "teams", "x",
    "weibo", "wechat_oa", "web",   "status_page", "ics",    "phone", "report"};

constexpr std::string_view name(ChannelId channel) {
  return model::name_in(channel_names, channel);
}

constexpr std::optional<ChannelId> channel_named(std::string_view name) {
  return model::member_named<ChannelId>(channel_names, name);
}

}  // namespace noticekit::channels
