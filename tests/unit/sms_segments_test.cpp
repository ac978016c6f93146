#include "channels/sms_segments.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "compose/when.h"
#include "locale/locale.h"
#include "repeat.h"
#include "time/zone.h"

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
      // The accented letters of Spanish, French and German that GSM 03.38 has (é è ù ì ò à
      // Ä Ö Ñ Ü ä ö ñ ü ß É Ç, ¿ ¡) keep a message in GSM-7, one septet each.
      {"German umlauts and ß are GSM-7", "Störung: Grüße aus Köln, Maßnahme läuft. ÄÖÜ", gsm, 44,
       44, 1},
      {"French é è à ù and É are GSM-7",
       "Maintenance programmée du sam. 5 déc. à 22 h, où ? Élève, très", gsm, 62, 62, 1},
      {"Spanish ñ Ñ ¿ ¡ are GSM-7", "¿Dudas? ¡Llame! Año, señor, ESPAÑA", gsm, 34, 34, 1},
      // Those it lacks make the whole message UCS-2: French ê â î ô û ç ë ï œ, Spanish á í ó ú.
      {"French être (ê) forces UCS-2", "Le service peut être lent", ucs, 25, 25, 1},
      {"French août (û) forces UCS-2", "du 3 août", ucs, 9, 9, 1},
      {"French œ forces UCS-2", "cœur", ucs, 4, 4, 1},
      {"Spanish día (í) forces UCS-2", "el mismo día", ucs, 12, 12, 1},
      {"Spanish á forces UCS-2", "sábado", ucs, 6, 6, 1},
      {"Spanish ó forces UCS-2", "información", ucs, 11, 11, 1},
      {"no-break space (French typography) forces UCS-2", "Infos\u00a0: 12366", ucs, 13, 13, 1},
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

// English, Spanish, French and German SMS stay GSM-7 where the wording allows
// (core/locales/*/about.json): every SMS phrase, and the short dates, windows and zones of every
// month, use only characters GSM 03.38 has: "UTC-3", not "UTC−3" (U+2212), which would make a
// one-part English SMS three. The exceptions are words with no GSM-7 spelling: French "août" (û).
TEST_CASE("en, es, fr and de SMS wording is GSM-7", "[sms][locale]") {
  for (const char* tag : {"en", "en-GB", "en-US", "es", "fr", "de"}) {
    const auto* locale = noticekit::locale::Locale::find(tag);
    REQUIRE(locale);
    for (const auto& key : locale->phrase_keys()) {
      if (key.rfind("sms.", 0) != 0) continue;
      const std::string text = locale->phrase(key);
      INFO(tag << " " << key << ": " << text);
      CHECK(count_sms_segments(text).encoding == SmsEncoding::gsm7);
    }
    for (const char* zone_name :
         {"Europe/Madrid", "Asia/Shanghai", "America/Sao_Paulo", "America/St_Johns"}) {
      const auto zone = noticekit::time::Zone::find(zone_name);
      REQUIRE(zone);
      const noticekit::compose::WhenWriter when(*locale, *zone);
      for (int month = 1; month <= 12; ++month) {
        if (std::string(tag) == "fr" && month == 8) continue;  // août
        const auto at = [&](int day, int hour) {
          const noticekit::time::LocalDateTime t{2026, month, day, hour, 0};
          return zone->to_utc(t).utc;
        };
        for (const bool estimate : {false, true}) {
          // A night, a stretch over two days and a moment, as an SMS writes them.
          const std::string texts[] = {
              when.window(at(5, 22), at(6, 6), estimate, noticekit::compose::Length::compact),
              when.window(at(1, 9), at(3, 18), estimate, noticekit::compose::Length::compact),
              when.moment(at(1, 14), noticekit::compose::Length::brief)};
          for (const auto& text : texts) {
            INFO(tag << " " << zone_name << " month " << month << ": " << text);
            CHECK(count_sms_segments(text).encoding == SmsEncoding::gsm7);
          }
        }
      }
    }
  }
}

// A writer whose Spanish SMS costs three parts instead of one is told why: the "ó" of
// "banca móvil" (GSM-7 has ò, not ó). A Chinese SMS is UCS-2 by nature: nothing to name.
TEST_CASE("sms: the characters that force UCS-2 are named", "[sms]") {
  using V = std::vector<std::string>;
  CHECK(count_sms_segments("Mantenimiento: banca móvil sin servicio del 12 dic. Consultas: 95555.")
            .ucs2_characters == V{"ó"});
  CHECK(count_sms_segments("Façade “closed” until 6 a.m. — sorry, façade team").ucs2_characters ==
        V{"ç", "“", "”", "—"});
  CHECK(count_sms_segments("All good: GSM-7 only, 12:00 to 14:00.").ucs2_characters.empty());
  CHECK(count_sms_segments("【示例银行】手机银行将于12月12日23:00至13日05:00暂停服务。")
            .ucs2_characters.empty());
}
