// How complete a sheet is: the key facts every notice must let a reader answer (DESIGN.md,
// "What a good downtime notice is"), weighted, as a score from 0 to 100 and the list of
// what is missing.
#pragma once

#include <string>
#include <vector>

#include "model/notice.h"

namespace noticekit::validate {

struct Completeness {
  int score = 0;                     // 0–100
  std::vector<std::string> missing;  // item names, e.g. "alternatives", in weight order
};

Completeness completeness(const model::Notice& notice);

}  // namespace noticekit::validate
