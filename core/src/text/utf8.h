// UTF-8 helpers shared by every channel: validation, code points, counting.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace noticekit::text {

// How many bytes the sequence that `lead` starts has, read from the lead alone (Unicode §3.9,
// Table 3-7: 110xxxxx two, 1110xxxx three, 11110xxx four); 1 for ASCII and for a stray
// continuation byte. Enough to step over the characters of text already known to be
// well-formed; is_valid_utf8 and code_points also check the lead and the bytes that follow.
constexpr std::size_t utf8_sequence_length(char lead) {
  const auto b = static_cast<unsigned char>(lead);
  return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
}

// True for 10xxxxxx, a byte inside a multi-byte sequence: text cut just before one would
// split a character.
constexpr bool is_utf8_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// True for the leads of three-byte characters that take any continuation byte next (Table 3-7:
// E1–EC, EE, EF; not E0, not ED): U+1000–U+CFFF and U+E000–U+FFFF, Han, kana, Hangul and the
// full-width marks among them.
constexpr bool is_open_three_byte_lead(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0xE1 && b <= 0xEF && b != 0xED;
}

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
bool is_valid_utf8(std::string_view s);
std::size_t well_formed_length_of_any(std::string_view s, std::size_t i);
// The length of the well-formed sequence that starts at s[i] (i < s.size()), 0 when the bytes
// there are ill-formed: for a reader that checks text while passing over it once. Inline for
// the two- and three-byte characters most text is made of (Latin, Greek, Cyrillic; Han, kana,
// Hangul), whose leads take any continuation byte next (Table 3-7: not E0, not ED).
inline std::size_t well_formed_length(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead >= 0xC2 && lead <= 0xDF && i + 1 < s.size() && is_utf8_continuation(s[i + 1])) return 2;
  if (is_open_three_byte_lead(s[i]) && i + 2 < s.size() && is_utf8_continuation(s[i + 1]) &&
      is_utf8_continuation(s[i + 2]))
    return 3;
  return well_formed_length_of_any(s, i);
}

// The bytes of the run of well-formed characters with an open three-byte lead (above) that
// starts at s[i], a multiple of 3 (0 when none starts there): a sentence of Chinese or Japanese
// is checked two characters per eight-byte load rather than byte by byte.
inline std::size_t three_byte_run(std::string_view s, std::size_t i) {
  const std::size_t start = i;
  if constexpr (std::endian::native == std::endian::little) {
    // Bytes 1, 2, 4 and 5 of the word are continuation bytes (10xxxxxx), bytes 0 and 3 leads.
    constexpr std::uint64_t continuation_mask = 0x0000C0C000C0C000u;
    constexpr std::uint64_t continuation_bits = 0x0000808000808000u;
    for (std::uint64_t word; i + 8 <= s.size(); i += 6) {
      std::memcpy(&word, s.data() + i, 8);
      if ((word & continuation_mask) != continuation_bits || !is_open_three_byte_lead(s[i]) ||
          !is_open_three_byte_lead(s[i + 3]))
        break;
    }
  }
  while (i + 3 <= s.size() && is_open_three_byte_lead(s[i]) && is_utf8_continuation(s[i + 1]) &&
         is_utf8_continuation(s[i + 2]))
    i += 3;
  return i - start;
}

// The length of the ill-formed bytes that start at s[i] (i < s.size(), well_formed_length 0
// there) that one U+FFFD replaces: a maximal subpart (see utf8.cpp), at least one byte.
std::size_t ill_formed_length(std::string_view s, std::size_t i);

// Decodes well-formed UTF-8; an ill-formed sequence yields U+FFFD and decoding goes on.
std::vector<char32_t> code_points(std::string_view s);

char32_t next_code_point_of_any(std::string_view s, std::size_t& i);
// The character at s[i] (i < s.size()) as code_points decodes it, moving `i` past it: for a
// reader that takes each character once and keeps none. Inline for ASCII and for the
// three-byte characters of Han, kana and Hangul, as well_formed_length.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  if (lead >= 0xE0 && well_formed_length(s, i) == 3) {
    const char32_t cp = ((lead & 0x0Fu) << 12) |
                        ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                        (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    i += 3;
    return cp;
  }
  return next_code_point_of_any(s, i);
}

// Number of Unicode code points (what a person calls "characters" for limits like 78).
std::size_t count_code_points(std::string_view s);

// Number of UTF-16 code units (what JavaScript's .length and UCS-2 SMS count).
std::size_t count_utf16_units(std::string_view s);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// The last character of non-empty `s`, decoded, and where it starts: well-formed text's tail is
// read without decoding all of it.
struct LastCharacter {
  std::size_t start = 0;
  char32_t code_point = 0;
};
LastCharacter last_character(std::string_view s);

// True when well-formed `text` ends with one of the code points in `endings` (a sentence
// that already has its full stop, say). Decodes the last character once, and a match is
// checked against its bytes: ill-formed text ends with none.
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

// True when any character of `text` is_cjk; decodes as code_points does, without the copy.
bool contains_cjk(std::string_view text);

}  // namespace noticekit::text
