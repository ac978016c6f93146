// Slack: a Block Kit message for an incoming webhook or chat.postMessage — a header, the
// lead, fields with when and which systems, a section per part of the notice (the contacts
// last), and the closing; a post (channels/post.h): no greeting, no signature. "text" is the
// notification fallback.
#include <algorithm>

#include "channels/channel.h"
#include "channels/chat_notice.h"
#include "channels/editions.h"
#include "channels/markdown.h"
#include "channels/post.h"
#include "channels/shorten.h"
#include "text/utf8.h"

namespace noticekit::channels {
namespace {

using ordered_json = nlohmann::ordered_json;

// Block Kit reference (https://docs.slack.dev/reference/block-kit/blocks/header-block,
// …/section-block, …/context-block, https://docs.slack.dev/reference/block-kit/blocks):
constexpr std::size_t header_limit = 150;  // header: plain_text "Maximum length … 150 characters"
constexpr std::size_t section_text_limit =
    3000;                                  // section: text "Maximum length … 3000 characters"
constexpr std::size_t field_limit = 2000;  // section: fields, "each item is 2000 characters"
constexpr std::size_t max_fields = 10;     // section: fields "Maximum number of items is 10"
constexpr std::size_t max_blocks = 50;     // "up to 50 blocks in each message"

// Slack counts the text as sent, entities included.
std::size_t escaped_length(std::string_view raw) {
  return text::count_code_points(escape_markup(raw, Markup::slack_mrkdwn));
}

// `raw` escaped for mrkdwn, cut (before escaping, so no entity is split) to fit `limit`
// together with `markup` characters around it.
std::string mrkdwn_text(std::string_view raw, std::size_t limit, std::size_t markup,
                        const std::string& ellipsis) {
  const std::size_t room = limit > markup ? limit - markup : 0;
  return escape_markup(cut_to_fit(raw, room, escaped_length, ellipsis).text, Markup::slack_mrkdwn);
}

ordered_json mrkdwn(const std::string& text) { return {{"type", "mrkdwn"}, {"text", text}}; }

class BlockWriter {
 public:
  explicit BlockWriter(const locale::Locale& loc) : ellipsis_(loc.phrase("chat.ellipsis")) {}

  void header(const std::string& title) {
    const std::string text = cut_to_fit(title, header_limit, measure_code_points, ellipsis_).text;
    blocks_.push_back(
        {{"type", "header"}, {"text", {{"type", "plain_text"}, {"text", text}, {"emoji", true}}}});
  }

  // Lines (escaped mrkdwn) as few section blocks as the text limit allows.
  void sections(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) {
      const std::size_t joined = text::count_code_points(text) + 1 + text::count_code_points(line);
      if (!text.empty() && joined > section_text_limit) flush(text);
      text += (text.empty() ? "" : "\n") + line;
    }
    flush(text);
  }

  // A raw line escaped, with optional mrkdwn around it, kept within one section's text.
  std::string line(std::string_view raw, const std::string& before = "",
                   const std::string& after = "") const {
    return before + mrkdwn_text(raw, section_text_limit, before.size() + after.size(), ellipsis_) +
           after;
  }

  void fields(const std::vector<Fact>& facts) {
    ordered_json fields = ordered_json::array();
    for (const auto& f : facts) {
      if (fields.size() == max_fields) break;
      const std::string label = "*" + escape_markup(f.label, Markup::slack_mrkdwn) + "*\n";
      fields.push_back(mrkdwn(
          label + mrkdwn_text(f.value, field_limit, text::count_code_points(label), ellipsis_)));
    }
    if (!fields.empty()) blocks_.push_back({{"type", "section"}, {"fields", fields}});
  }

  // Between the editions of a notice in several languages.
  void divider() { blocks_.push_back({{"type", "divider"}}); }

  ordered_json take() { return std::move(blocks_); }

 private:
  void flush(std::string& text) {
    if (!text.empty()) blocks_.push_back({{"type", "section"}, {"text", mrkdwn(text)}});
    text.clear();
  }
  std::string ellipsis_;
  ordered_json blocks_ = ordered_json::array();
};

// One edition's blocks: its header, lead, facts, sections and closing.
void write_edition(BlockWriter& w, const compose::Document& d, const locale::Locale& loc) {
  w.header(d.title);
  std::vector<std::string> opening;
  for (const auto& note : edition_notes(d)) opening.push_back(w.line(note));
  opening.push_back(w.line(d.lead));
  w.sections(opening);
  w.fields(chat_facts(d, loc));
  for (const auto& s : d.sections) {
    std::vector<std::string> lines{w.line(s.heading, "*", "*")};
    if (!s.intro.empty()) lines.push_back(w.line(s.intro));
    for (const auto& l : s.lines) lines.push_back(w.line(l, "• "));
    w.sections(lines);
  }
  std::vector<std::string> closing;
  for (const auto& c : compose::closing_lines(d))
    if (!c.empty()) closing.push_back(w.line(c));
  w.sections(closing);
}

ordered_json slack_payload(const compose::Document& d, const locale::Locale& loc) {
  BlockWriter w(loc);
  for (const auto& e : editions(d, loc)) {
    if (!e.primary) w.divider();
    write_edition(w, e.document, e.locale);
  }
  const std::string fallback = w.line(d.subject) + "\n" + w.line(d.lead);
  return {{"text", fallback}, {"blocks", w.take()}};
}

// Whether every block keeps Slack's limits, and the longest section text.
struct Check {
  bool ok = true;
  std::size_t longest_section = 0;
};

Check check_blocks(const ordered_json& blocks) {
  Check c;
  c.ok = blocks.size() <= max_blocks;
  for (const auto& b : blocks) {
    if (b["type"] == "header")
      c.ok = c.ok && text::count_code_points(b["text"]["text"].get<std::string>()) <= header_limit;
    if (b["type"] == "section" && b.contains("text")) {
      const auto n = text::count_code_points(b["text"]["text"].get<std::string>());
      c.longest_section = std::max(c.longest_section, n);
      c.ok = c.ok && n <= section_text_limit;
    }
  }
  return c;
}

}  // namespace

Output render_slack(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  const auto fitted = fit_document(as_post(d), loc, max_blocks, [&](const compose::Document& doc) {
    return slack_payload(doc, loc)["blocks"].size();
  });
  const ordered_json payload = slack_payload(fitted.document, loc);
  const Check check = check_blocks(payload["blocks"]);
  Output out;
  out.channel = ChannelId::slack;
  out.text = plain_text(chat_blocks(fitted.document), loc);
  out.files = {{"payload", dump_payload(payload)}};
  out.metrics = {{"blocks", payload["blocks"].size()},
                 {"limit", max_blocks},
                 {"longest_section_characters", check.longest_section},
                 {"section_limit", section_text_limit},
                 {"ok", check.ok},
                 {"truncated", fitted.truncated}};
  return out;
}

}  // namespace noticekit::channels
