#include "channels/shorten.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

#include "channels/editions.h"
#include "text/utf8.h"

namespace noticekit::channels {
namespace {

bool is_word_character(char32_t c) {
  // Any run of non-space characters below the CJK blocks is a word (or a time such as
  // "22:00–06:00", or a URL) of a language written with spaces: a cut must not fall inside
  // it. Between CJK characters any cut is a character boundary.
  return c > ' ' && c < 0x2E80 && c != 0x3000;
}

// Spaces and separators that would hang before the ellipsis ("backup\\…", "系统、…").
bool is_dangling(char32_t c) {
  return c == ' ' || c == ',' || c == ';' || c == ':' || c == '\\' || c == '/' || c == '-' ||
         c == '(' || c == 0x2013 || c == 0x2014 || c == 0x3001 || c == 0xFF0C || c == 0xFF1B ||
         c == 0xFF1A || c == 0xFF08;
}

std::string encode(const std::vector<char32_t>& cps, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) text::append_utf8(out, cps[i]);
  return out;
}

}  // namespace

std::size_t measure_bytes(std::string_view s) { return s.size(); }
std::size_t measure_code_points(std::string_view s) { return text::count_code_points(s); }

Fitted cut_to_fit(std::string_view text, std::size_t limit, const Measure& measure,
                  std::string_view ellipsis) {
  if (measure(text) <= limit) return {std::string(text), false};
  const auto cps = text::code_points(text);
  // The longest prefix that fits with the ellipsis, found by bisection: a measure grows with
  // the text, and measuring every prefix in turn is quadratic in a long name.
  std::size_t keep = 0,
              over = cps.size();  // the prefix of `keep` code points fits; `over` does not
  while (over - keep > 1) {
    const std::size_t mid = keep + (over - keep) / 2;
    if (measure(encode(cps, mid) + std::string(ellipsis)) <= limit)
      keep = mid;
    else
      over = mid;
  }
  // Back off to a word boundary when the cut would fall inside a word.
  if (keep > 0 && keep < cps.size() && is_word_character(cps[keep - 1]) &&
      is_word_character(cps[keep])) {
    std::size_t k = keep;
    while (k > 0 && is_word_character(cps[k - 1])) --k;
    if (k > 0) keep = k;
  }
  while (keep > 0 && is_dangling(cps[keep - 1])) --keep;
  return {encode(cps, keep) + std::string(ellipsis), true};
}

Fitted fit_sentences(const std::vector<std::string>& sentences, const std::string& tail,
                     std::string_view separator, std::size_t limit, const Measure& measure,
                     std::string_view ellipsis) {
  auto join = [&](std::size_t count, bool with_tail) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
      if (i > 0) out.append(separator);
      out += sentences[i];
    }
    if (with_tail && !tail.empty()) out += (out.empty() ? "" : std::string(separator)) + tail;
    return out;
  };
  for (std::size_t count = sentences.size(); count > 0; --count) {
    const std::string candidate = join(count, true);
    if (measure(candidate) <= limit) return {candidate, count < sentences.size()};
  }
  if (sentences.empty()) return cut_to_fit(tail, limit, measure, ellipsis);
  // The first sentence whole, without the contact, if it fits alone; else cut so that the
  // contact still fits after it.
  if (measure(sentences.front()) <= limit) return {sentences.front(), true};
  const std::string after = tail.empty() ? std::string() : std::string(separator) + tail;
  const Measure with_tail = [&](std::string_view s) { return measure(std::string(s) + after); };
  Fitted first = cut_to_fit(sentences.front(), limit, with_tail, ellipsis);
  if (measure(first.text + after) > limit)
    return {cut_to_fit(sentences.front(), limit, measure, ellipsis).text, true};
  return {first.text + after, true};
}

Fitted fit_brief(const compose::Brief& brief, const locale::Locale& loc, std::size_t limit,
                 const Measure& measure) {
  return fit_sentences(brief.sentences, brief.contact, loc.phrase("post.sentence_separator"), limit,
                       measure, loc.phrase("chat.ellipsis"));
}

namespace {

// The brief fitted to `limit`, if it tells every window and keeps every sentence that says them
// whole.
std::optional<Fitted> fit_with_whole_windows(const compose::Brief& brief, const locale::Locale& loc,
                                             std::size_t limit, const Measure& measure) {
  if (!brief.every_window) return std::nullopt;
  Fitted post = fit_brief(brief, loc, limit, measure);
  const std::size_t saying_windows = std::min(brief.window_sentences, brief.sentences.size());
  const bool whole = std::all_of(
      brief.sentences.begin(), brief.sentences.begin() + saying_windows,
      [&](const std::string& sentence) { return post.text.find(sentence) != std::string::npos; });
  if (!whole) return std::nullopt;
  return post;
}

}  // namespace

// Asks for the shorter briefs only when the whole one does not keep its windows (see
// compose::Briefs): most notices' posts do.
std::optional<Fitted> fit_keeping_windows(const compose::Document& d, const locale::Locale& loc,
                                          std::size_t limit, const Measure& measure) {
  if (auto post = fit_with_whole_windows(d.brief(), loc, limit, measure)) return post;
  for (const auto& shorter : d.shorter_briefs())
    if (auto post = fit_with_whole_windows(shorter.brief, loc, limit, measure)) return post;
  return std::nullopt;
}

Fitted fit_title(const compose::Document& d, std::size_t limit, const Measure& measure) {
  const auto& options = d.title_options();
  for (const auto& title : options)
    if (measure(title) <= limit) return {title, title != options.front()};
  const std::string& compact = d.compact_title();
  if (!compact.empty() && measure(compact) <= limit) return {compact, true};
  // Over the limit, whole: the over-limit finding says what to shorten.
  return {options.empty() ? d.title : options.back(), true};
}

Output short_post_output(ChannelId channel, const compose::Document& d, const locale::Locale& loc,
                         std::size_t limit, const Measure& measure,
                         const std::string& measured_as) {
  Fitted post;
  if (auto whole_windows = fit_keeping_windows(d, loc, limit, measure)) {
    post = std::move(*whole_windows);
  } else {
    // Even the shortest wording cuts into the windows: the post is over its limit, as a post
    // that keeps them would be, and the over-limit finding says what to shorten.
    const compose::Brief* shortest = &d.brief();
    for (const auto& shorter : d.shorter_briefs())
      if (shorter.brief.every_window) shortest = &shorter.brief;
    post = fit_brief(*shortest, loc, std::numeric_limits<std::size_t>::max(), measure);
  }
  // A translation follows the primary language, a line apart, only if it fits whole in the
  // room left: half a sentence in a second language helps no reader.
  nlohmann::ordered_json left_out = nlohmann::ordered_json::array();
  for (const auto& e : editions(d, loc)) {
    if (e.primary) continue;
    const std::string whole =
        fit_brief(e.document.brief(), e.locale, std::numeric_limits<std::size_t>::max(), measure)
            .text;
    if (const std::string both = post.text + "\n" + whole; measure(both) <= limit)
      post.text = both;
    else
      left_out.push_back(e.document.language);
  }
  const std::size_t length = measure(post.text);
  Output out;
  out.channel = channel;
  out.text = post.text;
  out.metrics = {{"code_points", text::count_code_points(post.text)},
                 {measured_as, length},
                 {"limit", limit},
                 {"ok", length <= limit},
                 {"truncated", post.truncated}};
  if (!d.translations.empty()) out.metrics["left_out"] = left_out;  // languages with no room
  return out;
}

FittedDocument fit_document(const compose::Document& d, const locale::Locale& loc,
                            std::size_t limit,
                            const std::function<std::size_t(const compose::Document&)>& size) {
  FittedDocument out{d, false};
  if (size(out.document) <= limit) return out;
  out.truncated = true;
  // The editions of a notice in several languages give way last first: the primary
  // language's sections go only once every translation is down to its contacts.
  std::vector<compose::Document*> editions_in_order = {&out.document};
  for (auto& t : out.document.translations) editions_in_order.push_back(&t);
  for (auto e = editions_in_order.rbegin(); e != editions_in_order.rend(); ++e) {
    compose::Document& edition = **e;
    auto& sections = edition.sections;
    if (sections.empty()) continue;
    edition.closing.insert(edition.closing.begin(),
                           edition_locale(edition, loc).phrase("chat.shortened"));
    while (size(out.document) > limit && !sections.empty()) {
      // Drop the section before the last (the contacts), or the last when it is alone.
      sections.erase(sections.size() >= 2 ? sections.end() - 2 : sections.end() - 1);
    }
    if (size(out.document) <= limit) break;
  }
  return out;
}

}  // namespace noticekit::channels
