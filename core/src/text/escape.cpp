#include "text/escape.h"

#include <algorithm>

namespace noticekit::text {

std::string escape_bytes(std::string_view s, std::span<const ByteEscape> escapes) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (const char c : s) {
    const auto escape = std::find_if(escapes.begin(), escapes.end(),
                                     [c](const ByteEscape& e) { return e.byte == c; });
    if (escape == escapes.end())
      out.push_back(c);
    else
      out += escape->written_as;
  }
  return out;
}

std::string escape_html(std::string_view s) {
  static constexpr ByteEscape entities[] = {
      {'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}, {'\'', "&#39;"}};
  return escape_bytes(s, entities);
}

}  // namespace noticekit::text
