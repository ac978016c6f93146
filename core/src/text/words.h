// Whether typed text opens or closes with a word of the locale data ("Dear customers",
// "due to a power cut", "システム更新のため"), in any ASCII case. A word that begins or ends
// with a Latin letter matches only as a whole word: "Dear" is not the start of "Dearborn", nor
// "for" of "forecast"; a CJK word ("由于", "ため") needs no space beside it. And a text's
// words, for the locale's word lists.
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

// The words of a text in lower case, for comparing with a locale's word lists: runs of
// letters (ASCII, or any byte of a multi-byte UTF-8 character, so "für" and "été" stay whole),
// split at everything else; ASCII and Latin-1 capitals lowered ("Für" → "für"). Each word is
// handed to `visit` as a view valid during the call: of the text itself when it has no capital,
// as most words have none, else of one buffer the lowered words share (the validator reads
// every text of every sheet this way, and a string per word would cost an allocation for each).
template <typename Visit>
void for_each_lower_case_word(std::string_view text, Visit visit) {
  const auto in_word = [](char c) {
    return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80;
  };
  // Latin-1 capitals À–Þ (C3 80–C3 9E, but not × at C3 97) are small letters 0x20 on.
  const auto latin1_capital = [&](std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    return c >= 0x80 && c <= 0x9E && c != 0x97 && i > 0 && text[i - 1] == '\xC3';
  };
  std::string lowered;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && !in_word(text[i])) ++i;
    const std::size_t start = i;
    bool capital = false;
    for (; i < text.size() && in_word(text[i]); ++i)
      capital = capital || (text[i] >= 'A' && text[i] <= 'Z') || latin1_capital(i);
    if (start == i) break;
    if (!capital) {
      visit(text.substr(start, i - start));
      continue;
    }
    lowered.clear();
    for (std::size_t k = start; k < i; ++k) {
      const char c = text[k];
      lowered += (c >= 'A' && c <= 'Z') || latin1_capital(k) ? static_cast<char>(c + 0x20) : c;
    }
    visit(std::string_view(lowered));
  }
}

}  // namespace noticekit::text
