#include "channels/channel.h"

namespace noticekit::channels {

const std::vector<Channel>& all_channels() {
  // clang-format off
  static const std::vector<Channel> channels = {
      {ChannelId::email,       &render_email,       "subject_characters",  "email.subject_over_limit"},
      {ChannelId::sms,         &render_sms,         "segments",            "sms.over_limit"},
      {ChannelId::wecom,       &render_wecom,       "bytes",               "output.over_limit"},
      {ChannelId::dingtalk,    &render_dingtalk,    "payload_bytes",       "output.over_limit"},
      {ChannelId::feishu,      &render_feishu,      "payload_bytes",       "output.over_limit"},
      {ChannelId::slack,       &render_slack,       "blocks",              "output.over_limit"},
      {ChannelId::teams,       &render_teams,       "payload_bytes",       "output.over_limit"},
      {ChannelId::x,           &render_x,           "weighted_length",     "output.over_limit"},
      {ChannelId::weibo,       &render_weibo,       "weibo_length",        "output.over_limit"},
      {ChannelId::wechat_oa,   &render_wechat_oa,   "title_characters",    "output.over_limit"},
      {ChannelId::web,         &render_web,         "script_elements",     "output.over_limit"},
      {ChannelId::status_page, &render_status_page, "name_characters",     "output.over_limit"},
      {ChannelId::ics,         &render_ics,         "longest_line_octets", "output.over_limit"},
      {ChannelId::phone,       &render_phone,       "speaking_seconds",    "phone.over_limit"},
      // A filing report has no limit: its "limit" is null and its "ok" always true.
      {ChannelId::report,      &render_report,      "characters",          "output.over_limit"},
  };
  // clang-format on
  return channels;
}

const Channel& find_channel(ChannelId id) { return all_channels()[static_cast<std::size_t>(id)]; }

}  // namespace noticekit::channels
