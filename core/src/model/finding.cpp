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

// RFC 6901 §3: a reference token writes "~" as "~0" and "/" as "~1".
void append_pointer_token(std::string& pointer, std::string_view token) {
  pointer.reserve(pointer.size() + 1 + token.size());
  pointer += '/';
  for (const char c : token) {
    if (c == '~')
      pointer += "~0";
    else if (c == '/')
      pointer += "~1";
    else
      pointer += c;
  }
}

void append_pointer_token(std::string& pointer, std::size_t index) {
  char digits[24];
  append_pointer_token(
      pointer,
      std::string_view(digits, std::to_chars(digits, digits + sizeof digits, index).ptr - digits));
}

std::string pointer_append(std::string_view base, std::string_view token) {
  std::string out(base);
  append_pointer_token(out, token);
  return out;
}

std::string pointer_append(std::string_view base, std::size_t index) {
  std::string out(base);
  append_pointer_token(out, index);
  return out;
}

}  // namespace noticekit::model
