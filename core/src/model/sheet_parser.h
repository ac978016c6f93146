// Reads a "noticekit/1" fact sheet (JSON text) into a Notice.
// Type problems make the sheet unusable (exit code 2); everything else about the values is
// the validator's business. Never throws: the core also runs in WebAssembly without
// exception support.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/finding.h"
#include "model/notice.h"

namespace noticekit::model {

struct ParsedSheet {
  Notice notice;
  std::vector<Finding> findings;
  bool usable = true;  // false: bad JSON or a field of the wrong type
};

// `first_line`: the line of a larger input that the text starts on, for the position in a
// syntax error's message.
ParsedSheet parse_sheet(std::string_view json_text, std::size_t first_line = 1);

}  // namespace noticekit::model
