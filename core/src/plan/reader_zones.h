// The schedule in the readers' own zones (audience.time_zones): every step's local time in
// each of them, and where a step falls in quiet hours there, a note on the step and a finding
// per zone, so the operator can choose to send those readers theirs at another hour.
#pragma once

#include <vector>

#include "locale/locale.h"
#include "model/finding.h"
#include "model/notice.h"
#include "plan/schedule.h"
#include "time/zone.h"

namespace noticekit::planner {

// Fills Step::reader_times for every timed step (zones other than the sheet's own, each once,
// in the sheet's order) and appends the quiet-hours note to the steps it concerns.
void add_reader_times(const model::Notice& notice, const time::Zone& sheet_zone,
                      std::vector<Step>& schedule, const locale::Locale& loc,
                      std::vector<model::Finding>& findings);

}  // namespace noticekit::planner
