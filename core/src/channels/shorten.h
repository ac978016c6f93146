// Making a notice fit a channel's limit on purpose: whole sentences or whole sections are
// dropped from the end, and a single piece that is still too long is cut after a whole word
// (or, in text without spaces such as Chinese, after a whole character) with an ellipsis.
// Nothing is ever cut inside a word or a UTF-8 sequence.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "channels/output.h"
#include "compose/document.h"
#include "locale/locale.h"

namespace noticekit::channels {

// How a channel measures text: bytes, code points, X's weighted length, …
using Measure = std::function<std::size_t(std::string_view)>;

std::size_t measure_bytes(std::string_view s);
std::size_t measure_code_points(std::string_view s);

struct Fitted {
  std::string text;
  bool truncated = false;
};

// `text` if it fits, else its longest prefix ending at a word (or character) boundary that
// fits together with `ellipsis`.
Fitted cut_to_fit(std::string_view text, std::size_t limit, const Measure& measure,
                  std::string_view ellipsis);

// The sentences joined by `separator`, then `tail` (the contact, kept as long as possible),
// dropping sentences from the end until the whole fits. If even the first sentence does not
// fit with the tail, the tail goes; if the first sentence alone is too long, it is cut so
// that the tail fits after it.
Fitted fit_sentences(const std::vector<std::string>& sentences, const std::string& tail,
                     std::string_view separator, std::size_t limit, const Measure& measure,
                     std::string_view ellipsis);

// A short post from the SMS-sized brief (sentences + contact), shortened to `limit`.
Fitted fit_brief(const compose::Brief& brief, const locale::Locale& loc, std::size_t limit,
                 const Measure& measure);

// The brief's first sentence states every window: a post may drop later sentences, but not cut
// into that one while a shorter wording of the brief (the SMS's: no reason, no greeting, "A
// and 29 more" for the systems) keeps it whole. nullopt when none does.
std::optional<Fitted> fit_keeping_windows(const compose::Document& d, const locale::Locale& loc,
                                          std::size_t limit, const Measure& measure);

// The fullest wording of the title that fits (compose's title_options: every system named,
// then fewer, then a count of dates instead of the dates). When none fits, the shortest, whole
// and over the limit: a title cut inside its window would state a wrong one.
Fitted fit_title(const compose::Document& d, std::size_t limit, const Measure& measure);

// A social post (X, Weibo): the fitted brief, with metrics naming the channel's own measure
// (`measured_as`, e.g. "weighted_length") beside the code points.
Output short_post_output(ChannelId channel, const compose::Document& d, const locale::Locale& loc,
                         std::size_t limit, const Measure& measure, const std::string& measured_as);

struct FittedDocument {
  compose::Document document;
  bool truncated = false;
};

// The document as it is if `size(document) <= limit`; else with sections dropped from the
// end — the last one (whom to contact) is kept as long as any other remains — and a note
// ("chat.shortened") opening the closing, so readers know the full notice says more.
FittedDocument fit_document(const compose::Document& d, const locale::Locale& loc,
                            std::size_t limit,
                            const std::function<std::size_t(const compose::Document&)>& size);

}  // namespace noticekit::channels
