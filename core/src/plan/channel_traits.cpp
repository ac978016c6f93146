#include "plan/channel_traits.h"

namespace noticekit::planner {

using channels::ChannelId;

const std::vector<ChannelTraits>& all_channel_traits() {
  // Fits follow DESIGN.md: emergency → SMS, phone, IM first, then email and web; planned →
  // email, IM, website, social; staff → WeCom/DingTalk/Feishu/Slack/Teams; the public →
  // website, WeChat official account, Weibo/X, SMS for those who must act.
  // Reach shares are rough planning estimates (who has the channel and looks at it during a
  // notice period), not measurements; the plan says so where it shows them.
  //
  // IM rate limits, per robot (webhook), each checked against the platform's own text:
  //   WeCom group robot: "每个机器人发送的消息不能超过20条/分钟"
  //     (https://developer.work.weixin.qq.com/document/path/91770, 消息发送频率限制)
  //   DingTalk custom robot: "每个机器人每分钟最多发送20条消息到群里,如果超过20条,会限流10分钟"
  //     (https://open.dingtalk.com/document/robots/custom-robot-access, 调用频率限制; read
  //     through copies of that page, the page itself was not reachable)
  //   Feishu custom bot: "单租户单机器人 100 次/分钟,5 次/秒"
  //     (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot, 注意事项)
  //   Slack incoming webhook: "no more than one message per second", bursts tolerated
  //     (https://api.slack.com/docs/rate-limits, Message Posting: "including Incoming Webhooks")
  //   Teams incoming webhook: 4 per second, 60 per 30 seconds, 100 per hour, 1800 per day
  //     (https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using,
  //     "Rate limiting for connectors"). Posts of one step can all fall in one 30-second
  //     window, so 60 is what a minute safely takes (not 4 x 60 = 240).
  // clang-format off
  static const std::vector<ChannelTraits> table = {
      //                                       urg  plan  public cust staff partn  rel  reach: public cust  staff partners  paid  limit
      {ChannelId::sms, Medium::sms,            40,  20, {25, 25, 20, 15},          10, {0.90, 0.90, 0.95, 0.85}, true,  0, ""},
      {ChannelId::phone, Medium::phone,        35,   5, {10, 15, 15, 10},           8, {0.60, 0.70, 0.80, 0.70}, true,  0, ""},
      {ChannelId::email, Medium::email,        15,  35, { 5, 25, 20, 25},           7, {0.20, 0.85, 0.95, 0.90}, false, 0, ""},
      {ChannelId::web, Medium::web,            20,  30, {30, 15,  5, 10},           6, {0.40, 0.30, 0.10, 0.30}, false, 0, ""},
      {ChannelId::status_page, Medium::status, 35,  25, {10, 30,  5, 20},           9, {0.05, 0.40, 0.10, 0.40}, false, 0, ""},
      {ChannelId::wecom, Medium::im,           35,  25, { 0,  5, 30, 10},           8, {0.00, 0.10, 0.95, 0.30}, false, 20,
       "https://developer.work.weixin.qq.com/document/path/91770"},
      {ChannelId::dingtalk, Medium::im,        35,  25, { 0,  5, 30, 10},           8, {0.00, 0.10, 0.95, 0.30}, false, 20,
       "https://open.dingtalk.com/document/robots/custom-robot-access"},
      {ChannelId::feishu, Medium::im,          35,  25, { 0,  5, 30, 10},           8, {0.00, 0.10, 0.95, 0.30}, false, 100,
       "https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot"},
      {ChannelId::slack, Medium::im,           35,  25, { 0, 15, 30, 15},           8, {0.00, 0.30, 0.95, 0.40}, false, 60,
       "https://api.slack.com/docs/rate-limits"},
      {ChannelId::teams, Medium::im,           35,  25, { 0,  5, 30, 10},           8, {0.00, 0.10, 0.95, 0.30}, false, 60,
       "https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using"},
      {ChannelId::wechat_oa, Medium::wechat_oa,10, 30, {30, 15,  5,  5},           7, {0.35, 0.30, 0.10, 0.10}, false, 0, ""},
      {ChannelId::weibo, Medium::social,       20,  20, {20,  5,  0,  0},           6, {0.10, 0.05, 0.00, 0.00}, false, 0, ""},
      {ChannelId::x, Medium::social,           20,  15, {15, 10,  0,  5},           6, {0.10, 0.10, 0.00, 0.05}, false, 0, ""},
  };
  // clang-format on
  return table;
}

const ChannelTraits* find_channel_traits(ChannelId channel) {
  for (const auto& t : all_channel_traits())
    if (t.channel == channel) return &t;
  return nullptr;
}

const ChannelTraits* find_channel_traits(std::string_view name) {
  const auto channel = channels::channel_named(name);
  return channel ? find_channel_traits(*channel) : nullptr;
}

std::string known_channel_ids() {
  std::string out;
  for (const auto& t : all_channel_traits())
    out += (out.empty() ? "" : ", ") + std::string(channels::name(t.channel));
  return out;
}

bool is_push(Medium m) { return m == Medium::sms || m == Medium::phone || m == Medium::im; }

}  // namespace noticekit::planner
