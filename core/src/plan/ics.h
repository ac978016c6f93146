// The send schedule as an iCalendar file (RFC 5545) for the operator: one VEVENT per step
// with a time, in UTC, CRLF line ends, lines folded at 75 octets.
#pragma once

#include <string>
#include <vector>

#include "locale/locale.h"
#include "plan/schedule.h"

namespace noticekit::planner {

// `stamp`: the DTSTAMP of every event. The core has no clock, so the caller passes a time
// from the sheet (when the message is sent), which also keeps the file identical run after run.
std::string schedule_ics(const std::vector<Step>& schedule, time::UtcSeconds stamp,
                         const locale::Locale& loc);

}  // namespace noticekit::planner
