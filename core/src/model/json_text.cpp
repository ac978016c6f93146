#include "model/json_text.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/finding.h"
#include "noticekit/noticekit.h"
#include "text/plain_json.h"

namespace noticekit::model {
namespace {

// The thorough parser is ordered_json's: the one the results are written with, so the
// WebAssembly build carries one copy of nlohmann's parser, not two.
using Json = nlohmann::ordered_json;

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

// nlohmann's parser, told not to throw, with the error position kept, building a JsonTree and
// watching for keys an object repeats. Its strings are flagged unusual (JsonTree::Value): the
// texts it reads are few, and the hazard scan reads them all.
class PositionKeepingParser {
 public:
  PositionKeepingParser(text::JsonTreeBuilder& tree, JsonText& out, std::string_view text)
      : tree_(tree), out_(out), text_(text) {}

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
  bool null() {
    enter_value();
    tree_.null();
    return true;
  }
  bool boolean(bool v) {
    enter_value();
    tree_.boolean(v);
    return true;
  }
  bool number_integer(Json::number_integer_t v) {
    enter_value();
    tree_.integer(v);
    return true;
  }
  bool number_unsigned(Json::number_unsigned_t v) {
    enter_value();
    tree_.unsigned_integer(v);
    return true;
  }
  bool number_float(Json::number_float_t v, const Json::string_t&) {
    enter_value();
    tree_.floating(v);
    return true;
  }
  bool string(Json::string_t& v) {
    enter_value();
    tree_.string(tree_.keep(std::move(v)), /*unusual=*/true);
    return true;
  }
  bool binary(Json::binary_t&) { return false; }  // JSON text has none

  bool start_object(std::size_t) { return open(true); }
  bool start_array(std::size_t) { return open(false); }
  // A repeated key was noted when it came; the tree is not used then.
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(Json::string_t& k) {
    Frame& object = frames_.back();
    object.key = k;
    if (!object.keys.insert(k).second && out_.duplicate_key.empty()) out_.duplicate_key = pointer();
    tree_.key(tree_.keep(std::move(k)), /*unusual=*/true);
    return true;
  }

 private:
  bool open(bool object) {
    if (too_deep()) return false;
    enter_value();
    frames_.push_back({object, {}, {}, 0});
    tree_.start(object ? text::JsonTree::Type::object : text::JsonTree::Type::array);
    return true;
  }
  bool close() {
    frames_.pop_back();
    tree_.end();
    return true;
  }

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

  void enter_value() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().elements;
  }

  // Built only when reporting, so deep nesting costs nothing on the way down.
  std::string pointer() const {
    std::string path;
    for (const auto& f : frames_)
      path = f.object ? pointer_append(path, f.key) : pointer_append(path, f.elements - 1);
    return path;
  }

  text::JsonTreeBuilder& tree_;
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
  if (auto plain = text::read_plain_json_tree(text)) {
    out.value = std::move(*plain);
    out.ok = true;
    return out;
  }
  out.ok = true;
  text::JsonTreeBuilder tree;
  PositionKeepingParser sax(tree, out, text);
  const bool parsed = Json::sax_parse(text.begin(), text.end(), &sax, Json::input_format_t::json,
                                      /*strict=*/true);
  if (!parsed || !out.ok) {
    out.ok = false;
    out.duplicate_key.clear();
    if (out.error.empty()) out.error = "the JSON text is incomplete";
    return out;
  }
  out.value = tree.finish();
  return out;
}

}  // namespace noticekit::model
