// X's weighted length per emoji sequence and per NFC letter, as twitter-text v3 counts them.
// Expected values: twitter-text's conformance file (conformance/validate.yml,
// WeightedTweetsWithDiscountedEmojiCounterTest, the v3 config) where it has the case, else
// worked out from v3 (an emoji 2, ranges 0–4351 etc. 1, anything else 2, NFC first).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "channels/x_weight.h"
#include "repeat.h"

using noticekit::testing::repeat;

namespace {

// Spelled with escapes: the joiners and selectors are invisible in an editor.
const std::string man = "\U0001F468", woman = "\U0001F469", girl = "\U0001F467", boy = "\U0001F466";
const std::string zwj = "\u200D", vs16 = "\uFE0F", vs15 = "\uFE0E";
const std::string family = man + zwj + woman + zwj + girl;  // 👨‍👩‍👧
const std::string family4 =
    man + zwj + woman + zwj + girl + zwj + boy;  // 👨‍👩‍👧‍👦

}  // namespace

TEST_CASE("X counts an emoji sequence as 2 and a decomposed letter as its NFC form", "[x]") {
  using noticekit::channels::x_weighted_length;
  struct Row {
    const char* name;
    std::string text;
    std::size_t weight;
  };
  const std::vector<Row> rows = {
      {"ZWJ family of three", family, 2},
      {"thumbs up, medium skin tone", "\U0001F44D\U0001F3FD", 2},
      {"flag of China: two regional indicators", "\U0001F1E8\U0001F1F3", 2},
      {"two flags side by side", "\U0001F1E8\U0001F1F3\U0001F1EB\U0001F1F7", 4},
      {"a lone regional indicator", "\U0001F1E8", 2},
      {"keycap one: 1 VS16 U+20E3", "1" + vs16 + "\u20E3", 2},
      {"keycap without VS16", "#\u20E3", 2},
      {"rainbow flag: white flag VS16 ZWJ rainbow", "\U0001F3F3" + vs16 + zwj + "\U0001F308", 2},
      {"red heart with VS16", "\u2764" + vs16, 2},
      {"red heart as text (VS15) is not an emoji", "\u2764" + vs15, 4},
      {"© alone is text, in the light range", "\u00A9", 1},
      {"© with VS16 is an emoji", "\u00A9" + vs16, 2},
      {"a digit without a keycap is a digit", "1" + vs16, 3},
      {"é precomposed (U+00E9)", "\u00E9", 1},
      {"é decomposed (e U+0301): NFC makes it U+00E9", "e\u0301", 1},
      {"café decomposed", "cafe\u0301", 4},
      {"ẽ decomposed: NFC gives U+1EBD, outside the ranges", "e\u0303", 2},
      {"ẽ precomposed", "\u1EBD", 2},
      {"CJK weighs 2", "停机维护", 8},
      {"CJK beside an emoji sequence", "税" + family, 4},
      // twitter-text conformance, v3 (emoji discounted):
      {"conformance: H🐱☺👨‍👩‍👧‍👦", "H\U0001F431\u263A" + family4, 7},
      {"conformance: 🙋🏽👨‍🎤", "\U0001F64B\U0001F3FD" + man + zwj + "\U0001F3A4", 4},
      {"conformance: Unicode 9.0 emoji",
       "Unicode 9.0 emoji: \U0001F920; \U0001F483; \U0001F483\U0001F3FE", 29},
      {"conformance: Unicode 10.0 emoji, England's tag flag",
       "Unicode 10.0 emoji: \U0001F92A; \U0001F9D5; \U0001F9D5\U0001F3FE; "
       "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F",
       34},
      {"conformance: 140 family emoji", repeat(family4, 140), 280},
      {"a URL is 23 whatever emoji follow it", "https://example.com " + family, 23 + 1 + 2},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(x_weighted_length(row.text) == row.weight);
  }
}
