// Temporary support during the outage: which of the sheet's contacts stay reachable while
// the systems are down, and a warning when none does (DESIGN.md: "During the outage a
// temporary support channel must exist").
#pragma once

#include <vector>

#include "locale/locale.h"
#include "model/finding.h"
#include "model/notice.h"
#include "text/json_writer.h"

namespace noticekit::planner {

// Writes {"reachable","at_risk","warning"}.
void write_support(text::JsonWriter& out, const model::Notice& notice, const locale::Locale& loc,
                   std::vector<model::Finding>& findings);

}  // namespace noticekit::planner
