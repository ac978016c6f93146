// Per-audience versions: when the sheet lists roles (taxpayers and withholding agents,
// students and staff), which notice each role gets, on which channels, and why; and the
// internal filing report for whoever approves planned work.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "locale/locale.h"
#include "model/notice.h"
#include "plan/ranking.h"

namespace noticekit::planner {

nlohmann::ordered_json audiences(const model::Notice& notice, std::string_view message_kind,
                                 const std::vector<RankedChannel>& ranked, const locale::Locale& loc);

}  // namespace noticekit::planner
