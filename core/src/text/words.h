// Whether typed text opens or closes with a word of the locale data ("Dear customers",
// "due to a power cut", "システム更新のため"), in any ASCII case. A word that begins or ends
// with a Latin letter matches only as a whole word: "Dear" is not the start of "Dearborn", nor
// "for" of "forecast"; a CJK word ("由于", "ため") needs no space beside it.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "text/ascii.h"

namespace noticekit::text {

inline bool opens_with_word(std::string_view text, std::string_view word) {
  if (word.empty() || text.size() <= word.size() ||
      !equal_ignoring_ascii_case(text.substr(0, word.size()), word))
    return false;
  return !is_ascii_letter(word.back()) || text[word.size()] == ' ';
}

inline bool closes_with_word(std::string_view text, std::string_view word) {
  if (word.empty() || text.size() <= word.size()) return false;
  const std::size_t at = text.size() - word.size();
  if (!equal_ignoring_ascii_case(text.substr(at), word)) return false;
  return !is_ascii_letter(word.front()) || text[at - 1] == ' ';
}

// The same for any of the locale's words.
inline bool opens_with_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return opens_with_word(text, w); });
}

inline bool closes_with_any(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return closes_with_word(text, w); });
}

}  // namespace noticekit::text
