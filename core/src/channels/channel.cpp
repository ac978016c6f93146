#include "channels/channel.h"

namespace noticekit::channels {

const std::vector<Channel>& all_channels() {
  static const std::vector<Channel> channels = {
      {"email", &render_email},   {"sms", &render_sms},
      {"wecom", &render_wecom},   {"dingtalk", &render_dingtalk},
      {"feishu", &render_feishu}, {"slack", &render_slack},
      {"teams", &render_teams},   {"x", &render_x},
      {"weibo", &render_weibo},   {"wechat_oa", &render_wechat_oa},
      {"web", &render_web},       {"status_page", &render_status_page},
      {"ics", &render_ics},       {"phone", &render_phone},
      {"report", &render_report},
  };
  return channels;
}

const Channel* find_channel(std::string_view name) {
  for (const auto& c : all_channels())
    if (c.name == name) return &c;
  return nullptr;
}

}  // namespace noticekit::channels
