// DingTalk (钉钉) custom robot: a markdown message {"title", "text"} POSTed to the webhook
// (https://open.dingtalk.com/document/orgapp/custom-robot-access, 消息类型 markdown: title is
// what the conversation list shows, text the Markdown body).
#include "channels/channel.h"
#include "channels/markdown.h"

namespace noticekit::channels {
namespace {

// DingTalk's custom-robot page states no size limit for markdown.text. 20000 bytes is a
// working assumption, not a documented figure: notices are far below it, and reporting it
// keeps the measured size visible.
constexpr std::size_t markdown_byte_limit = 20000;

}  // namespace

Output render_dingtalk(const compose::Document& d, const locale::Locale& loc) {
  const ChatMarkdown md = fit_chat_markdown(d, loc, markdown_byte_limit);
  const nlohmann::ordered_json payload = {
      {"msgtype", "markdown"}, {"markdown", {{"title", d.title}, {"text", md.markdown}}}};
  return markdown_bot_output("dingtalk", md, payload, markdown_byte_limit);
}

}  // namespace noticekit::channels
