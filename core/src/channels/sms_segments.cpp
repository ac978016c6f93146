#include "channels/sms_segments.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace noticekit::channels {
namespace {

// TP-UD holds at most 140 octets (3GPP TS 23.040 §9.2.3.24); 140 × 8 / 7 = 160 septets.
constexpr int kGsm7SingleLimit = 160;
// A 6-octet UDH with the concatenation IE (TS 23.040 §9.2.3.24.1) fills 7 septets: 160 − 7.
constexpr int kGsm7PartLimit = 153;
// 140 octets of UCS-2 (TS 23.038 §6.2.3; TS 23.040 §9.2.3.24) = 70 UTF-16 code units.
constexpr int kUcs2SingleLimit = 70;
// (140 − 6 UDH octets, TS 23.040 §9.2.3.24.1) / 2 = 67 UTF-16 code units.
constexpr int kUcs2PartLimit = 67;

// GSM 7-bit default alphabet, basic character set: 3GPP TS 23.038 §6.2.1 (the 128-position
// table; position 0x1B is the escape to the extension table and is not a character).
// Listed here by Unicode code point, ascending, for binary search.
// Note: position 0x09 is capital Ç (U+00C7). Lowercase ç (U+00E7) is NOT in the table, so
// any text containing "ç" has to be sent as UCS-2.
// clang-format off
constexpr std::array<char32_t, 127> kGsmBasic = {
    U'\n', U'\r',                                                       // 0x0A LF, 0x0D CR
    U' ', U'!', U'"', U'#', U'$', U'%', U'&', U'\'', U'(', U')', U'*',  // 0x20..0x2A
    U'+', U',', U'-', U'.', U'/',                                       // 0x2B..0x2F
    U'0', U'1', U'2', U'3', U'4', U'5', U'6', U'7', U'8', U'9',         // digits
    U':', U';', U'<', U'=', U'>', U'?', U'@',                           // 0x3A..0x40
    U'A', U'B', U'C', U'D', U'E', U'F', U'G', U'H', U'I', U'J', U'K', U'L', U'M',
    U'N', U'O', U'P', U'Q', U'R', U'S', U'T', U'U', U'V', U'W', U'X', U'Y', U'Z',
    U'_',                                                               // 0x5F
    U'a', U'b', U'c', U'd', U'e', U'f', U'g', U'h', U'i', U'j', U'k', U'l', U'm',
    U'n', U'o', U'p', U'q', U'r', U's', U't', U'u', U'v', U'w', U'x', U'y', U'z',
    // Latin-1 Supplement: ¡ £ ¤ ¥ § ¿ Ä Å Æ Ç É Ñ Ö Ø Ü ß à ä å æ è é ì ñ ò ö ø ù ü
    0x00A1, 0x00A3, 0x00A4, 0x00A5, 0x00A7, 0x00BF, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C9, 0x00D1, 0x00D6, 0x00D8, 0x00DC, 0x00DF, 0x00E0, 0x00E4, 0x00E5, 0x00E6,
    0x00E8, 0x00E9, 0x00EC, 0x00F1, 0x00F2, 0x00F6, 0x00F8, 0x00F9, 0x00FC,
    // Greek capitals: Γ Δ Θ Λ Ξ Π Σ Φ Ψ Ω
    0x0393, 0x0394, 0x0398, 0x039B, 0x039E, 0x03A0, 0x03A3, 0x03A6, 0x03A8, 0x03A9,
};

// Basic character set extension: 3GPP TS 23.038 §6.2.1.1 — sent as ESC (0x1B) + a septet,
// so each counts 2. FF ^ { } \ [ ~ ] | € (ascending code points).
constexpr std::array<char32_t, 10> kGsmExtension = {
    U'\f', U'[', U'\\', U']', U'^', U'{', U'|', U'}', U'~', 0x20AC,
};
// clang-format on

static_assert(std::is_sorted(kGsmBasic.begin(), kGsmBasic.end()));
static_assert(std::is_sorted(kGsmExtension.begin(), kGsmExtension.end()));
// Sorted and free of duplicates also means no missing initializer was zero-filled.
static_assert(std::adjacent_find(kGsmBasic.begin(), kGsmBasic.end()) == kGsmBasic.end());

// The septets of each ASCII code point, looked up directly: most SMS text is ASCII.
constexpr std::array<std::uint8_t, 128> kAsciiSeptets = [] {
  std::array<std::uint8_t, 128> septets{};
  for (const char32_t cp : kGsmExtension)
    if (cp < 128) septets[cp] = 2;
  for (const char32_t cp : kGsmBasic)
    if (cp < 128) septets[cp] = 1;
  return septets;
}();

// Every character beyond the basic set's last (Ω) is outside GSM-7 but the euro sign: most
// characters of a Chinese, Japanese or Korean SMS are told so without a search.
static_assert(kGsmExtension[kGsmExtension.size() - 2] < kGsmBasic.back() &&
              kGsmExtension.back() > kGsmBasic.back());

// Septets of a Latin-1, Greek or other character from U+0080 to Ω (U+03A9): 1, 2 or 0.
int gsm7_septets_beyond_ascii(char32_t cp) {
  if (std::binary_search(kGsmBasic.begin(), kGsmBasic.end(), cp)) return 1;
  if (std::binary_search(kGsmExtension.begin(), kGsmExtension.end(), cp)) return 2;
  return 0;
}

// Septets for `cp` in GSM-7: 1 (basic), 2 (extension) or 0 (not representable).
inline int gsm7_septets(char32_t cp) {
  if (cp < 128) return kAsciiSeptets[cp];
  if (cp > kGsmBasic.back()) return cp == kGsmExtension.back() ? 2 : 0;
  return gsm7_septets_beyond_ascii(cp);
}

int ucs2_units(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

int clamp_to_int(std::size_t n) {
  return n > static_cast<std::size_t>(INT_MAX) ? INT_MAX : static_cast<int>(n);
}

// The parts that units fill. Every code point is an unsplittable unit of 1 or 2 (an escape
// pair or a surrogate pair); parts are filled greedily: a unit that does not fit in what is
// left of a part starts the next one, so a part may end one short of part_limit.
struct PartFilling {
  std::size_t part_limit;
  std::size_t parts = 0;
  std::size_t in_part = 0;

  void add(std::size_t w) {
    if (parts == 0 || in_part + w > part_limit) {
      ++parts;
      in_part = 0;
    }
    in_part += w;
  }
};

// The parts of a body too long for one message, in the encoding that `units_of` gives each
// code point's units in.
template <typename UnitsOf>
std::size_t parts_filled(std::string_view utf8_body, std::size_t part_limit, UnitsOf units_of) {
  PartFilling filling{part_limit};
  for (std::size_t i = 0; i < utf8_body.size();)
    filling.add(static_cast<std::size_t>(units_of(text::next_code_point(utf8_body, i))));
  return filling.parts;
}

// What a body holds, counted in one pass before its encoding is known.
struct Tally {
  std::size_t characters = 0;
  std::size_t outside = 0;  // characters outside GSM-7
  std::size_t septets = 0, utf16_units = 0;
  // Units of 2 (escape pairs, surrogate pairs): only with them do parts need filling one
  // character at a time.
  bool septet_pairs = false, surrogate_pairs = false;

  void add(char32_t cp) {
    ++characters;
    const int septets_of = gsm7_septets(cp);
    outside += septets_of == 0 ? 1 : 0;
    septets += static_cast<std::size_t>(septets_of);
    septet_pairs = septet_pairs || septets_of == 2;
    const int units = ucs2_units(cp);
    utf16_units += static_cast<std::size_t>(units);
    surrogate_pairs = surrogate_pairs || units == 2;
  }
};

// One pass over the body. A run of ASCII is mostly one septet a character, and a run of
// three-byte characters (Chinese, Japanese, Korean) is counted whole: each is one UTF-16 unit and
// outside GSM-7 but for the euro sign (E2 82 AC), which is two septets.
Tally tally(std::string_view utf8_body) {
  constexpr std::string_view kEuroSign = "\xE2\x82\xAC";
  Tally t;
  for (std::size_t i = 0; i < utf8_body.size();) {
    if (static_cast<unsigned char>(utf8_body[i]) < 0x80) {
      // A run of ASCII: a UTF-16 unit each, and a septet each unless a character is outside
      // GSM-7 or in its extension table, when the run is counted again character by character.
      const std::size_t from = i;
      std::size_t septets = 0;
      unsigned not_one = 0;
      for (unsigned char c;
           i < utf8_body.size() && (c = static_cast<unsigned char>(utf8_body[i])) < 0x80; ++i) {
        septets += kAsciiSeptets[c];
        not_one |= kAsciiSeptets[c] ^ 1u;
      }
      if (not_one != 0) {
        for (std::size_t k = from; k < i; ++k) t.add(static_cast<unsigned char>(utf8_body[k]));
        continue;
      }
      t.characters += i - from;
      t.utf16_units += i - from;
      t.septets += septets;
      continue;
    }
    if (const std::size_t run = text::three_byte_run(utf8_body, i); run != 0) {
      const std::string_view characters = utf8_body.substr(i, run);
      std::size_t euros = 0;
      for (auto at = characters.find(kEuroSign); at != std::string_view::npos;
           at = characters.find(kEuroSign, at + kEuroSign.size()))
        ++euros;
      t.characters += run / 3;
      t.utf16_units += run / 3;
      t.outside += run / 3 - euros;
      t.septets += 2 * euros;
      t.septet_pairs = t.septet_pairs || euros != 0;
      i += run;
      continue;
    }
    t.add(text::next_code_point(utf8_body, i));
  }
  return t;
}

// What made a mostly GSM-7 body UCS-2 (see SmsSegments::ucs2_characters).
std::vector<std::string> outside_gsm7(std::string_view utf8_body) {
  constexpr std::size_t kMostNamed = 5;
  std::vector<std::string> named;
  for (std::size_t i = 0; i < utf8_body.size() && named.size() < kMostNamed;) {
    const char32_t cp = text::next_code_point(utf8_body, i);
    if (gsm7_septets(cp) != 0) continue;
    std::string c;
    text::append_utf8(c, cp);
    if (std::find(named.begin(), named.end(), c) == named.end()) named.push_back(std::move(c));
  }
  return named;
}

}  // namespace

SmsSegments count_sms_segments(std::string_view utf8_body) {
  // Ill-formed UTF-8 decodes to U+FFFD, which is not GSM-7, so such a body counts as UCS-2.
  const Tally t = tally(utf8_body);
  const bool is_gsm7 = t.outside == 0;

  SmsSegments r;
  r.encoding = is_gsm7 ? SmsEncoding::gsm7 : SmsEncoding::ucs2;
  r.single_limit = is_gsm7 ? kGsm7SingleLimit : kUcs2SingleLimit;
  r.part_limit = is_gsm7 ? kGsm7PartLimit : kUcs2PartLimit;
  r.characters = clamp_to_int(t.characters);
  // "Mostly GSM-7": at most one character in five outside it (Korean and Chinese are more).
  if (!is_gsm7 && t.outside * 5 <= t.characters) r.ucs2_characters = outside_gsm7(utf8_body);

  const std::size_t units = is_gsm7 ? t.septets : t.utf16_units;
  const auto part_limit = static_cast<std::size_t>(r.part_limit);
  r.units = clamp_to_int(units);
  if (units == 0) {
    r.segments = 0;
  } else if (units <= static_cast<std::size_t>(r.single_limit)) {
    r.segments = 1;
  } else if (is_gsm7 ? !t.septet_pairs : !t.surrogate_pairs) {
    r.segments = clamp_to_int((units + part_limit - 1) / part_limit);  // units of 1 fill parts
  } else if (is_gsm7) {
    r.segments = clamp_to_int(parts_filled(utf8_body, part_limit, gsm7_septets));
  } else {
    r.segments = clamp_to_int(parts_filled(utf8_body, part_limit, ucs2_units));
  }
  return r;
}

}  // namespace noticekit::channels
