#include "model/json_text.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "model/finding.h"
#include "noticekit/noticekit.h"
#include "text/plain_json.h"

namespace noticekit::model {
namespace {

using Base = nlohmann::detail::json_sax_dom_parser<nlohmann::json>;

// Sets out.line and out.column (both from 1) to those of byte `offset` of `text`.
void locate(std::string_view text, std::size_t offset, JsonText& out) {
  offset = std::min(offset, text.size());
  out.line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++out.line;
      line_start = i + 1;
    }
  }
  out.column = offset - line_start + 1;
}

// The offset of the first bracket that opens an array or object `depth` levels deep.
std::size_t offset_of_depth(std::string_view text, std::size_t depth) {
  std::size_t level = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++level == depth) return i;
    } else if (c == ']' || c == '}') {
      --level;
    }
  }
  return text.size();
}

// nlohmann's DOM builder, told not to throw, with the error position kept, and watching for
// keys an object repeats. sax_parse calls the events on this exact type, so hiding the base's
// members is enough.
class PositionKeepingParser : public Base {
 public:
  PositionKeepingParser(nlohmann::json& result, JsonText& out, std::string_view text)
      : Base(result, /*allow_exceptions=*/false), out_(out), text_(text) {}

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) {
    out_.ok = false;
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error …"
    std::string what = ex.what();
    const auto at = what.find(" at line ");
    if (at != std::string::npos) {
      out_.line = std::strtoul(what.c_str() + at + 9, nullptr, 10);
      const auto col = what.find("column ", at);
      if (col != std::string::npos) out_.column = std::strtoul(what.c_str() + col + 7, nullptr, 10);
      const auto colon = what.find(": ", at);
      out_.error = colon == std::string::npos ? what : what.substr(colon + 2);
    } else {
      // "[json.exception.out_of_range.406] number overflow parsing '1e400'" says no place:
      // the token ends at `position`, so it starts its length before.
      locate(text_, position - std::min(position, last_token.size()), out_);
      const auto prefix_end = what.find("] ");
      out_.error = prefix_end == std::string::npos ? what : what.substr(prefix_end + 2);
    }
    return false;
  }

  // Every value event first takes its place in the enclosing array or object.
  bool null() { return enter_value() && Base::null(); }
  bool boolean(bool v) { return enter_value() && Base::boolean(v); }
  bool number_integer(number_integer_t v) { return enter_value() && Base::number_integer(v); }
  bool number_unsigned(number_unsigned_t v) { return enter_value() && Base::number_unsigned(v); }
  bool number_float(number_float_t v, const string_t& s) {
    return enter_value() && Base::number_float(v, s);
  }
  bool string(string_t& v) { return enter_value() && Base::string(v); }
  bool binary(binary_t& v) { return enter_value() && Base::binary(v); }

  bool start_object(std::size_t n) {
    if (!enter_value() || too_deep()) return false;
    frames_.push_back({true, {}, {}, 0});
    return Base::start_object(n);
  }
  bool start_array(std::size_t n) {
    if (!enter_value() || too_deep()) return false;
    frames_.push_back({false, {}, {}, 0});
    return Base::start_array(n);
  }
  bool end_object() {
    frames_.pop_back();
    return Base::end_object();
  }
  bool end_array() {
    frames_.pop_back();
    return Base::end_array();
  }

  bool key(string_t& k) {
    Frame& object = frames_.back();
    object.key = k;
    if (!object.keys.insert(k).second && out_.duplicate_key.empty()) out_.duplicate_key = pointer();
    return Base::key(k);
  }

 private:
  // Where the parser is: one frame per open array or object, with the member being read
  // (its key, or for an array the count of elements so far). Keys are kept per object, so
  // finding a repeat costs a set lookup, not a scan.
  struct Frame {
    bool object;
    std::set<std::string, std::less<>> keys;
    std::string key;
    std::size_t elements;
  };

  // A fact sheet nests five levels; hundreds mean a generated or hostile text, and every
  // level costs stack in the code that walks the value later.
  bool too_deep() {
    if (frames_.size() < max_json_depth) return false;
    out_.ok = false;
    locate(text_, offset_of_depth(text_, max_json_depth + 1), out_);
    out_.error =
        "arrays and objects nest more than " + std::to_string(max_json_depth) + " levels deep here";
    return true;
  }

  bool enter_value() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().elements;
    return true;
  }

  // Built only when reporting, so deep nesting costs nothing on the way down.
  std::string pointer() const {
    std::string path;
    for (const auto& f : frames_)
      path = f.object ? pointer_append(path, f.key) : pointer_append(path, f.elements - 1);
    return path;
  }

  JsonText& out_;
  std::string_view text_;
  std::vector<Frame> frames_;
};

// nlohmann reads a NUL byte as the end of the input (it also parses C strings), so
// `{…}\0garbage` would pass and a NUL inside the text would be reported as "unexpected end
// of input". JSON allows NUL nowhere outside an escape (RFC 8259 §7), so say so, and where.
bool reject_nul_byte(std::string_view text, JsonText& out) {
  const auto nul = text.find('\0');
  if (nul == std::string_view::npos) return false;
  out.ok = false;
  locate(text, nul, out);
  out.error =
      "a NUL byte (0x00) is not allowed in JSON text; is the file UTF-16 or binary? "
      "Save it as UTF-8";
  return true;
}

}  // namespace

JsonText parse_json_text(std::string_view text) {
  JsonText out;
  if (reject_nul_byte(text, out)) return out;
  // Most sheets are plain JSON, read in one pass; the rest, and every error with its place,
  // are nlohmann's.
  if (auto plain = text::read_plain_json(text)) {
    out.value = std::move(*plain);
    out.ok = true;
    return out;
  }
  out.ok = true;
  PositionKeepingParser sax(out.value, out, text);
  const bool parsed = nlohmann::json::sax_parse(text.begin(), text.end(), &sax,
                                                nlohmann::json::input_format_t::json,
                                                /*strict=*/true);
  if (!parsed || !out.ok) {
    out.ok = false;
    out.value = nlohmann::json();
    out.duplicate_key.clear();
    if (out.error.empty()) out.error = "the JSON text is incomplete";
  }
  return out;
}

}  // namespace noticekit::model
