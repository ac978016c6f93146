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

// Whether the character whose UTF-8 starts with `lead`, `next` may be one a scan for hidden
// characters looks for (JsonTree::Value::unusual_text): U+007F, C1 controls (C2 80–C2 9F),
// General Punctuation up to U+207F (E2 80, E2 81), U+FEC0–U+FEFF (EF BB) and the tag
// characters' plane corner (F3 A0). Han, kana, Hangul and full-width forms are none of them.
constexpr bool may_be_unusual(unsigned char lead, unsigned char next) {
  return lead == 0x7F || (lead == 0xC2 && next <= 0x9F) ||
         (lead == 0xE2 && (next == 0x80 || next == 0x81)) || (lead == 0xEF && next == 0xBB) ||
         (lead == 0xF3 && next == 0xA0);
}

// A reader that gives up (returns false) at anything it does not read exactly as nlohmann
// does; giving up is never wrong, only slower.
class PlainReader {
 public:
  explicit PlainReader(std::string_view text) : text_(text), tree_(text.size() / 16) {}

  std::optional<JsonTree> document() {
    skip_space();
    if (!value(0)) return std::nullopt;
    skip_space();
    if (at_ != text_.size()) return std::nullopt;
    return tree_.finish();
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

  bool value(std::size_t depth) {
    if (at_ >= text_.size()) return false;
    switch (text_[at_]) {
      case '{': return object(depth + 1);
      case '[': return array(depth + 1);
      case '"': {
        std::string_view s;
        bool unusual = false;
        if (!string(s, unusual)) return false;
        tree_.string(s, unusual);
        return true;
      }
      case 't': tree_.boolean(true); return word("true");
      case 'f': tree_.boolean(false); return word("false");
      case 'n': tree_.null(); return word("null");
      default: return number();
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

  bool object(std::size_t depth) {
    if (too_deep(depth)) return false;
    tree_.start(JsonTree::Type::object);
    // A repeated key (end() is false) is reported by the thorough parser.
    return items('}',
                 [&] {
                   std::string_view key;
                   bool unusual = false;
                   if (!string(key, unusual)) return false;
                   skip_space();
                   if (!take(':')) return false;
                   skip_space();
                   tree_.key(key, unusual);
                   return value(depth);
                 }) &&
           tree_.end();
  }

  bool array(std::size_t depth) {
    if (too_deep(depth)) return false;
    tree_.start(JsonTree::Type::array);
    return items(']', [&] { return value(depth); }) && tree_.end();
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

  // One escape after its backslash, appended to `out`; `unusual` set for those that can write
  // a control or format character (\b, \f, \u).
  bool escape(std::string& out, bool& unusual) {
    if (at_ >= text_.size()) return false;
    const char letter = text_[at_++];
    if (letter == 'u') {
      unusual = true;
      return unicode_escape(out);
    }
    if (letter == '/') {
      out += '/';
      return true;
    }
    const auto* e = std::find_if(std::begin(json_escapes), std::end(json_escapes),
                                 [&](const auto& e) { return e.second == letter; });
    if (e == std::end(json_escapes)) return false;
    unusual |= letter == 'b' || letter == 'f';
    out += e->first;
    return true;
  }

  // Where the run of characters from U+3000 to U+9FFF (CJK punctuation, kana, Han: a lead byte
  // E3–E9 and two continuation bytes) that starts at `i` ends: most of a Chinese or Japanese
  // sheet's text. Each is well-formed as it stands and none is one the hazard scan looks for
  // (may_be_unusual), so three tests pass over it instead of the general ones.
  std::size_t end_of_cjk(std::size_t i) const {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text_[k]); };
    while (i + 2 < text_.size() && static_cast<unsigned>(byte(i) - 0xE3) <= 0xE9 - 0xE3 &&
           is_utf8_continuation(text_[i + 1]) && is_utf8_continuation(text_[i + 2]))
      i += 3;
    return i;
  }

  // A string, checked as well-formed UTF-8 in the same pass: `out` views the text when it has
  // no escape, else the unescaped copy the tree keeps. Most keys and many values are printable
  // ASCII alone, read at once here; the rest by any_string.
  bool string(std::string_view& out, bool& unusual) {
    if (!take('"')) return false;
    const std::size_t start = at_;
    const std::size_t end = start + printable_ascii_run(text_, start);
    if (end < text_.size() && text_[end] == '"') {
      out = text_.substr(start, end - start);
      at_ = end + 1;
      return true;
    }
    at_ = end;
    return any_string(start, out, unusual);
  }

  // The rest of the string that starts at `start`, after its opening quote, from at_.
  bool any_string(std::size_t start, std::string_view& out, bool& unusual) {
    std::string unescaped;
    bool escaped = false;
    std::size_t plain_from = start;
    while (true) {
      at_ += printable_ascii_run(text_, at_);
      if (at_ >= text_.size()) return false;
      const auto c = static_cast<unsigned char>(text_[at_]);
      if (c == '"') break;
      if (c < 0x20) return false;  // a raw control character
      if (c == '\\') {
        escaped = true;
        unescaped.append(text_, plain_from, at_ - plain_from);
        ++at_;
        if (!escape(unescaped, unusual)) return false;
        plain_from = at_;
      } else if (c < 0x80) {
        unusual |= c == 0x7F;
        ++at_;
      } else {
        // A run of characters beyond ASCII (a sentence of Han) is read character by character,
        // without trying the eight-byte test between them; CJK runs at once.
        do {
          at_ = end_of_cjk(at_);
          if (at_ >= text_.size() || static_cast<unsigned char>(text_[at_]) < 0x80) break;
          const std::size_t length = well_formed_length(text_, at_);
          if (length == 0) return false;  // ill-formed UTF-8 is the thorough parser's to report
          unusual |= may_be_unusual(static_cast<unsigned char>(text_[at_]),
                                    static_cast<unsigned char>(text_[at_ + 1]));
          at_ += length;
        } while (at_ < text_.size() && static_cast<unsigned char>(text_[at_]) >= 0x80);
      }
    }
    if (escaped) {
      unescaped.append(text_, plain_from, at_ - plain_from);
      out = tree_.keep(std::move(unescaped));
    } else {
      out = text_.substr(start, at_ - start);
    }
    ++at_;
    return true;
  }

  // A whole number of at most 18 digits, which fits either integer type: nlohmann keeps a
  // negative one as number_integer, any other as number_unsigned. Fractions, exponents and
  // longer numbers are its to read.
  bool number() {
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
      tree_.integer(-static_cast<std::int64_t>(magnitude));
    else
      tree_.unsigned_integer(magnitude);
    return true;
  }

  std::string_view text_;
  std::size_t at_ = 0;
  JsonTreeBuilder tree_;
};

// The nlohmann value of `v`, for readers that walk one (the locale files).
template <typename Json>
Json to_json(const JsonTree& tree, const JsonTree::Value& v) {
  switch (v.type) {
    case JsonTree::Type::null: return nullptr;
    case JsonTree::Type::boolean: return v.boolean;
    case JsonTree::Type::integer: return v.integer;
    case JsonTree::Type::unsigned_integer: return v.unsigned_integer;
    case JsonTree::Type::floating: return v.floating;
    case JsonTree::Type::string: return std::string(v.string);
    case JsonTree::Type::array: {
      Json out = Json::array();
      for (const auto& element : tree.children(v)) out.push_back(to_json<Json>(tree, element));
      return out;
    }
    case JsonTree::Type::object: {
      Json out = Json::object();
      // By key, as the thorough parser's std::map gives them (ordered_json keeps this order).
      for (const auto* member : JsonTree::in_finding_order(v))
        out.emplace(std::string(member->key), to_json<Json>(tree, *member));
      return out;
    }
  }
  return nullptr;
}

}  // namespace

// Ill-formed UTF-8 (checked in the strings: anything but ASCII elsewhere is no JSON), and the
// byte order mark nlohmann skips, are left to it.
std::optional<JsonTree> read_plain_json_tree(std::string_view text) {
  return PlainReader(text).document();
}

template <typename Json>
std::optional<Json> read_plain_json(std::string_view text) {
  const auto tree = read_plain_json_tree(text);
  if (!tree) return std::nullopt;
  return to_json<Json>(*tree, tree->root());
}

template std::optional<nlohmann::json> read_plain_json(std::string_view text);
template std::optional<nlohmann::ordered_json> read_plain_json(std::string_view text);

nlohmann::ordered_json parse_json(std::string_view text) {
  nlohmann::ordered_json value;
  nlohmann::detail::json_sax_dom_parser<nlohmann::ordered_json> dom(value,
                                                                    /*allow_exceptions=*/false);
  if (!nlohmann::ordered_json::sax_parse(text.begin(), text.end(), &dom,
                                         nlohmann::ordered_json::input_format_t::json,
                                         /*strict=*/true))
    value = nlohmann::ordered_json(nlohmann::ordered_json::value_t::discarded);
  return value;
}

}  // namespace noticekit::text
