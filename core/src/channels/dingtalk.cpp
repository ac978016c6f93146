// DingTalk (钉钉) custom robot: a markdown message {"title", "text"} POSTed to the webhook
// (https://open.dingtalk.com/document/orgapp/custom-robot-access, 消息类型 markdown: title is
// what the conversation list shows, text the Markdown body).
#include "channels/channel.h"
#include "channels/chat_notice.h"
#include "channels/markdown.h"

namespace noticekit::channels {
namespace {

// The custom-robot page gives no size limit; the webhook itself states it when it refuses a
// longer request: errcode 460101 "message too long, exceed 20000 bytes", and in newer
// replies "description: body 大小不合法;solution:请保持大小在 20000bytes 以内" — a limit on the
// whole request body, not on markdown.text (replies quoted in
// https://github.com/timonwong/prometheus-webhook-dingtalk/issues/30 and
// https://github.com/feiyu563/PrometheusAlert/issues/318).
constexpr std::size_t body_byte_limit = 20000;

nlohmann::ordered_json markdown_payload(const compose::Document& d, const locale::Locale&) {
  return {{"msgtype", "markdown"},
          {"markdown", {{"title", d.subject}, {"text", chat_markdown(chat_blocks(d))}}}};
}

}  // namespace

Output render_dingtalk(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  return post_payload_output(ChannelId::dingtalk, d, loc, body_byte_limit, markdown_payload);
}

}  // namespace noticekit::channels
