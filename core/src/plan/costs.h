// What the plan costs and whom it reaches: SMS segments × recipients × sends × price, IM
// webhook messages against their documented rate limits, and an estimate of reach.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "locale/locale.h"
#include "model/finding.h"
#include "model/notice.h"
#include "plan/ranking.h"
#include "plan/schedule.h"
#include "text/json_writer.h"

namespace noticekit::planner {

// The SMS as rendered for the message being planned, in the sheet's first language.
struct SmsMeasure {
  std::string language;
  int segments = 0;
};

// Writes {"sms","im","reach"}.
void write_costs(text::JsonWriter& out, const model::Notice& notice,
                 const std::vector<RankedChannel>& ranked, const std::vector<Step>& schedule,
                 const std::optional<SmsMeasure>& sms, std::size_t languages,
                 const locale::Locale& loc, std::vector<model::Finding>& findings);

}  // namespace noticekit::planner
