// Feishu (飞书) custom bot: a "post" (富文本) message POSTed to the bot's webhook.
//
// A post is chosen over an interactive card because its "text" elements are shown literally
// (un_escape defaults to false): nothing a sheet says can become markup, a link or an @all,
// so user text needs no escaping here.
#include "channels/channel.h"
#include "channels/chat_notice.h"
#include "channels/editions.h"

namespace noticekit::channels {
namespace {

using ordered_json = nlohmann::ordered_json;

// 自定义机器人使用指南 (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot,
// 注意事项): "发送消息时,请求体的数据大小不能超过 20 KB". Read as 20000 bytes, the stricter
// reading of "KB".
constexpr std::size_t body_byte_limit = 20000;

ordered_json text_element(const std::string& text, bool bold = false) {
  ordered_json e = {{"tag", "text"}, {"text", text}};
  if (bold) e["style"] = ordered_json::array({"bold"});
  return e;
}

// A paragraph of a post is an array of elements. Spelled out, because a one-element braced
// list is read as a copy by clang and as an array by g++, and CLI and wasm must agree.
ordered_json line(ordered_json element) { return ordered_json::array({std::move(element)}); }

ordered_json post_payload(const compose::Document& d, const locale::Locale& loc) {
  const std::string bullet = loc.bullet();
  ordered_json paragraphs = ordered_json::array();
  const auto blocks = chat_blocks(d);
  for (const auto& b : blocks) {
    switch (b.kind) {
      case ChatBlock::Kind::title:
        // The first is the post's own title; a translation's heads its edition.
        if (&b != &blocks.front()) paragraphs.push_back(line(text_element(b.text, true)));
        break;
      case ChatBlock::Kind::heading: paragraphs.push_back(line(text_element(b.text, true))); break;
      case ChatBlock::Kind::item: paragraphs.push_back(line(text_element(bullet + b.text))); break;
      case ChatBlock::Kind::intro:
      case ChatBlock::Kind::paragraph:
      case ChatBlock::Kind::signature: paragraphs.push_back(line(text_element(b.text))); break;
      case ChatBlock::Kind::rule:
        paragraphs.push_back(line(text_element(std::string(edition_rule))));
        break;
    }
  }
  // The post is keyed by Feishu's language code (zh_cn, en_us), a locale setting. A post
  // may hold one version per language, of which each reader's client shows only its own; the
  // editions of a notice in several languages stay together in the primary language's version
  // instead, so that every reader sees both, whatever language their client is set to.
  return {{"msg_type", "post"},
          {"content",
           {{"post",
             {{loc.settings().feishu_post_language,
               {{"title", d.subject}, {"content", paragraphs}}}}}}}};
}

}  // namespace

Output render_feishu(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  return post_payload_output(ChannelId::feishu, d, loc, body_byte_limit, post_payload);
}

}  // namespace noticekit::channels
