// Parsing JSON text without exceptions, keeping the position of a syntax error so the
// message can say where the problem is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "text/json_tree.h"

namespace noticekit::model {

struct JsonText {
  text::JsonTree value;  // views the text it was read from; empty when !ok
  bool ok = false;
  std::size_t line = 0;  // 1-based position of the error
  std::size_t column = 0;
  std::string error;  // what the parser says, without its internal prefix
  // JSON pointer of the first key that an object repeats ("/windows/0/end"), empty if none.
  // The parser would silently keep the last one, so a sheet with two "end"s means one thing
  // to the person who wrote it and another to noticekit; the caller reports it.
  std::string duplicate_key;
};

// The tree views `text`, which must outlive it.
JsonText parse_json_text(std::string_view text);

}  // namespace noticekit::model
