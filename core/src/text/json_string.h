// Text as a JSON string, written straight into a larger JSON text: the result's outputs are
// most of its bytes, and building a JSON tree of them only to serialize it copied each text
// twice.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

namespace noticekit::text {

// The characters a JSON string escapes with a letter, each with its letter: a line feed is
// written "\n". Others below U+0020 are written "\u00XX".
inline constexpr std::pair<char, char> json_escapes[] = {
    {'"', '"'}, {'\\', '\\'}, {'\b', 'b'}, {'\f', 'f'}, {'\n', 'n'}, {'\r', 'r'}, {'\t', 't'}};

// Flags the bytes of `word` that a JSON string escapes (below 0x20, `"` or `\`) or that are not
// printable ASCII (0x7F and up) with their high bit: an output's text is thousands of bytes with
// a handful of line breaks and quotes, and this passes over eight of them at a time (the "has a
// zero byte" and "has less than" tests of Bit Twiddling Hacks). The lowest flag is exact: a
// borrow or carry that flags a byte wrongly comes only from a flagged byte below it, and the
// tests' usual "and not x" is left out as a byte from 0x80 on is flagged by its own high bit.
constexpr std::uint64_t not_printable_ascii(std::uint64_t word) {
  constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  // 0x7F plus one has its high bit set; a byte below 0x20 less 0x20 borrows into it, as does a
  // zero byte (a `"` or `\` after the exclusive or) less one.
  return (word | (word + ones) | (word - ones * 0x20) | ((word ^ (ones * '"')) - ones) |
          ((word ^ (ones * '\\')) - ones)) &
         highs;
}

// True when each of the eight bytes of `word` is printable ASCII, as JSON writes it unescaped.
constexpr bool printable_ascii(std::uint64_t word) { return not_printable_ascii(word) == 0; }

// The same for one byte, for what is left after the last whole eight: most keys and many
// values are shorter than eight bytes.
constexpr bool printable_ascii(char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }

// The bytes of the run of printable ASCII that starts at s[i]: eight at a time, the end found
// in the flags of the last eight rather than byte by byte.
inline std::size_t printable_ascii_run(std::string_view s, std::size_t i) {
  const std::size_t start = i;
  if constexpr (std::endian::native == std::endian::little) {
    for (std::uint64_t word; i + 8 <= s.size(); i += 8) {
      std::memcpy(&word, s.data() + i, 8);
      if (const std::uint64_t flags = not_printable_ascii(word); flags != 0)
        return i + static_cast<std::size_t>(std::countr_zero(flags)) / 8 - start;
    }
  }
  while (i < s.size() && printable_ascii(s[i])) ++i;
  return i - start;
}

// Appends `s` quoted and escaped exactly as nlohmann::json's dump writes a string without
// ensure_ascii and with error_handler_t::replace (what the result has always been written
// with): `"` `\` and control characters escaped, everything else as it is, ill-formed UTF-8
// replaced.
void append_json_string(std::string& out, std::string_view s);

// Appends `value` as nlohmann's dump(indent, ' ', false, error_handler_t::replace) writes
// it, its strings through append_json_string: compact when indent < 0. Written here rather
// than with dump, whose serializer (and the printf family it calls) is otherwise in the
// WebAssembly module only for this.
void append_json(std::string& out, const nlohmann::ordered_json& value, int indent = -1);

// The same, as a string.
std::string json_text(const nlohmann::ordered_json& value, int indent = -1);

// Appends a number as nlohmann's dump writes a fraction (its shortest round-trip digits; null
// for infinity or NaN).
void append_json_number(std::string& out, double value);

}  // namespace noticekit::text
