#include "text/json_writer.h"

#include <algorithm>
#include <cassert>

#include "text/digits.h"
#include "text/json_string.h"

namespace noticekit::text {

namespace {

// True when a value or key written next needs a comma before it: the text so far ends a value,
// not an opening bracket nor a key.
bool needs_comma(const std::string& out) {
  return !out.empty() && out.back() != '{' && out.back() != '[' && out.back() != ':';
}

}  // namespace

void JsonWriter::separate() {
  if (needs_comma(out_)) out_ += ',';
}

JsonWriter& JsonWriter::open(char bracket) {
  separate();
  out_ += bracket;
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  out_ += bracket;
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  assert(std::none_of(name.begin(), name.end(), [](char c) {
    return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
  }));
  // One append for the comma, the quotes, the name and the colon: a result writes a key for
  // every value it holds.
  const std::size_t at = out_.size() + (needs_comma(out_) ? 1 : 0);
  out_.append(at - out_.size() + name.size() + 3, ',');
  out_[at] = '"';
  name.copy(out_.data() + at + 1, name.size());
  out_[at + 1 + name.size()] = '"';
  out_[at + 2 + name.size()] = ':';
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
  separate();
  append_json_string(out_, s);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool b) {
  separate();
  out_ += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t n) {
  separate();
  out_ += padded(n);
  return *this;
}

JsonWriter& JsonWriter::number(double x) {
  separate();
  append_json_number(out_, x);
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::written(std::string_view values) {
  if (values.empty()) return *this;
  separate();
  out_ += values;
  return *this;
}

JsonWriter& JsonWriter::strings(const std::vector<std::string>& list) {
  open_array();
  for (const auto& s : list) string(s);
  return close_array();
}

}  // namespace noticekit::text
