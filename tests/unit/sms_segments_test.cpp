#include "channels/sms_segments.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "repeat.h"

using noticekit::channels::count_sms_segments;
using noticekit::channels::SmsEncoding;
using noticekit::testing::repeat;

namespace {

const std::string kCjk = "税";   // U+7A0E: not GSM-7, 1 UTF-16 unit
const std::string kEuro = "€";   // GSM-7 extension table: ESC + 0x65, 2 septets
const std::string kEmoji = "😀";  // U+1F600: not GSM-7, 2 UTF-16 units (surrogate pair)

}  // namespace

TEST_CASE("sms: encoding, units and segments", "[sms]") {
  struct Row {
    const char* name;
    std::string body;
    SmsEncoding encoding;
    int characters;
    int units;
    int segments;
  };
  constexpr auto gsm = SmsEncoding::gsm7;
  constexpr auto ucs = SmsEncoding::ucs2;
  // Rules: GSM-7 1 message ≤ 160 septets, else parts of ≤ 153; UCS-2 1 message ≤ 70 units,
  // else parts of ≤ 67. Parts are filled greedily and a 2-unit character (escape pair or
  // surrogate pair) that does not fit in what is left of a part moves whole to the next.
  const std::vector<Row> rows = {
      {"empty: 0 segments", "", gsm, 0, 0, 0},
      {"160 ASCII: exactly one message", repeat("a", 160), gsm, 160, 160, 1},
      {"161 ASCII: 153 + 8", repeat("a", 161), gsm, 161, 161, 2},
      {"306 ASCII: 153 + 153", repeat("a", 306), gsm, 306, 306, 2},
      {"307 ASCII: 153 + 153 + 1", repeat("a", 307), gsm, 307, 307, 3},
      {"80 €: 80 × 2 = 160 septets, one message", repeat(kEuro, 80), gsm, 80, 160, 1},
      // 162 > 160 → parts. A part fits 76 € (152 septets); a 77th would need septets 153–154,
      // so it moves on: 76 € + 5 € → 2 parts (here the same as ceil(162 / 153)).
      {"81 €: 162 septets, 76 € + 5 €", repeat(kEuro, 81), gsm, 81, 162, 2},
      // 306 septets would fit 153 + 153 if pairs could be split, but each part holds only
      // 76 € = 152 septets: 76 + 76 + 1 → 3 parts, not ceil(306 / 153) = 2.
      {"153 €: 306 septets, 76 € + 76 € + 1 €", repeat(kEuro, 153), gsm, 153, 306, 3},
      // 152 + 2 + 152 = 306 septets. Part 1: 152 'a' (the € would take septets 153–154);
      // part 2: € + 151 'a' = 153; part 3: the last 'a' → 3, not 2.
      {"152 a + € + 152 a: escape pair pushed to part 2",
       repeat("a", 152) + kEuro + repeat("a", 152), gsm, 305, 306, 3},
      {"70 CJK: exactly one message", repeat(kCjk, 70), ucs, 70, 70, 1},
      {"71 CJK: 67 + 4", repeat(kCjk, 71), ucs, 71, 71, 2},
      {"134 CJK: 67 + 67", repeat(kCjk, 134), ucs, 134, 134, 2},
      {"135 CJK: 67 + 67 + 1", repeat(kCjk, 135), ucs, 135, 135, 3},
      // 66 + 2 = 68 units ≤ 70: one message, the surrogate pair rule is not involved.
      {"66 CJK + 😀: 68 units, one message", repeat(kCjk, 66) + kEmoji, ucs, 67, 68, 1},
      // 69 + 2 = 71 > 70 → parts. Part 1: 67 CJK (exactly 67); part 2: 2 CJK + 😀 = 4 units
      // → 2 parts.
      {"69 CJK + 😀: 71 units, 67 + 4", repeat(kCjk, 69) + kEmoji, ucs, 70, 71, 2},
      // 66 + 2 + 66 = 134 units. Part 1: 66 CJK (the 😀 would be units 67–68, split);
      // part 2: 😀 + 65 CJK = 67; part 3: the last CJK → 3, not ceil(134 / 67) = 2.
      {"66 CJK + 😀 + 66 CJK: surrogate pair pushed to part 2",
       repeat(kCjk, 66) + kEmoji + repeat(kCjk, 66), ucs, 133, 134, 3},
      // 67 😀 = 134 units; a part holds 33 😀 (66 units): 33 + 33 + 1 → 3.
      {"67 😀: 134 units, 33 + 33 + 1", repeat(kEmoji, 67), ucs, 67, 134, 3},
      {"ç (U+00E7) is not in GSM 03.38: UCS-2", "ç", ucs, 1, 1, 1},
      {"Ça va: Ç (U+00C7) is GSM 03.38 0x09", "Ça va", gsm, 5, 5, 1},
      {"é is GSM 03.38 0x05", "Café é", gsm, 6, 6, 1},
      // One non-GSM character switches the whole body to UCS-2, where € is 1 unit.
      {"€ beside CJK counts 1 UTF-16 unit", "€税", ucs, 2, 2, 1},
      {"the whole extension table: 9 × 2 + FF", "^{}\\[~]|€\f", gsm, 10, 20, 1},
      {"the whole basic table",
       "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
       "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
       gsm, 127, 127, 1},
      {"backtick is not GSM-7", "`", ucs, 1, 1, 1},
      {"ill-formed UTF-8 becomes U+FFFD: UCS-2", "a\xFF", ucs, 2, 2, 1},
      // 【某某税务】 (6) + 65 + 咨询电话12366。 (10) = 81 BMP code points = 81 units > 70
      // → 67 + 14 = 2 parts.
      {"【某某税务】 Chinese notice: 81 units, 67 + 14",
       "【某某税务】"
       "尊敬的纳税人：因系统升级，电子税务局将于6月15日22:00至6月16日06:00暂停服务，"
       "届时无法办理申报缴税业务，请提前安排。"
       "咨询电话12366。",
       ucs, 81, 81, 2},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    const auto r = count_sms_segments(row.body);
    CHECK(r.encoding == row.encoding);
    CHECK(r.characters == row.characters);
    CHECK(r.units == row.units);
    CHECK(r.segments == row.segments);
    if (row.encoding == gsm) {
      CHECK(r.single_limit == 160);
      CHECK(r.part_limit == 153);
    } else {
      CHECK(r.single_limit == 70);
      CHECK(r.part_limit == 67);
    }
  }
}
