// The characters that separate words in a notice's text, as the scanners of free text see
// them when they look for where a link, an address or a token ends: ASCII space, tab, line feed
// and carriage return (text typed on Windows breaks lines with CR LF), and U+3000, the
// ideographic space that Chinese and Japanese writers type between words.
#pragma once

namespace noticekit::text {

constexpr bool is_word_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000;
}

}  // namespace noticekit::text
