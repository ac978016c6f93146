#include "channels/markdown.h"

namespace noticekit::channels {
namespace {

// See Markup::markdown.
constexpr std::string_view markdown_specials = "\\`*_[]<>#~|";

}  // namespace

std::string escape_markup(std::string_view text, Markup markup) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    if (c == '\n' || c == '\r') {
      out.push_back(' ');
      continue;
    }
    if (markup == Markup::slack_mrkdwn) {
      if (c == '&')
        out += "&amp;";
      else if (c == '<')
        out += "&lt;";
      else if (c == '>')
        out += "&gt;";
      else
        out.push_back(c);
      continue;
    }
    if (markdown_specials.find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string chat_markdown(const std::vector<ChatBlock>& blocks) {
  using Kind = ChatBlock::Kind;
  std::string out;
  Kind previous = Kind::title;
  for (const auto& b : blocks) {
    // Between editions: the next one's "### title" sets it apart (the bots render no rule).
    if (b.kind == Kind::rule) continue;
    const std::string text = escape_markup(b.text, Markup::markdown);
    // Consecutive items (and the signature's lines) form one block; everything else is
    // its own paragraph, which both bots need a blank line for.
    const bool same_block = (b.kind == Kind::item && previous == Kind::item) ||
                            (b.kind == Kind::signature && previous == Kind::signature);
    if (!out.empty()) out += same_block ? "\n" : "\n\n";
    switch (b.kind) {
      case Kind::title: out += "### " + text; break;
      case Kind::heading: out += "**" + text + "**"; break;
      case Kind::item: out += "- " + text; break;
      case Kind::intro:
      case Kind::paragraph:
      case Kind::signature: out += text; break;
      case Kind::rule:  // skipped above
        break;
    }
    previous = b.kind;
  }
  return out;
}

}  // namespace noticekit::channels

#include "channels/shorten.h"

namespace noticekit::channels {

ChatMarkdown fit_chat_markdown(const compose::Document& d, const locale::Locale& loc,
                               std::size_t byte_limit) {
  const auto fitted = fit_document(d, loc, byte_limit, [](const compose::Document& doc) {
    return chat_markdown(chat_blocks(doc)).size();
  });
  const auto blocks = chat_blocks(fitted.document);
  return {chat_markdown(blocks), plain_text(blocks, loc), fitted.truncated};
}

Output markdown_bot_output(ChannelId channel, const ChatMarkdown& md,
                           const nlohmann::ordered_json& payload, std::size_t byte_limit) {
  return webhook_output(channel, md.plain, dump_payload(payload), "bytes", md.markdown.size(),
                        byte_limit, md.truncated);
}

}  // namespace noticekit::channels
