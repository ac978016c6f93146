#include "text/plain_json.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>

#include "noticekit/noticekit.h"
#include "text/json_string.h"
#include "text/utf8.h"

namespace noticekit::text {
namespace {

using nlohmann::json;

// A reader that gives up (returns false) at anything it does not read exactly as nlohmann
// does; giving up is never wrong, only slower.
class PlainReader {
 public:
  explicit PlainReader(std::string_view text) : text_(text) {}

  bool document(json& out) {
    skip_space();
    if (!value(out, 0)) return false;
    skip_space();
    return at_ == text_.size();
  }

 private:
  void skip_space() {
    while (at_ < text_.size() &&
           (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t'))
      ++at_;
  }

  bool take(char c) {
    if (at_ >= text_.size() || text_[at_] != c) return false;
    ++at_;
    return true;
  }

  bool word(std::string_view w) {
    if (text_.substr(at_, w.size()) != w) return false;
    at_ += w.size();
    return true;
  }

  bool value(json& out, std::size_t depth) {
    if (at_ >= text_.size()) return false;
    switch (text_[at_]) {
      case '{': return object(out, depth + 1);
      case '[': return array(out, depth + 1);
      case '"': {
        std::string s;
        if (!string(s)) return false;
        out = std::move(s);
        return true;
      }
      case 't': out = true; return word("true");
      case 'f': out = false; return word("false");
      case 'n': out = nullptr; return word("null");
      default: return number(out);
    }
  }

  // The thorough parser refuses what nests deeper, with a message of its own.
  static bool too_deep(std::size_t depth) { return depth > max_json_depth; }

  // The members of an object or the elements of an array, from its opening bracket to
  // `close`, each read by `item`.
  template <typename Item>
  bool items(char close, Item item) {
    ++at_;
    skip_space();
    if (take(close)) return true;
    while (true) {
      skip_space();
      if (!item()) return false;
      skip_space();
      if (take(close)) return true;
      if (!take(',')) return false;
    }
  }

  bool object(json& out, std::size_t depth) {
    if (too_deep(depth)) return false;
    out = json::object();
    auto& members = out.get_ref<json::object_t&>();
    return items('}', [&] {
      std::string key;
      if (!string(key)) return false;
      skip_space();
      if (!take(':')) return false;
      skip_space();
      // A repeated key is reported by the thorough parser.
      const auto [member, added] = members.emplace(std::move(key), json());
      return added && value(member->second, depth);
    });
  }

  bool array(json& out, std::size_t depth) {
    if (too_deep(depth)) return false;
    out = json::array();
    auto& elements = out.get_ref<json::array_t&>();
    return items(']', [&] { return value(elements.emplace_back(), depth); });
  }

  // Four hex digits of a \u escape.
  bool hex4(char32_t& unit) {
    if (at_ + 4 > text_.size()) return false;
    unit = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const char c = text_[at_ + k];
      unit <<= 4;
      if (c >= '0' && c <= '9')
        unit |= static_cast<char32_t>(c - '0');
      else if (c >= 'a' && c <= 'f')
        unit |= static_cast<char32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        unit |= static_cast<char32_t>(c - 'A' + 10);
      else
        return false;
    }
    at_ += 4;
    return true;
  }

  // A \u escape, a surrogate pair taken whole; a lone surrogate is the thorough parser's error.
  bool unicode_escape(std::string& out) {
    char32_t unit = 0;
    if (!hex4(unit)) return false;
    if (unit >= 0xDC00 && unit <= 0xDFFF) return false;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      char32_t low = 0;
      if (!word("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
      unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, unit);
    return true;
  }

  // The text is known to be well-formed UTF-8 (read_plain_json), so bytes from 0x80 on are
  // copied as they are.
  bool string(std::string& out) {
    if (!take('"')) return false;
    std::size_t plain_from = at_;
    while (at_ < text_.size()) {
      const auto c = static_cast<unsigned char>(text_[at_]);
      if (c == '"') {
        out.append(text_, plain_from, at_ - plain_from);
        ++at_;
        return true;
      }
      if (c < 0x20) return false;  // a raw control character
      if (c != '\\') {
        ++at_;
        continue;
      }
      out.append(text_, plain_from, at_ - plain_from);
      if (++at_ >= text_.size()) return false;
      const char letter = text_[at_++];
      if (letter == 'u') {
        if (!unicode_escape(out)) return false;
      } else if (letter == '/') {
        out += '/';
      } else if (const auto* e = std::find_if(std::begin(json_escapes), std::end(json_escapes),
                                              [&](const auto& e) { return e.second == letter; });
                 e != std::end(json_escapes)) {
        out += e->first;
      } else {
        return false;
      }
      plain_from = at_;
    }
    return false;
  }

  // A whole number of at most 18 digits, which fits either integer type: nlohmann keeps a
  // negative one as number_integer, any other as number_unsigned. Fractions, exponents and
  // longer numbers are its to read.
  bool number(json& out) {
    const bool negative = take('-');
    const std::size_t first = at_;
    std::uint64_t magnitude = 0;
    while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9')
      magnitude = magnitude * 10 + static_cast<std::uint64_t>(text_[at_++] - '0');
    const std::size_t digits = at_ - first;
    if (digits == 0 || digits > 18 || (digits > 1 && text_[first] == '0')) return false;
    if (at_ < text_.size() && (text_[at_] == '.' || text_[at_] == 'e' || text_[at_] == 'E'))
      return false;
    if (negative)
      out = -static_cast<std::int64_t>(magnitude);
    else
      out = magnitude;
    return true;
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

}  // namespace

std::optional<json> read_plain_json(std::string_view text) {
  // Ill-formed UTF-8, and the byte order mark nlohmann skips, are left to it.
  if (!is_valid_utf8(text) || text.starts_with("\xEF\xBB\xBF")) return std::nullopt;
  json value;
  if (!PlainReader(text).document(value)) return std::nullopt;
  return value;
}

}  // namespace noticekit::text
