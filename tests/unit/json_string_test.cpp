#include "text/json_string.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

// The result was written by nlohmann's dump before; every string must still come out as it did.
TEST_CASE("append_json_string: the same bytes as nlohmann's dump", "[json]") {
  std::string every_byte;
  for (int c = 0; c < 0x80; ++c) every_byte += static_cast<char>(c);
  // clang-format off
  const std::string texts[] = {
      "", "plain", R"(quote " and backslash \ and slash /)", every_byte,
      "税务 € 😀 \u2028 \u00A0", "line\r\nbreak\ttab\b\f",
      "\xC3",                  // truncated sequence
      "a\x80" "b",             // stray continuation byte
      "\xED\xA0\x80",          // a surrogate
      "\xE2\x82" "x\xF0\x9F",  // two truncated sequences with text between
      "\xC0\xAF\xE0\x80\xBF",  // overlongs: each byte is a maximal subpart of its own
      "\xF4\x90\x80\x80\xFF",  // beyond U+10FFFF, and a byte no sequence has
      "\xF0\x9F\x98" "\xE2\x82" "\xC3" "é",  // truncated sequences back to back
  };
  // clang-format on
  std::vector<std::string> all(std::begin(texts), std::end(texts));
  // Escapes at every place of an eight-byte word, among ASCII and multi-byte characters.
  for (std::size_t at = 0; at < 20; ++at)
    for (const char* escaped : {"\"", "\\", "\n", "\x1F", "\x7F", "é"})
      all.push_back(std::string(at, 'a') + escaped + "税" + std::string(at % 9, ' ') + escaped);
  for (const auto& text : all) {
    CAPTURE(text);
    std::string written = "[";
    noticekit::text::append_json_string(written, text);
    CHECK(written == "[" + nlohmann::json(text).dump(-1, ' ', false,
                                                     nlohmann::json::error_handler_t::replace));
  }
}

// The eight-byte test finds where a run of printable ASCII ends: each byte value at each place
// of a word, after printable ASCII and before bytes that carry or borrow (0x00, 0xFF).
TEST_CASE("printable_ascii_run: ends at the first byte JSON escapes or that is not ASCII",
          "[json]") {
  using noticekit::text::printable_ascii;
  using noticekit::text::printable_ascii_run;
  for (int c = 0; c < 0x100; ++c)
    for (std::size_t at = 0; at < 12; ++at)
      for (const char after : {'a', '\0', '\xFF', '"'}) {
        std::string text = std::string(at, 'a') + static_cast<char>(c) + std::string(9, after);
        std::size_t expected = at;
        while (expected < text.size() && printable_ascii(text[expected])) ++expected;
        CAPTURE(c, at, static_cast<int>(after));
        CHECK(printable_ascii_run(text, 0) == expected);
      }
}

TEST_CASE("append_json: the same bytes as nlohmann's dump", "[json]") {
  const nlohmann::ordered_json value = {
      {"z first", {{"n", -3}, {"u", 18446744073709551615u}, {"f", 0.1}, {"g", 1e300}}},
      {"list",
       {true, false, nullptr, "税务 \"q\"\n", nlohmann::ordered_json::array(),
        nlohmann::ordered_json::object()}},
      {"bad \xC3", "\xED\xA0\x80"}};
  for (const int indent : {-1, 0, 2, 4}) {
    CAPTURE(indent);
    std::string written;
    noticekit::text::append_json(written, value, indent);
    CHECK(written ==
          value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  }
}

TEST_CASE("append_json_number: the same bytes as nlohmann's dump", "[json]") {
  for (const double x :
       {0.0, -0.0, 1.0, -2.5, 0.1, 1e-7, 123456789012345678.0, 1e300, 5e-324,
        std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()}) {
    CAPTURE(x);
    std::string written;
    noticekit::text::append_json_number(written, x);
    CHECK(written == nlohmann::ordered_json(x).dump());
  }
}

// A run must stop exactly at the first byte a string reader has to look at, whatever follows
// it in its eight-byte word (a borrow or carry from that byte must not move the answer earlier).
TEST_CASE("printable_ascii_run: in one word, the printable bytes before the first other",
          "[json]") {
  const unsigned char samples[] = {0x00, 0x01, 0x1F, 0x20, 0x21, '"',  '\\', 'A',
                                   0x7E, 0x7F, 0x80, 0xC3, 0xE4, 0xFE, 0xFF};
  for (std::size_t at = 0; at <= 8; ++at) {
    for (const unsigned char first : samples) {
      for (const unsigned char after : samples) {
        unsigned char bytes[8];
        for (std::size_t i = 0; i < 8; ++i) bytes[i] = i < at ? 'a' : i == at ? first : after;
        std::uint64_t word = 0;
        std::memcpy(&word, bytes, 8);
        std::size_t expected = 0;
        while (expected < 8 && noticekit::text::printable_ascii(static_cast<char>(bytes[expected])))
          ++expected;
        INFO("at " << at << " first " << int(first) << " after " << int(after));
        const std::string_view text(reinterpret_cast<const char*>(bytes), 8);
        CHECK(noticekit::text::printable_ascii_run(text, 0) == expected);
        CHECK(noticekit::text::printable_ascii(word) == (expected == 8));
      }
    }
  }
}
