// SMS: one message body with the sender's signature, and what it costs in parts. When the
// whole notice would take more parts than allowed, the SMS is the first of the composer's
// shorter briefs that fits (compose::Document::shorter_briefs(): the reason, the alternatives,
// the greeting, what to do before or after, then the full list of systems are given up in
// that order; the windows, the systems and the contact never are).
//
// Output: `text` is the SMS to send. When it had to be shortened, `full_text` holds the whole
// notice and metrics say so: "shortened": true, "given_up": the parts left out, and
// "full_segments": what the whole one would have cost. "ucs2_characters" names the characters
// that made a mostly GSM-7 SMS UCS-2 (67 characters a part instead of 153). "segments" and "ok" are
// always those of `text`; "ok" is false only if even the shortest version takes too many parts.
#include <algorithm>
#include <string>

#include "channels/channel.h"
#include "channels/editions.h"
#include "channels/sms_segments.h"

namespace noticekit::channels {
namespace {

// Beyond three parts a notice costs three times a single message per recipient and some
// gateways stop concatenating; a sheet may allow more or fewer (sms.max_segments).
constexpr int default_max_segments = 3;

// A phone shows a no-break space as a space, and GSM-7 has none: one of them (French "motif :
// …", shared with the letters) would make the whole SMS UCS-2, at less than half the length
// per part.
std::string gsm_spaces(std::string text) {
  for (const std::string_view space : {"\u00A0", "\u202F"})
    for (auto at = text.find(space); at != std::string::npos; at = text.find(space, at))
      text.replace(at, space.size(), " ");
  return text;
}

std::string body(const compose::Brief& b, const locale::Locale& loc, bool with_signature) {
  std::string out = with_signature ? loc.phrase("sms.signature", {{"signature", b.signature}}) : "";
  out += b.greeting;
  const std::string separator = loc.phrase("sms.sentence_separator");
  bool first = true;
  for (const auto& s : b.sentences) {
    if (!first) out += separator;
    out += s;
    first = false;
  }
  if (!b.contact.empty()) out += (first ? "" : separator) + b.contact;
  return gsm_spaces(std::move(out));
}

// The whole brief asks for no shorter one (see compose::Briefs).
const std::vector<compose::ShorterBrief> no_shorter_briefs;

struct Version {
  std::string text;
  std::vector<std::string> given_up;
};

// The SMS at shortening `level`: 0 is every edition's whole brief, each level after it takes
// each edition's next shorter brief (its shortest once it has no more). The signature comes
// once, at the start, where carriers require it; the editions of a notice in several
// languages follow one another a line apart, primary first.
Version version(const compose::Document& d, const locale::Locale& loc, std::size_t level) {
  Version v;
  for (const auto& e : editions(d, loc)) {
    const compose::Brief* brief = &e.document.brief();
    const auto& shorter = level > 0 ? e.document.shorter_briefs() : no_shorter_briefs;
    if (!shorter.empty()) {
      const auto& s = shorter[std::min(level, shorter.size()) - 1];
      brief = &s.brief;
      for (const auto& part : s.given_up)
        if (std::find(v.given_up.begin(), v.given_up.end(), part) == v.given_up.end())
          v.given_up.push_back(part);
    }
    if (!v.text.empty()) v.text += '\n';
    v.text += body(*brief, e.locale, v.text.empty());
  }
  return v;
}

std::size_t shortening_levels(const compose::Document& d) {
  std::size_t most = d.shorter_briefs().size();
  for (const auto& t : d.translations) most = std::max(most, t.shorter_briefs().size());
  return most;
}

}  // namespace

Output render_sms(const compose::Document& d, const locale::Locale& loc, const Fields& wanted) {
  const int max_segments = d.sms_max_segments.value_or(default_max_segments);
  const std::string full = version(d, loc, 0).text;
  const SmsSegments full_count = count_sms_segments(full);

  Version chosen{full, {}};
  SmsSegments s = full_count;
  // Asks for the shorter briefs only once the whole SMS is too long (see compose::Briefs).
  for (std::size_t level = 1; s.segments > max_segments && level <= shortening_levels(d); ++level) {
    chosen = version(d, loc, level);
    s = count_sms_segments(chosen.text);
  }
  const bool shortened = chosen.text != full;

  Output out;
  out.channel = ChannelId::sms;
  out.text = chosen.text;
  if (shortened) out.files = {{"full_text", full}};
  if (!wants(wanted, "metrics")) {
    out.metrics = limit_metrics("segments", s.segments, max_segments);
    return out;
  }
  out.metrics = {{"characters", s.characters},
                 {"bytes", chosen.text.size()},
                 {"encoding", s.encoding == SmsEncoding::gsm7 ? "gsm7" : "ucs2"},
                 {"units", s.units},
                 {"segments", s.segments},
                 {"single_limit", s.single_limit},
                 {"part_limit", s.part_limit},
                 {"limit", max_segments},
                 {"ok", s.segments <= max_segments},
                 {"shortened", shortened},
                 {"given_up", chosen.given_up},
                 {"full_segments", full_count.segments}};
  if (!s.ucs2_characters.empty()) out.metrics["ucs2_characters"] = s.ucs2_characters;
  return out;
}

}  // namespace noticekit::channels
