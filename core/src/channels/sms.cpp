// SMS: one message body with the sender's signature, and what it costs in parts. When the
// whole notice would take more parts than allowed, the SMS is the first of the composer's
// shorter briefs that fits (compose::Document::shorter_briefs: the reason, the alternatives,
// the greeting, what to do before or after, then the full list of systems are given up in
// that order; the windows, the systems and the contact never are).
//
// Output: `text` is the SMS to send. When it had to be shortened, `full_text` holds the whole
// notice and metrics say so: "shortened": true, "given_up": the parts left out, and
// "full_segments": what the whole one would have cost. "segments" and "ok" are always those
// of `text`; "ok" is false only if even the shortest version takes too many parts.
#include <string>

#include "channels/channel.h"
#include "channels/sms_segments.h"

namespace noticekit::channels {
namespace {

// Beyond three parts a notice costs three times a single message per recipient and some
// gateways stop concatenating; a sheet may allow more or fewer (sms.max_segments).
constexpr int default_max_segments = 3;

std::string body(const compose::Brief& b, const locale::Locale& loc) {
  std::string out = loc.phrase("sms.signature", {{"signature", b.signature}}) + b.greeting;
  const std::string separator = loc.phrase("sms.sentence_separator");
  bool first = true;
  for (const auto& s : b.sentences) {
    if (!first) out += separator;
    out += s;
    first = false;
  }
  if (!b.contact.empty()) out += (first ? "" : separator) + b.contact;
  return out;
}

}  // namespace

Output render_sms(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  const int max_segments = d.sms_max_segments.value_or(default_max_segments);
  const std::string full = body(d.brief, loc);
  const SmsSegments full_count = count_sms_segments(full);

  std::string text = full;
  SmsSegments s = full_count;
  nlohmann::ordered_json given_up = nlohmann::ordered_json::array();
  for (const auto& shorter : d.shorter_briefs) {
    if (s.segments <= max_segments) break;
    text = body(shorter.brief, loc);
    s = count_sms_segments(text);
    given_up = shorter.given_up;
  }
  const bool shortened = text != full;

  Output out;
  out.channel = "sms";
  out.text = text;
  if (shortened) out.files = {{"full_text", full}};
  out.metrics = {{"characters", s.characters},
                 {"bytes", text.size()},
                 {"encoding", s.encoding == SmsEncoding::gsm7 ? "gsm7" : "ucs2"},
                 {"units", s.units},
                 {"segments", s.segments},
                 {"single_limit", s.single_limit},
                 {"part_limit", s.part_limit},
                 {"limit", max_segments},
                 {"ok", s.segments <= max_segments},
                 {"shortened", shortened},
                 {"given_up", given_up},
                 {"full_segments", full_count.segments}};
  return out;
}

}  // namespace noticekit::channels
