#include "text/json_string.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <iterator>

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace noticekit::text {

// One pass: printable ASCII eight bytes at a time, each other character checked as well-formed
// UTF-8 on the way (text with Han or Cyrillic is most of some results).
void append_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  const std::size_t start = out.size();
  out += '"';
  std::size_t plain_from = 0;
  for (std::size_t i = 0; i < s.size();) {
    for (std::uint64_t word; i + 8 <= s.size(); i += 8) {
      std::memcpy(&word, s.data() + i, 8);
      if (!printable_ascii(word)) break;
    }
    while (i < s.size() && printable_ascii(s[i])) ++i;
    if (i == s.size()) break;
    // A run of characters beyond ASCII (a sentence of Han) is checked character by character,
    // without trying the eight-byte test between them.
    for (std::size_t length; i < s.size() && static_cast<unsigned char>(s[i]) >= 0x80;
         i += length) {
      length = well_formed_length(s, i);
      if (length == 0) {
        // Ill-formed UTF-8 cannot come from a parsed sheet or the locale files; should it
        // ever, nlohmann's own replacement rules decide what is written.
        out.resize(start);
        out += nlohmann::ordered_json(std::string(s))
                   .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        return;
      }
    }
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s, plain_from, i - plain_from);
    plain_from = ++i;
    out += '\\';
    const auto* e = std::find_if(std::begin(json_escapes), std::end(json_escapes),
                                 [&](const auto& e) { return e.first == static_cast<char>(c); });
    if (e != std::end(json_escapes)) {
      out += e->second;
    } else {
      out += "u00";
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  out.append(s, plain_from);
  out += '"';
}

namespace {

template <typename Integer>
void append_number(std::string& out, Integer n) {
  char digits[24];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

}  // namespace

void append_json(std::string& out, const nlohmann::ordered_json& value) {
  switch (value.type()) {
    case nlohmann::ordered_json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, member] : value.items()) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, key);
        out += ':';
        append_json(out, member);
      }
      out += '}';
      return;
    }
    case nlohmann::ordered_json::value_t::array: {
      out += '[';
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (i) out += ',';
        append_json(out, value[i]);
      }
      out += ']';
      return;
    }
    case nlohmann::ordered_json::value_t::string:
      append_json_string(out, value.get_ref<const std::string&>());
      return;
    case nlohmann::ordered_json::value_t::number_integer:
      append_number(out, value.get<std::int64_t>());
      return;
    case nlohmann::ordered_json::value_t::number_unsigned:
      append_number(out, value.get<std::uint64_t>());
      return;
    case nlohmann::ordered_json::value_t::boolean:
      out += value.get<bool>() ? "true" : "false";
      return;
    case nlohmann::ordered_json::value_t::null: out += "null"; return;
    default:  // a fraction in nlohmann's own digits
      out += value.dump();
  }
}

}  // namespace noticekit::text
