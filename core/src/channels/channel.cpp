#include "channels/channel.h"

namespace noticekit::channels {

const std::vector<Channel>& all_channels() {
  static const std::vector<Channel> channels = {
      {ChannelId::email, &render_email},   {ChannelId::sms, &render_sms},
      {ChannelId::wecom, &render_wecom},   {ChannelId::dingtalk, &render_dingtalk},
      {ChannelId::feishu, &render_feishu}, {ChannelId::slack, &render_slack},
      {ChannelId::teams, &render_teams},   {ChannelId::x, &render_x},
      {ChannelId::weibo, &render_weibo},   {ChannelId::wechat_oa, &render_wechat_oa},
      {ChannelId::web, &render_web},       {ChannelId::status_page, &render_status_page},
      {ChannelId::ics, &render_ics},       {ChannelId::phone, &render_phone},
      {ChannelId::report, &render_report},
  };
  return channels;
}

const Channel& find_channel(ChannelId id) { return all_channels()[static_cast<std::size_t>(id)]; }

}  // namespace noticekit::channels
