#include "channels/x_weight.h"

#include <string>

#include "text/ascii.h"
#include "text/spaces.h"
#include "text/utf8.h"

namespace noticekit::channels {
namespace {

// The "ranges" of twitter-text config/v3.json, each weighing 100 (= 1 at scale 100); the
// same table is in twitter-text's Java Validator (0–4351, 8192–8205, 8208–8223, 8242–8247).
struct Range {
  char32_t first, last;
};
constexpr Range light_ranges[] = {
    {0x0000, 0x10FF},  // Latin, Greek, Cyrillic, Hebrew, Arabic, … up to Georgian
    {0x2000, 0x200D},  // spaces, ZWJ
    {0x2010, 0x201F},  // dashes and quotation marks
    {0x2032, 0x2037},  // primes
};

std::size_t code_point_weight(char32_t cp) {
  for (const auto& r : light_ranges)
    if (cp >= r.first && cp <= r.last) return 1;
  return 2;
}

// --- Emoji sequences (Unicode TS #51 §1.4), as twemoji-parser matches them ---------------

constexpr char32_t zwj = 0x200D;
constexpr char32_t vs15_text = 0xFE0E;
constexpr char32_t vs16_emoji = 0xFE0F;
constexpr char32_t combining_keycap = 0x20E3;

bool in(char32_t c, char32_t first, char32_t last) { return c >= first && c <= last; }

// Code points that start an emoji: a coarse Extended_Pictographic (UTS #51 emoji-data.txt).
// Coarse on purpose: a non-emoji symbol in these blocks only merges with a following VS16,
// skin tone or ZWJ, which ordinary text does not put after it.
bool is_pictographic(char32_t c) {
  return c == 0x00A9 || c == 0x00AE || c == 0x203C || c == 0x2049 || c == 0x2122 || c == 0x2139 ||
         in(c, 0x2194, 0x21AA) || in(c, 0x231A, 0x23FF) || c == 0x24C2 || in(c, 0x25AA, 0x25FE) ||
         in(c, 0x2600, 0x27BF) || in(c, 0x2934, 0x2935) || in(c, 0x2B05, 0x2B55) || c == 0x3030 ||
         c == 0x303D || c == 0x3297 || c == 0x3299 || in(c, 0x1F000, 0x1FAFF);
}
bool is_regional_indicator(char32_t c) { return in(c, 0x1F1E6, 0x1F1FF); }
bool is_skin_tone(char32_t c) { return in(c, 0x1F3FB, 0x1F3FF); }
bool is_tag(char32_t c) { return in(c, 0xE0020, 0xE007F); }  // subdivision flags, 🏴 + tags
bool is_keycap_base(char32_t c) { return text::is_ascii_digit(c) || c == '#' || c == '*'; }

// Code points of the emoji sequence that starts `s`, or 0 if none does.
std::size_t emoji_length(std::u32string_view s) {
  const auto at = [&](std::size_t k) { return k < s.size() ? s[k] : char32_t{0}; };
  const char32_t c = s.front();
  if (is_regional_indicator(c)) return is_regional_indicator(at(1)) ? 2 : 1;  // 🇨🇳
  if (is_keycap_base(c)) {  // 1️⃣: digit, VS16 (often left out), U+20E3
    const std::size_t k = at(1) == vs16_emoji ? 2 : 1;
    return at(k) == combining_keycap ? k + 1 : 0;
  }
  if (!is_pictographic(c) || at(1) == vs15_text) return 0;  // "as-text" variants stay text
  // twemoji-parser: © ® ™ (text by default) are emoji only with VS16.
  if ((c == 0x00A9 || c == 0x00AE || c == 0x2122) && at(1) != vs16_emoji) return 0;
  std::size_t k = 1;
  for (;;) {
    if (at(k) == vs16_emoji) ++k;
    if (is_skin_tone(at(k))) ++k;
    while (is_tag(at(k))) ++k;
    if (at(k) == zwj &&
        is_pictographic(at(k + 1))) {  // 👨‍👩‍👧, 🧑‍💻, 🏳️‍🌈
      k += 2;
      continue;
    }
    return k;
  }
}

// --- Decomposed letters -------------------------------------------------------------------

// The ASCII letters that NFC composes with each combining mark into one code point below
// U+1100, i.e. weighing 1 like the precomposed letter ("e" + U+0301 → "é"). Computed from
// UnicodeData.txt (Unicode 14) with Python: unicodedata.normalize("NFC", letter + mark).
// Letters missing here compose into U+1Exx (weight 2, the same as letter + mark) or not at all.
struct Composing {
  char32_t mark;
  std::string_view letters;
};
// clang-format off
constexpr Composing latin_compositions[] = {
    {0x0300, "AEINOUaeinou"},                      // grave accent
    {0x0301, "ACEGILNORSUYZacegilnorsuyz"},        // acute accent
    {0x0302, "ACEGHIJOSUWYaceghijosuwy"},          // circumflex accent
    {0x0303, "AINOUainou"},                        // tilde
    {0x0304, "AEIOUYaeiouy"},                      // macron
    {0x0306, "AEGIOUaegiou"},                      // breve
    {0x0307, "ACEGIOZacegoz"},                     // dot above
    {0x0308, "AEIOUYaeiouy"},                      // diaeresis
    {0x030A, "AUau"},                              // ring above
    {0x030B, "OUou"},                              // double acute accent
    {0x030C, "ACDEGHIKLNORSTUZacdeghijklnorstuz"},  // caron
    {0x030F, "AEIORUaeioru"},                      // double grave accent
    {0x0311, "AEIORUaeioru"},                      // inverted breve
    {0x031B, "OUou"},                              // horn
    {0x0326, "STst"},                              // comma below
    {0x0327, "CEGKLNRSTcegklnrst"},                // cedilla
    {0x0328, "AEIOUaeiou"},                        // ogonek
};
// clang-format on

bool composes_light(char32_t letter, char32_t mark) {
  if (letter > 0x7F) return false;
  for (const auto& c : latin_compositions)
    if (c.mark == mark) return c.letters.find(static_cast<char>(letter)) != std::string_view::npos;
  return false;
}

// --- Weighing -----------------------------------------------------------------------------

struct Unit {
  std::size_t length;  // code points
  std::size_t weight;
};

// What twitter-text counts as one: an emoji sequence, a letter with a composing mark, or a
// code point.
Unit next_unit(std::u32string_view s) {
  if (const std::size_t n = emoji_length(s); n > 0) return {n, 2};
  if (s.size() > 1 && composes_light(s[0], s[1])) return {2, 1};
  return {1, code_point_weight(s[0])};
}

std::size_t weigh(std::u32string_view s) {
  std::size_t total = 0;
  while (!s.empty()) {
    const Unit u = next_unit(s);
    total += u.weight;
    s.remove_prefix(u.length);
  }
  return total;
}

// Punctuation twitter-text leaves outside a URL at its end.
bool is_trailing_punctuation(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == '"' || c == '\'';
}

// True for "https://…", "http://…" and bare hosts such as "status.example.com/x": what X
// links and counts as 23. Addresses (a@b.com) are not links. The phone script's rule for
// links and addresses (phone.cpp) differs on purpose: it finds what a caller must hear spelt out.
bool is_url(std::u32string_view token) {
  if (token.find(U"://") != std::u32string_view::npos) return token.rfind(U"http", 0) == 0;
  if (token.find(U'@') != std::u32string_view::npos) return false;
  const std::u32string_view host = token.substr(0, token.find(U'/'));
  const auto last_dot = host.rfind(U'.');
  if (last_dot == std::u32string_view::npos || last_dot == 0) return false;
  for (char32_t c : host)
    if (!text::is_ascii_alnum(c) && c != '.' && c != '-') return false;
  const std::u32string_view tld = host.substr(last_dot + 1);
  if (tld.size() < 2) return false;
  for (char32_t c : tld)
    if (!text::is_ascii_letter(c)) return false;
  return true;
}

}  // namespace

std::size_t x_weighted_length(std::string_view text) {
  const auto decoded = text::code_points(text);
  const std::u32string_view cps(decoded.data(), decoded.size());
  std::size_t total = 0;
  std::size_t i = 0;
  while (i < cps.size()) {
    if (text::is_word_space(cps[i])) {
      total += code_point_weight(cps[i]);
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < cps.size() && !text::is_word_space(cps[end])) ++end;
    std::size_t token_end = end;
    while (token_end > i && is_trailing_punctuation(cps[token_end - 1])) --token_end;
    const std::u32string_view token = cps.substr(i, token_end - i);
    std::size_t from = i;
    if (!token.empty() && is_url(token)) {
      total += x_url_weight;
      from = token_end;
    }
    total += weigh(cps.substr(from, end - from));
    i = end;
  }
  return total;
}

}  // namespace noticekit::channels
