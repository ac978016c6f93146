// UTF-8 helpers shared by every channel: validation, code points, counting.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace noticekit::text {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
bool is_valid_utf8(std::string_view s);

// Decodes well-formed UTF-8; an ill-formed sequence yields U+FFFD and decoding goes on.
std::vector<char32_t> code_points(std::string_view s);

// Number of Unicode code points (what a person calls "characters" for limits like 78).
std::size_t count_code_points(std::string_view s);

// Number of UTF-16 code units (what JavaScript's .length and UCS-2 SMS count).
std::size_t count_utf16_units(std::string_view s);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// True when well-formed `text` ends with one of the code points in `endings` (a sentence
// that already has its full stop, say). Compares encoded bytes: nothing is decoded.
bool ends_with_one_of(std::string_view text, std::u32string_view endings);

// True when `text` is in the Latin script alone (ASCII, Latin-1 and Latin Extended, with en and
// em dashes and the typographic apostrophe): a sheet's English sentence standing in for a
// language it lacks, which ends with "." even among Chinese or Japanese sentences.
bool is_latin_only(std::string_view text);

// True for a character of the CJK blocks (U+2E80–U+FFEF: radicals, CJK punctuation, kana, Han,
// Hangul, full-width forms), variation selectors aside: text that sets no spaces around its
// words and takes full-width punctuation.
inline bool is_cjk(char32_t c) {
  return c >= 0x2E80 && c <= 0xFFEF && !(c >= 0xFE00 && c <= 0xFE0F);
}

}  // namespace noticekit::text
