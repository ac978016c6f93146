// Microsoft Teams: an Adaptive Card in the message envelope that incoming webhooks and the
// Workflows "post to a channel when a webhook request is received" flow accept
// (https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using,
// "Send Adaptive Cards using an Incoming Webhook").
#include "channels/channel.h"
#include "channels/chat_notice.h"
#include "channels/editions.h"
#include "channels/markdown.h"

namespace noticekit::channels {
namespace {

using ordered_json = nlohmann::ordered_json;

// "The message size limit is 28 KB. When the size exceeds 28 KB, you receive an error."
// (https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook)
// Read as 28000 bytes, the stricter reading of "KB".
constexpr std::size_t payload_byte_limit = 28000;

// Adaptive Cards 1.4: the newest version every Teams client renders (1.5 is not on all of them).
constexpr const char* card_version = "1.4";

// TextBlocks render a Markdown subset, so user text is escaped like the bots' Markdown.
std::string md(std::string_view raw) { return escape_markup(raw, Markup::markdown); }

ordered_json text_block(const std::string& text) {
  return {{"type", "TextBlock"}, {"text", text}, {"wrap", true}};
}

// One edition's elements of the card body: title, lead, facts, sections and closing (a post:
// no greeting, no signature).
void add_edition(ordered_json& body, const compose::Document& d, const locale::Locale& loc) {
  ordered_json title = text_block(md(d.title));
  title["size"] = "Large";
  title["weight"] = "Bolder";
  // A translation starts below a separator line, well apart from the edition before it.
  if (!body.empty()) {
    title["separator"] = true;
    title["spacing"] = "ExtraLarge";
  }
  body.push_back(title);
  for (const auto& note : edition_notes(d)) body.push_back(text_block(md(note)));
  body.push_back(text_block(md(d.lead)));

  ordered_json facts = ordered_json::array();
  for (const auto& f : chat_facts(d, loc))
    facts.push_back({{"title", md(f.label)}, {"value", md(f.value)}});
  if (!facts.empty()) body.push_back({{"type", "FactSet"}, {"facts", facts}});

  for (const auto& s : d.sections) {
    ordered_json heading = text_block(md(s.heading));
    heading["weight"] = "Bolder";
    heading["spacing"] = "Medium";
    body.push_back(heading);
    std::string lines = md(s.intro);
    for (const auto& l : s.lines) lines += (lines.empty() ? "" : "\n") + ("- " + md(l));
    body.push_back(text_block(lines));
  }
  for (const auto& c : compose::closing_lines(d))
    if (!c.empty()) body.push_back(text_block(md(c)));
}

ordered_json card(const compose::Document& d, const locale::Locale& loc) {
  ordered_json body = ordered_json::array();
  for (const auto& e : editions(d, loc)) add_edition(body, e.document, e.locale);
  return {{"$schema", "http://adaptivecards.io/schemas/adaptive-card.json"},
          {"type", "AdaptiveCard"},
          {"version", card_version},
          {"body", body},
          {"msteams", {{"width", "Full"}}}};
}

ordered_json teams_payload(const compose::Document& d, const locale::Locale& loc) {
  return {{"type", "message"},
          {"attachments",
           {{{"contentType", "application/vnd.microsoft.card.adaptive"},
             {"contentUrl", nullptr},
             {"content", card(d, loc)}}}}};
}

}  // namespace

Output render_teams(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  return post_payload_output(ChannelId::teams, d, loc, payload_byte_limit, teams_payload);
}

}  // namespace noticekit::channels
