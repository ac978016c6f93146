#include "text/json_string.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace noticekit::text {

// One pass: printable ASCII eight bytes at a time, each other character checked as well-formed
// UTF-8 on the way (text with Han or Cyrillic is most of some results), three-byte ones two at a
// time.
void append_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  std::size_t plain_from = 0;
  for (std::size_t i = 0;;) {
    i += printable_ascii_run(s, i);
    for (std::size_t length; i < s.size() && static_cast<unsigned char>(s[i]) >= 0x80;
         i += length) {
      length = three_byte_run(s, i);
      if (length == 0) length = well_formed_length(s, i);
      if (length == 0) {
        // Ill-formed UTF-8 cannot come from a parsed sheet or the locale files; should it
        // ever, each maximal subpart becomes one U+FFFD, as nlohmann's replacing dump writes
        // it (its decoder rejects at the byte that ends a subpart and reads that byte again).
        length = ill_formed_length(s, i);
        out.append(s, plain_from, i - plain_from);
        out += "\xEF\xBF\xBD";
        plain_from = i + length;
      }
    }
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == '"' || c == '\\') {
      out.append(s, plain_from, i - plain_from);
      plain_from = i + 1;
      char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
      std::size_t length = sizeof escape;
      const auto* e = std::find_if(std::begin(json_escapes), std::end(json_escapes),
                                   [&](const auto& e) { return e.first == static_cast<char>(c); });
      if (e != std::end(json_escapes)) {
        escape[1] = e->second;
        length = 2;
      }
      out.append(escape, length);
    }
    ++i;  // an escape, or printable ASCII after characters beyond it, or DEL (0x7F) as it is
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

// `indent` spaces per level when indent ≥ 0, on lines of their own as nlohmann's pretty dump
// sets them; none and no line breaks when indent < 0.
void append_json_value(std::string& out, const nlohmann::ordered_json& value, int indent,
                       int depth) {
  using Type = nlohmann::ordered_json::value_t;
  const bool pretty = indent >= 0;
  const auto open_line = [&](int level) {
    out += '\n';
    out.append(static_cast<std::size_t>(indent * level), ' ');
  };
  switch (value.type()) {
    case Type::object: {
      if (value.empty()) {
        out += "{}";
        return;
      }
      out += '{';
      bool first = true;
      for (const auto& [key, member] : value.items()) {
        if (!first) out += ',';
        first = false;
        if (pretty) open_line(depth + 1);
        append_json_string(out, key);
        out += pretty ? ": " : ":";
        append_json_value(out, member, indent, depth + 1);
      }
      if (pretty) open_line(depth);
      out += '}';
      return;
    }
    case Type::array: {
      if (value.empty()) {
        out += "[]";
        return;
      }
      out += '[';
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (i) out += ',';
        if (pretty) open_line(depth + 1);
        append_json_value(out, value[i], indent, depth + 1);
      }
      if (pretty) open_line(depth);
      out += ']';
      return;
    }
    case Type::string: append_json_string(out, value.get_ref<const std::string&>()); return;
    case Type::number_integer: append_number(out, value.get<std::int64_t>()); return;
    case Type::number_unsigned: append_number(out, value.get<std::uint64_t>()); return;
    case Type::number_float: append_json_number(out, value.get<double>()); return;
    case Type::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case Type::null: out += "null"; return;
    case Type::binary:  // the core builds neither
    case Type::discarded: out += "null"; return;
  }
}

}  // namespace

void append_json_number(std::string& out, double value) {
  if (!std::isfinite(value)) {  // JSON has no infinity nor NaN: nlohmann writes null
    out += "null";
    return;
  }
  // nlohmann's own shortest round-trip digits (Grisu2), as its dump writes them: "0.5", "1e+20".
  char digits[64];
  out.append(digits, nlohmann::detail::to_chars(digits, digits + sizeof digits, value));
}

void append_json(std::string& out, const nlohmann::ordered_json& value, int indent) {
  append_json_value(out, value, indent, 0);
}

std::string json_text(const nlohmann::ordered_json& value, int indent) {
  std::string out;
  append_json(out, value, indent);
  return out;
}

}  // namespace noticekit::text
