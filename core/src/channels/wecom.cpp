// WeCom (企业微信) group bot: a markdown message POSTed to the bot's webhook.
#include "channels/channel.h"
#include "channels/markdown.h"
#include "channels/post.h"

namespace noticekit::channels {
namespace {

// 群机器人配置说明 (https://developer.work.weixin.qq.com/document/path/91770, "消息类型及数据格式";
// quoted e.g. at https://cnblogs.com/tiandi/p/17768525.html): markdown.content "最长不超过4096个
// 字节,必须是utf8编码"; a longer one is refused with errcode 40058 "markdown.content exceed max
// length 4096" (the webhook's reply, quoted in https://github.com/dromara/domain-admin/issues/82).
// A text message allows only 2048 bytes ("文本内容,最长不超过2048个字节", same page), which is why
// markdown is used.
constexpr std::size_t markdown_byte_limit = 4096;

}  // namespace

Output render_wecom(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  const ChatMarkdown md = fit_chat_markdown(as_post(d), loc, markdown_byte_limit);
  const nlohmann::ordered_json payload = {{"msgtype", "markdown"},
                                          {"markdown", {{"content", md.markdown}}}};
  return markdown_bot_output(ChannelId::wecom, md, payload, markdown_byte_limit);
}

}  // namespace noticekit::channels
