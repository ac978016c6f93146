// The channels this build renders, in output order, and what each is: its renderer and what
// its limit counts. Adding a channel is adding a file with a render function, a member of
// ChannelId and a line in channel.cpp.
#pragma once

#include <string_view>
#include <vector>

#include "channels/channel_id.h"
#include "channels/output.h"
#include "compose/document.h"
#include "locale/locale.h"

namespace noticekit::channels {

using RenderFunction = Output (*)(const compose::Document&, const locale::Locale&, const Fields&);

struct Channel {
  ChannelId id;
  RenderFunction render;
  // The metric its output's "limit" bounds, and the finding that names it when the output is
  // over (over_limit.h). SMS, phone and email have advice of their own; the others share one
  // message.
  std::string_view limit_metric, over_limit_code;
};

// Every channel, in output order: that of ChannelId, which find_channel indexes by.
const std::vector<Channel>& all_channels();
const Channel& find_channel(ChannelId id);

Output render_email(const compose::Document&, const locale::Locale&, const Fields&);
Output render_sms(const compose::Document&, const locale::Locale&, const Fields&);
// Chat and social channels (one file each; shared pieces in chat_notice, markdown, shorten).
Output render_wecom(const compose::Document&, const locale::Locale&, const Fields&);
Output render_dingtalk(const compose::Document&, const locale::Locale&, const Fields&);
Output render_feishu(const compose::Document&, const locale::Locale&, const Fields&);
Output render_slack(const compose::Document&, const locale::Locale&, const Fields&);
Output render_teams(const compose::Document&, const locale::Locale&, const Fields&);
Output render_x(const compose::Document&, const locale::Locale&, const Fields&);
Output render_weibo(const compose::Document&, const locale::Locale&, const Fields&);
Output render_wechat_oa(const compose::Document&, const locale::Locale&, const Fields&);
Output render_web(const compose::Document&, const locale::Locale&, const Fields&);
Output render_status_page(const compose::Document&, const locale::Locale&, const Fields&);
Output render_ics(const compose::Document&, const locale::Locale&, const Fields&);
Output render_phone(const compose::Document&, const locale::Locale&, const Fields&);
Output render_report(const compose::Document&, const locale::Locale&, const Fields&);

}  // namespace noticekit::channels
