// Reads a "noticekit/1" fact sheet (JSON text) into a Notice.
// Type problems make the sheet unusable (exit code 2); everything else about the values is
// the validator's business. Never throws: the core also runs in WebAssembly without
// exception support.
#pragma once

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

ParsedSheet parse_sheet(std::string_view json_text);

}  // namespace noticekit::model
