// Escaping user text for each markup it is placed into. Every renderer uses these; none
// escapes on its own.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace noticekit::text {

// & < > " ' → entities, so text is safe both in element content and in quoted attributes.
std::string escape_html(std::string_view s);

// An ASCII byte a markup reserves, and what is written in its place ("" leaves it out).
struct ByteEscape {
  char byte;
  std::string_view written_as;
};

// `s` with each byte `escapes` lists written as its replacement, for a markup whose escaping is
// byte by byte (HTML here, iCalendar TEXT in text/icalendar.h). Only ASCII bytes are listed, so
// UTF-8 multi-byte sequences pass through untouched.
std::string escape_bytes(std::string_view s, std::span<const ByteEscape> escapes);

}  // namespace noticekit::text
