// What the chat and social channels share: the notice as a flat list of blocks in reading
// order, the key facts as label/value pairs, a plain-text rendering, and the one way webhook
// payloads are written.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "channels/output.h"
#include "compose/document.h"
#include "locale/locale.h"

namespace noticekit::channels {

struct ChatBlock {
  // rule: between two editions of a notice in several languages (its text is empty).
  enum class Kind { title, paragraph, heading, intro, item, signature, rule };
  Kind kind;
  std::string text;  // plain, unescaped; each renderer escapes for its markup
};

// Title, greeting, lead, each section (heading, intro, one item per line), closing, and the
// issuer with the date (a post, channels/post.h, has neither greeting nor issuer); then, after a
// rule, the same for each translation (the primary edition names them under its title:
// Document::edition_note).
std::vector<ChatBlock> chat_blocks(const compose::Document& d);
// The blocks of one edition only, without its translations (but with their edition notes,
// edition_notes, after its title).
std::vector<ChatBlock> edition_blocks(const compose::Document& d);

// The blocks as plain text: a blank line between paragraphs, items one per line with the
// language's bullet.
std::string plain_text(const std::vector<ChatBlock>& blocks, const locale::Locale& loc);

struct Fact {
  std::string label;
  std::string value;
};

// When and which systems, per window: for Slack fields and Teams facts. (The contacts are the
// post's last section, not facts again.)
std::vector<Fact> chat_facts(const compose::Document& d, const locale::Locale& loc);

// A webhook body exactly as it is POSTed: 2-space indent, and invalid UTF-8 replaced rather
// than thrown on (the core runs in wasm without exceptions).
std::string dump_payload(const nlohmann::ordered_json& payload);

// The payload of a webhook channel that sends the notice as a post (channels/post.h) in one
// body, as `build` makes it of a document in its language.
using PostPayload =
    std::function<nlohmann::ordered_json(const compose::Document&, const locale::Locale&)>;

// The Output of a webhook channel: the plain text, the payload file, and one measured size
// (`measured_as`, e.g. "bytes") against the channel's limit.
Output webhook_output(ChannelId channel, std::string plain, std::string payload,
                      const std::string& measured_as, std::size_t measured, std::size_t limit,
                      bool truncated);

// The Output of a webhook channel whose limit is on the whole body (DingTalk, Feishu, Teams):
// the payload `build` makes of the notice as a post, with sections dropped (see fit_document)
// until the dumped body is at most `byte_limit` bytes, the plain text of what it says, and its
// size.
Output post_payload_output(ChannelId channel, const compose::Document& d, const locale::Locale& loc,
                           std::size_t byte_limit, const PostPayload& build);

}  // namespace noticekit::channels
