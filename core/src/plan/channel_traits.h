// What the plan knows about each channel an organisation may have: how fast it reaches
// people, whom it suits, how reliable it is during an outage, what it costs and how many
// readers it reaches. One row per channel in channel_traits.cpp; the ranking only combines
// these numbers, so a reader can check a score by hand.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "channels/channel_id.h"
#include "model/audience_kind.h"

namespace noticekit::planner {

// How a channel reaches people; the schedule picks channels per step by medium.
enum class Medium {
  sms,        // pushed to every phone by the carriers
  phone,      // calls or the hotline's recorded message
  im,         // WeCom, DingTalk, Feishu, Slack, Teams: pushed to a chat
  email,      // read when people open their mail
  web,        // the website: read by those who look
  status,     // a status page: read by those who look, often subscribed
  social,     // Weibo, X: public posts
  wechat_oa,  // a WeChat official account: articles pushed to followers, few per month
};

using model::AudienceKind;

struct ChannelTraits {
  channels::ChannelId channel;
  Medium medium;
  int urgent_fit;       // 0–40: how well it carries an emergency (minutes matter)
  int planned_fit;      // 0–40: how well it carries a notice read days ahead
  int audience_fit[4];  // 0–30 per AudienceKind: whether those readers use it
  int reliability;      // 0–10: still delivered when the organisation's own systems are down
  double reach[4];      // share of an audience of each kind it reaches, an estimate
  bool paid_per_message;
  // Documented webhook rate limit in messages per minute, for IM robots; 0: none applies.
  int rate_limit_per_minute;
  std::string_view rate_limit_source;
};

// Every channel the plan knows, in a fixed order (ties in the ranking keep this order).
const std::vector<ChannelTraits>& all_channel_traits();
const ChannelTraits* find_channel_traits(channels::ChannelId channel);
// The traits of the channel the sheet names (channels_available, preferred_channels); nullptr
// for a name the plan does not know.
const ChannelTraits* find_channel_traits(std::string_view name);
// "sms, phone, email, …": every id the plan knows, for messages that ask for one.
std::string known_channel_ids();

// Push channels reach people without them looking: the first messages of an emergency.
bool is_push(Medium m);

}  // namespace noticekit::planner
