// Reads a "noticekit/1" fact sheet (JSON text) into a Notice.
// Type problems make the sheet unusable (exit code 2); everything else about the values is
// the validator's business. Never throws: the core also runs in WebAssembly without
// exception support.
#pragma once

#include <cstddef>
#include <forward_list>
#include <string>
#include <string_view>
#include <vector>

#include "model/finding.h"
#include "model/notice.h"

namespace noticekit::model {

struct ParsedSheet {
  Notice notice;
  std::vector<Finding> findings;
  bool usable = true;  // false: bad JSON or a field of the wrong type
  // The texts the notice views that the JSON text does not hold as they are (unescaped, or
  // folded onto one line): a list, as adding one moves none.
  std::forward_list<std::string> texts;
};

// `first_line`: the line of a larger input that the text starts on, for the position in a
// syntax error's message. The notice's texts view `json_text`, which must outlive it.
ParsedSheet parse_sheet(std::string_view json_text, std::size_t first_line = 1);

}  // namespace noticekit::model
