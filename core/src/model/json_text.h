// Parsing JSON text without exceptions, keeping the position of a syntax error so the
// message can say where the problem is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace noticekit::model {

struct JsonText {
  nlohmann::json value;  // discarded when !ok
  bool ok = false;
  std::size_t line = 0;    // 1-based position of the error
  std::size_t column = 0;
  std::string error;       // what the parser says, without its internal prefix
};

JsonText parse_json_text(std::string_view text);

}  // namespace noticekit::model
