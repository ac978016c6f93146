// UTF-8 per Unicode 15 §3.9, Table 3-7 (well-formed byte sequences). Ill-formed input is
// replaced with U+FFFD using the "maximal subpart" practice of §3.9 (U+FFFD Substitution of
// Maximal Subparts): each maximal prefix of a well-formed sequence, or each lone byte that
// cannot start one, becomes one U+FFFD.
#include "text/utf8.h"

#include <cstdint>
#include <cstring>

namespace noticekit::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t cp;      // the code point, or U+FFFD when !ok
  std::size_t len;  // bytes consumed, always ≥ 1
  bool ok;          // false when the bytes were an ill-formed (maximal) subpart
};

// Decodes one sequence starting at s[i] (i < s.size()).
Decoded decode_one(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<std::uint8_t>(s[i]);
  if (b0 < 0x80) return {b0, 1, true};
  // 80..BF (stray continuation), C0/C1 (always overlong), F5..FF (beyond U+10FFFF).
  if (b0 < 0xC2 || b0 > 0xF4) return {kReplacement, 1, false};

  // Table 3-7: the lead gives the number of trailing bytes and its payload bits (5, 4 or 3
  // of them), and for four leads a narrower range of the second byte (the later ones are
  // always 80..BF).
  const std::size_t trail = utf8_sequence_length(s[i]) - 1;
  char32_t cp = b0 & (0x3Fu >> trail);
  std::uint8_t lo = 0x80, hi = 0xBF;
  if (b0 == 0xE0) lo = 0xA0;  // no overlongs below U+0800
  if (b0 == 0xED) hi = 0x9F;  // no surrogates U+D800..U+DFFF
  if (b0 == 0xF0) lo = 0x90;  // no overlongs below U+10000
  if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF

  std::size_t len = 1;
  for (std::size_t k = 0; k < trail; ++k) {
    if (i + len >= s.size()) return {kReplacement, len, false};  // truncated
    const auto b = static_cast<std::uint8_t>(s[i + len]);
    const std::uint8_t min = (k == 0) ? lo : 0x80;
    const std::uint8_t max = (k == 0) ? hi : 0xBF;
    if (b < min || b > max) return {kReplacement, len, false};  // b starts the next unit
    cp = (cp << 6) | (b & 0x3Fu);
    ++len;
  }
  return {cp, len, true};
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = decode_one(s, i);
    if (!d.ok) return false;
    i += d.len;
  }
  return true;
}

std::size_t well_formed_length_of_any(std::string_view s, std::size_t i) {
  const Decoded d = decode_one(s, i);
  return d.ok ? d.len : 0;
}

std::size_t ill_formed_length(std::string_view s, std::size_t i) { return decode_one(s, i).len; }

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = decode_one(s, i);
    out.push_back(d.cp);
    i += d.len;
  }
  return out;
}

char32_t next_code_point_of_any(std::string_view s, std::size_t& i) {
  const Decoded d = decode_one(s, i);
  i += d.len;
  return d.cp;
}

std::size_t count_code_points(std::string_view s) {
  // ASCII and runs of Han, kana or Hangul are counted without decoding: titles are measured
  // against their limits several times each.
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      ++n;
    } else if (const std::size_t run = three_byte_run(s, i); run != 0) {
      i += run;
      n += run / 3;
    } else {
      i += decode_one(s, i).len;
      ++n;
    }
  }
  return n;
}

std::size_t count_utf16_units(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = decode_one(s, i);
    n += (d.cp >= 0x10000) ? 2 : 1;  // supplementary planes take a surrogate pair
    i += d.len;
  }
  return n;
}

void append_utf8(std::string& out, char32_t cp) {
  // Surrogates and values above U+10FFFF have no UTF-8 form; write U+FFFD so the output
  // always stays well-formed.
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacement;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

LastCharacter last_character(std::string_view s) {
  std::size_t start = s.size() - 1;
  while (start > 0 && is_utf8_continuation(s[start])) --start;
  const std::size_t length = s.size() - start;
  const auto lead = static_cast<unsigned char>(s[start]);
  char32_t c = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = start + 1; i < s.size(); ++i)
    c = (c << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return {start, c};
}

bool ends_with_one_of(std::string_view text, std::u32string_view endings) {
  if (text.empty()) return false;
  const char32_t last = last_character(text).code_point;
  if (endings.find(last) == std::u32string_view::npos) return false;
  // An ending's own bytes decode as that ending; any other tail that decoded as one is not it.
  std::string ending;
  append_utf8(ending, last);
  return text.ends_with(ending);
}

namespace {

// True when `pred` holds for a character of `s`, decoded as code_points decodes, without
// collecting them: is_latin_only and contains_cjk read texts of every sheet.
template <typename Pred>
bool any_code_point(std::string_view s, Pred pred) {
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = decode_one(s, i);
    if (pred(d.cp)) return true;
    i += d.len;
  }
  return false;
}

}  // namespace

bool is_latin_only(std::string_view text) {
  return !any_code_point(
      text, [](char32_t c) { return c >= 0x250 && c != 0x2013 && c != 0x2014 && c != 0x2019; });
}

bool contains_cjk(std::string_view text) {
  // Every CJK character is three bytes or more, from lead E2 on: the ASCII of a text in a Latin
  // script is passed over eight bytes at a time, up to its first character beyond it.
  std::size_t ascii = 0;
  for (std::uint64_t word; ascii + 8 <= text.size(); ascii += 8) {
    std::memcpy(&word, text.data() + ascii, 8);
    if ((word & 0x8080808080808080u) != 0) break;
  }
  return any_code_point(text.substr(ascii), is_cjk);
}

}  // namespace noticekit::text
