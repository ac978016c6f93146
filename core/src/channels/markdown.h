// Markdown for chat channels, and escaping user text so it can never add markup or links.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "channels/chat_notice.h"
#include "channels/output.h"
#include "compose/document.h"
#include "locale/locale.h"

namespace noticekit::channels {

enum class Markup {
  // The Markdown of WeCom and DingTalk group bots and Teams' Adaptive Card TextBlocks:
  // CommonMark-like. ASCII punctuation that opens formatting, links, HTML or mentions
  // (\ ` * _ [ ] < > # ~ |) gets a backslash (CommonMark §2.4: any ASCII punctuation may be
  // backslash-escaped), so "<font>", "[x](url)" or "**" in a sheet shows as written.
  markdown,
  // Slack mrkdwn: & < > become &amp; &lt; &gt;, as Slack documents
  // (https://api.slack.com/reference/surfaces/formatting#escaping). That is all Slack
  // decodes; with < and > escaped no link, mention or "<!channel>" can be formed. Slack has
  // no escape for * _ ~ `; a sheet's "*" may still embolden text, never add a link.
  slack_mrkdwn,
};

// User text for `markup`. Line breaks become spaces, so nothing in the text can start a
// heading, quote or list line.
std::string escape_markup(std::string_view text, Markup markup);

// The blocks as Markdown: "### title", paragraphs, **headings**, "- " items. Used by WeCom
// and DingTalk, whose bots render this subset.
std::string chat_markdown(const std::vector<ChatBlock>& blocks);

}  // namespace noticekit::channels

namespace noticekit::channels {

struct ChatMarkdown {
  std::string markdown;  // the message content to post
  std::string plain;     // the same notice as plain text, for a person to paste
  bool truncated = false;
};

// The document as chat Markdown, with sections dropped (see fit_document) until the
// Markdown is at most `byte_limit` bytes of UTF-8.
ChatMarkdown fit_chat_markdown(const compose::Document& d, const locale::Locale& loc,
                               std::size_t byte_limit);

// The Output of a Markdown bot: the plain text, the payload file and the byte metrics.
Output markdown_bot_output(ChannelId channel, const ChatMarkdown& md,
                           const nlohmann::ordered_json& payload, std::size_t byte_limit);

}  // namespace noticekit::channels
