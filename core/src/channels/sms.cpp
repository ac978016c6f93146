// SMS: one message body with the sender's signature, and what it costs in parts.
#include <string>

#include "channels/channel.h"
#include "channels/sms_segments.h"
#include "text/utf8.h"

namespace noticekit::channels {
namespace {

// Beyond three parts a notice costs three times a single message per recipient and some
// gateways stop concatenating; a longer SMS is flagged so the writer shortens it.
constexpr int max_segments = 3;

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

Output render_sms(const compose::Document& d, const locale::Locale& loc) {
  Output out;
  out.channel = "sms";
  out.text = body(d.brief, loc);
  const SmsSegments s = count_sms_segments(out.text);
  out.metrics = {{"characters", s.characters},
                 {"bytes", out.text.size()},
                 {"encoding", s.encoding == SmsEncoding::gsm7 ? "gsm7" : "ucs2"},
                 {"units", s.units},
                 {"segments", s.segments},
                 {"single_limit", s.single_limit},
                 {"part_limit", s.part_limit},
                 {"limit", max_segments},
                 {"ok", s.segments <= max_segments}};
  return out;
}

}  // namespace noticekit::channels
