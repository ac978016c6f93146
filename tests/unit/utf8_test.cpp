#include "text/utf8.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

using noticekit::text::append_utf8;
using noticekit::text::code_points;
using noticekit::text::count_code_points;
using noticekit::text::count_utf16_units;
using noticekit::text::ends_with_one_of;
using noticekit::text::is_valid_utf8;

namespace {
constexpr char32_t kFFFD = 0xFFFD;
}

TEST_CASE("utf8: well-formed sequences decode exactly", "[utf8]") {
  struct Row {
    const char* name;
    std::string_view bytes;
    std::vector<char32_t> cps;
  };
  // The boundaries of each row of Unicode Table 3-7.
  const std::vector<Row> rows = {
      {"empty", "", {}},
      {"ASCII", "abc", {U'a', U'b', U'c'}},
      {"NUL inside", std::string_view("a\0b", 3), {U'a', 0, U'b'}},
      {"U+007F", "\x7F", {0x7F}},
      {"U+0080 (first 2-byte)", "\xC2\x80", {0x80}},
      {"U+07FF (last 2-byte)", "\xDF\xBF", {0x7FF}},
      {"U+0800 (first 3-byte, E0 A0)", "\xE0\xA0\x80", {0x800}},
      {"U+D7FF (ED 9F, last before surrogates)", "\xED\x9F\xBF", {0xD7FF}},
      {"U+E000 (first after surrogates)", "\xEE\x80\x80", {0xE000}},
      {"U+FFFF", "\xEF\xBF\xBF", {0xFFFF}},
      {"U+10000 (first 4-byte, F0 90)", "\xF0\x90\x80\x80", {0x10000}},
      {"U+10FFFF (F4 8F, the last code point)", "\xF4\x8F\xBF\xBF", {0x10FFFF}},
      {"税务", "税务", {0x7A0E, 0x52A1}},
      {"emoji", "😀", {0x1F600}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(is_valid_utf8(row.bytes));
    CHECK(code_points(row.bytes) == row.cps);
    CHECK(count_code_points(row.bytes) == row.cps.size());
  }
}

TEST_CASE("utf8: ill-formed sequences are rejected and become U+FFFD", "[utf8]") {
  struct Row {
    const char* name;
    std::string_view bytes;
    std::vector<char32_t> cps;  // maximal-subpart substitution (Unicode §3.9)
  };
  const std::vector<Row> rows = {
      {"stray continuation", "\x80", {kFFFD}},
      {"two stray continuations", "\x80\xBF", {kFFFD, kFFFD}},
      // C0/C1 can only start overlongs, so each byte is its own ill-formed subpart.
      {"overlong '/' (C0 AF)", "\xC0\xAF", {kFFFD, kFFFD}},
      {"overlong NUL (C1 80)", "\xC1\x80", {kFFFD, kFFFD}},
      // E0 needs A0..BF next; 80 is not, so E0 alone is the subpart, then two strays.
      {"overlong 3-byte (E0 80 AF)", "\xE0\x80\xAF", {kFFFD, kFFFD, kFFFD}},
      {"overlong 4-byte (F0 8F BF BF)", "\xF0\x8F\xBF\xBF", {kFFFD, kFFFD, kFFFD, kFFFD}},
      {"surrogate U+D800 (ED A0 80)", "\xED\xA0\x80", {kFFFD, kFFFD, kFFFD}},
      {"surrogate U+DFFF (ED BF BF)", "\xED\xBF\xBF", {kFFFD, kFFFD, kFFFD}},
      {"above U+10FFFF (F4 90 80 80)", "\xF4\x90\x80\x80", {kFFFD, kFFFD, kFFFD, kFFFD}},
      {"F5 lead", "\xF5\x80\x80\x80", {kFFFD, kFFFD, kFFFD, kFFFD}},
      {"FF byte", "\xFF", {kFFFD}},
      // A truncated but otherwise valid prefix is one maximal subpart → one U+FFFD.
      {"truncated 2-byte at end", "\xC2", {kFFFD}},
      {"truncated 3-byte (税 without last byte)", "\xE7\xA8", {kFFFD}},
      {"truncated 4-byte (😀 without last byte)", "\xF0\x9F\x98", {kFFFD}},
      {"truncated then ASCII (61 E7 A8 62)", "a\xE7\xA8\x62", {U'a', kFFFD, U'b'}},
      {"lead then lead", "\xE7\xE7\xA8\x8E", {kFFFD, 0x7A0E}},
      // Unicode 15 §3.9, Table 3-8 example: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64.
      {"Unicode Table 3-8",
       "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
       {U'a', kFFFD, kFFFD, kFFFD, U'b', kFFFD, U'c', kFFFD, kFFFD, U'd'}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK_FALSE(is_valid_utf8(row.bytes));
    CHECK(code_points(row.bytes) == row.cps);
    CHECK(count_code_points(row.bytes) == row.cps.size());
    CHECK(count_utf16_units(row.bytes) == row.cps.size());  // U+FFFD is one unit
  }
}

TEST_CASE("utf8: code point and UTF-16 counts", "[utf8]") {
  struct Row {
    const char* name;
    std::string_view s;
    std::size_t code_points;
    std::size_t utf16_units;
  };
  const std::vector<Row> rows = {
      {"empty", "", 0, 0},
      {"ASCII", "Hello, world", 12, 12},
      {"税务 (2 BMP chars, 6 bytes)", "税务", 2, 2},
      {"😀 (U+1F600: a surrogate pair)", "😀", 1, 2},
      {"mixed", "a税😀é", 4, 5},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(count_code_points(row.s) == row.code_points);
    CHECK(count_utf16_units(row.s) == row.utf16_units);
  }
}

TEST_CASE("utf8: append_utf8 round-trips and replaces non-scalar values", "[utf8]") {
  for (const char32_t cp : {char32_t{0}, char32_t{0x7F}, char32_t{0x80}, char32_t{0x7FF},
                            char32_t{0x800}, char32_t{0xD7FF}, char32_t{0xE000}, char32_t{0xFFFF},
                            char32_t{0x10000}, char32_t{0x10FFFF}}) {
    CAPTURE(static_cast<unsigned long>(cp));
    std::string s;
    append_utf8(s, cp);
    CHECK(is_valid_utf8(s));
    CHECK(code_points(s) == std::vector<char32_t>{cp});
  }
  std::string s;
  append_utf8(s, 0x7A0E);
  CHECK(s == "税");
  for (const char32_t bad : {char32_t{0xD800}, char32_t{0xDFFF}, char32_t{0x110000}}) {
    std::string out;
    append_utf8(out, bad);
    CHECK(out == "\xEF\xBF\xBD");  // U+FFFD
  }
}

TEST_CASE("utf8: a text that already ends its sentence is told apart by its last character",
          "[utf8]") {
  CHECK(ends_with_one_of("系统维护。", U"。.！"));
  CHECK(ends_with_one_of("Done!", U"。.！!"));
  CHECK_FALSE(ends_with_one_of("系统维护", U"。.！"));
  CHECK_FALSE(ends_with_one_of("", U"。."));
  // The last character, not a byte of it: U+3001 、 shares its first two bytes with 。.
  CHECK_FALSE(ends_with_one_of("甲、", U"。"));
}

TEST_CASE("utf8: a lead byte tells its sequence's length, a continuation byte is told apart",
          "[utf8]") {
  using noticekit::text::is_utf8_continuation;
  using noticekit::text::utf8_sequence_length;
  const std::string_view text = "a\u00E9\u7A0E\U0001F600";  // a é 税 😀: 1, 2, 3 and 4 bytes
  std::vector<std::size_t> lengths;
  for (std::size_t i = 0; i < text.size(); i += utf8_sequence_length(text[i]))
    lengths.push_back(utf8_sequence_length(text[i]));
  CHECK(lengths == std::vector<std::size_t>{1, 2, 3, 4});
  CHECK(utf8_sequence_length('\x80') == 1);  // a stray continuation byte steps one
  std::size_t continuations = 0;
  for (const char c : text) continuations += is_utf8_continuation(c);
  CHECK(continuations == 1 + 2 + 3);
  CHECK_FALSE(is_utf8_continuation('a'));
  CHECK_FALSE(is_utf8_continuation('\xE7'));
}

// Runs of three-byte characters are checked two characters per eight-byte load: an ill-formed or
// other sequence at any place of a run ends it there, and counting still decodes as code_points.
TEST_CASE("utf8: a run of three-byte characters ends at the first other sequence", "[utf8]") {
  using noticekit::text::contains_cjk;
  using noticekit::text::three_byte_run;
  const std::string han = "\u7A0E";  // 税
  for (const std::string_view other :
       {"a", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xE7\xA8", "\xE7\xA8\x61", "\xE7\x41\x8E", "\x80",
        "\xC3\xA9", "\xF0\x9F\x98\x80", "\xED\xA0\x80", "\xEF\xBF\xBD"}) {
    for (std::size_t before = 0; before < 7; ++before) {
      const std::string text = [&] {
        std::string t;
        for (std::size_t k = 0; k < before; ++k) t += han;
        t += other;
        for (std::size_t k = 0; k < 4; ++k) t += han;
        return t;
      }();
      CAPTURE(text, before);
      // U+EFBF.. (EF BF BD) is itself an open three-byte character; the others end the run.
      const std::size_t run = three_byte_run(text, 0);
      CHECK(run == (other == "\xEF\xBF\xBD" ? text.size() : 3 * before));
      CHECK(count_code_points(text) == code_points(text).size());
      CHECK(contains_cjk(text));
      CHECK(contains_cjk(std::string(before * 5, 'a') + text));
      const auto cps = code_points(other);  // U+D7FF (ED 9F BF) is Hangul, the rest are not
      CHECK(contains_cjk(std::string(before * 5, 'a') + std::string(other)) ==
            std::any_of(cps.begin(), cps.end(), noticekit::text::is_cjk));
    }
  }
}
