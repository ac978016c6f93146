// Per-audience versions: when the sheet lists roles (taxpayers and withholding agents,
// students and staff), which notice each role gets, on which channels, and why; and the
// internal filing report for whoever approves planned work.
#pragma once

#include <string>
#include <vector>

#include "locale/locale.h"
#include "model/finding.h"
#include "model/notice.h"
#include "plan/ranking.h"
#include "text/json_writer.h"

namespace noticekit::planner {

// One entry per role (its greeting, channels, what it must do, and why), then for an
// announcement the filing report. `findings` gets the role channels the organisation lacks.
void write_audiences(text::JsonWriter& out, const model::Notice& notice,
                     model::MessageKind message_kind, const std::vector<RankedChannel>& ranked,
                     const locale::Locale& loc, std::vector<model::Finding>& findings);

}  // namespace noticekit::planner
