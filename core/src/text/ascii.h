// ASCII character classes, and ASCII letters' case for matching words typed in any case
// ("dear customers", "dns") against the words of the locale data. Other characters are
// compared as they are.
//
// The classes take a char32_t so that one function serves both a byte of UTF-8 text and a
// decoded code point: a byte from 0x80 on (a negative char) converts to a value far above
// U+007F, so it is never taken for ASCII.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace noticekit::text {

constexpr bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

constexpr bool is_ascii_upper(char32_t c) { return c >= 'A' && c <= 'Z'; }

constexpr bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || is_ascii_upper(c); }

constexpr bool is_ascii_alnum(char32_t c) { return is_ascii_digit(c) || is_ascii_letter(c); }

inline char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// `s` with its ASCII letters in lower case.
inline std::string ascii_lowered(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
  return out;
}

inline bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ascii_lower(x) == ascii_lower(y);
         });
}

}  // namespace noticekit::text
