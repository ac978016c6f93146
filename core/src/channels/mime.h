// A complete Internet message (.eml) holding a notice as a draft: RFC 5322 headers, an RFC 2047
// encoded Subject and a MIME multipart/alternative body (RFC 2046 §5.1.4) with the plain text
// and the HTML. Opening the file in a mail client shows a draft ready to address and send.
#pragma once

#include <optional>
#include <string>

#include "time/zone.h"

namespace noticekit::channels {

struct EmlParts {
  std::string subject;
  std::string text;  // LF line ends; written with CRLF as MIME's canonical text form wants
  std::string html;
  std::string language;                    // Content-Language (RFC 3282)
  std::optional<time::UtcSeconds> issued;  // the Date header; left out when unknown
  std::string time_zone;                   // IANA name: the Date header's offset
};

// CRLF line ends throughout; no line longer than 76 characters; the same parts give the same
// bytes (the boundary is derived from the content, not from a clock or a random number).
std::string eml_message(const EmlParts& parts);

}  // namespace noticekit::channels
