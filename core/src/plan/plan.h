// The send plan for a fact sheet: channels ranked with reasons, the send schedule (also as
// an .ics calendar), costs and reach, temporary support, per-audience versions. The public
// API's plan() is this, wrapped in the judged sheet and its findings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "locale/locale.h"
#include "model/finding.h"
#include "model/notice.h"

namespace noticekit::planner {

// Requires a notice without error-level findings (a valid zone, windows with valid starts).
// `message_kind`: the message being written; `languages`: those
// being rendered, the first one measures the SMS; `loc`: the language of reasons and notes.
// Appends {"channels","schedule","costs","support","audiences","ics"} as JSON text to `out`;
// adds its findings.
void append_plan(std::string& out, const model::Notice& notice, model::MessageKind message_kind,
                 const std::vector<std::string>& languages, const locale::Locale& loc,
                 std::vector<model::Finding>& findings);

// The same keys, empty, for a sheet that cannot be planned.
inline constexpr std::string_view empty_plan =
    R"({"channels":[],"schedule":[],"costs":{},"support":{},"audiences":[],"ics":""})";

}  // namespace noticekit::planner
