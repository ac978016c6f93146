// JSON text written as it is decided, member by member, exactly as nlohmann's compact dump
// writes the same values: the plan was built as a tree of nlohmann values only to be written,
// and building those trees was the largest function of the WebAssembly module.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace noticekit::text {

// Appends to `out`, which holds nothing but what this writer wrote (a comma goes before each
// value or key unless the text so far ends an opening bracket or a key). Each kind of value has
// its own name: an overloaded value("") would be a bool.
class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& open_object() { return open('{'); }
  JsonWriter& close_object() { return close('}'); }
  JsonWriter& open_array() { return open('['); }
  JsonWriter& close_array() { return close(']'); }
  // A member's key; its value comes next. Keys are the program's own names ("channel",
  // "subject"), never user text, so they are written as they are: nothing in them to escape.
  JsonWriter& key(std::string_view name);

  JsonWriter& string(std::string_view s);
  JsonWriter& boolean(bool b);
  JsonWriter& integer(std::int64_t n);
  // As nlohmann writes a double: its shortest round-trip digits, "8500000.0" for a whole one.
  JsonWriter& number(double x);
  JsonWriter& null();
  JsonWriter& integer_or_null(const std::optional<std::int64_t>& n) {
    return n ? integer(*n) : null();
  }
  JsonWriter& number_or_null(const std::optional<double>& x) { return x ? number(*x) : null(); }
  JsonWriter& strings(const std::vector<std::string>& list);
  // Values another JsonWriter wrote, one after the other (a list's items built apart).
  JsonWriter& written(std::string_view values);

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  void separate();

  std::string& out_;
};

}  // namespace noticekit::text
