#include "channels/chat_notice.h"

#include "channels/editions.h"
#include "channels/post.h"
#include "channels/shorten.h"
#include "text/json_string.h"

namespace noticekit::channels {

std::vector<ChatBlock> edition_blocks(const compose::Document& d) {
  using Kind = ChatBlock::Kind;
  std::vector<ChatBlock> out{{Kind::title, d.title}};
  for (const auto& note : edition_notes(d)) out.push_back({Kind::paragraph, note});
  if (!d.greeting.empty()) out.push_back({Kind::paragraph, d.greeting});
  out.push_back({Kind::paragraph, compose::opening_paragraph(d)});
  for (const auto& s : d.sections) {
    out.push_back({Kind::heading, s.heading});
    if (!s.intro.empty()) out.push_back({Kind::intro, s.intro});
    for (const auto& line : s.lines) out.push_back({Kind::item, line});
  }
  for (const auto& c : compose::closing_lines(d))
    if (!c.empty()) out.push_back({Kind::paragraph, c});
  if (!d.issuer.empty()) out.push_back({Kind::signature, d.issuer});
  if (!d.date.empty()) out.push_back({Kind::signature, d.date});
  return out;
}

std::vector<ChatBlock> chat_blocks(const compose::Document& d) {
  std::vector<ChatBlock> out = edition_blocks(d);
  for (const auto& t : d.translations) {
    out.push_back({ChatBlock::Kind::rule, ""});
    const auto blocks = edition_blocks(t);
    out.insert(out.end(), blocks.begin(), blocks.end());
  }
  return out;
}

std::string plain_text(const std::vector<ChatBlock>& blocks, const locale::Locale& loc) {
  const std::string bullet = loc.bullet();
  std::string out;
  using Kind = ChatBlock::Kind;
  Kind previous = Kind::title;
  for (const auto& b : blocks) {
    // A section's heading, intro and items are one paragraph, as are the signature's lines;
    // anything else starts a new one.
    const bool same_paragraph =
        ((b.kind == Kind::intro || b.kind == Kind::item) &&
         (previous == Kind::heading || previous == Kind::intro || previous == Kind::item)) ||
        (b.kind == Kind::signature && previous == Kind::signature);
    if (!out.empty()) out += same_paragraph ? "\n" : "\n\n";
    if (b.kind == Kind::rule) out += edition_rule;
    out += (b.kind == Kind::item ? bullet : std::string()) + b.text;
    previous = b.kind;
  }
  return out + "\n";
}

std::vector<Fact> chat_facts(const compose::Document& d, const locale::Locale& loc) {
  std::vector<Fact> out;
  const std::string separator = loc.phrase("list.separator");
  for (const auto& w : d.windows) {
    std::string systems;
    for (const auto& s : w.systems) systems += (systems.empty() ? "" : separator) + s;
    if (!w.regions.empty())
      systems = loc.phrase("systems.in_regions", {{"systems", systems}, {"regions", w.regions}});
    out.push_back({loc.phrase("chat.when"), w.when});
    out.push_back({loc.phrase("chat.systems"), systems});
  }
  return out;
}

std::string dump_payload(const nlohmann::ordered_json& payload) {
  return text::json_text(payload, 2);
}

Output webhook_output(ChannelId channel, std::string plain, std::string payload,
                      const std::string& measured_as, std::size_t measured, std::size_t limit,
                      bool truncated) {
  Output out;
  out.channel = channel;
  out.text = std::move(plain);
  out.files = {{"payload", std::move(payload)}};
  out.metrics = {{measured_as, measured},
                 {"limit", limit},
                 {"ok", measured <= limit},
                 {"truncated", truncated}};
  return out;
}

Output post_payload_output(ChannelId channel, const compose::Document& d, const locale::Locale& loc,
                           std::size_t byte_limit, const PostPayload& build) {
  const auto fitted = fit_document(as_post(d), loc, byte_limit, [&](const compose::Document& doc) {
    return dump_payload(build(doc, loc)).size();
  });
  std::string payload = dump_payload(build(fitted.document, loc));
  const std::size_t bytes = payload.size();
  return webhook_output(channel, plain_text(chat_blocks(fitted.document), loc), std::move(payload),
                        "payload_bytes", bytes, byte_limit, fitted.truncated);
}

}  // namespace noticekit::channels
