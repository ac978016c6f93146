#include "model/finding.h"

#include <charconv>
#include <string>

namespace noticekit::model {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

// RFC 6901 §3: a reference token writes "~" as "~0" and "/" as "~1". Every text and time of a
// sheet keeps its pointer, so this builds the string once, at its final size for most tokens.
std::string pointer_append(std::string_view base, std::string_view token) {
  std::string out;
  out.reserve(base.size() + 1 + token.size());
  out.append(base);
  out += '/';
  for (const char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

std::string pointer_append(std::string_view base, std::size_t index) {
  char digits[24];
  return pointer_append(
      base,
      std::string_view(digits, std::to_chars(digits, digits + sizeof digits, index).ptr - digits));
}

}  // namespace noticekit::model
