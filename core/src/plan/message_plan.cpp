#include "plan/message_plan.h"

namespace noticekit::planner {

const MessagePlan& message_plan(std::string_view message, std::string_view sheet_kind) {
  // DESIGN.md: emergencies skip ahead (SMS, phone, IM first); a started or extended outage is
  // news while people wait, so it goes the same way. A reschedule or cancellation must reach
  // everyone who had the announcement: it is ranked like the announcement.
  static constexpr MessagePlan rows[] = {
      // message        urgent before  first reason                  weak reason
      {"announcement", false, true, "plan.reason.planned_fit", "plan.reason.planned_weak"},
      {"reminder", false, true, "plan.reason.planned_fit", "plan.reason.planned_weak"},
      {"reschedule", false, true, "plan.reason.change_fit", "plan.reason.change_weak"},
      {"cancellation", false, true, "plan.reason.change_fit", "plan.reason.change_weak"},
      {"started", true, false, "plan.reason.ongoing_fast", "plan.reason.ongoing_later"},
      {"extension", true, false, "plan.reason.ongoing_fast", "plan.reason.ongoing_later"},
      {"emergency", true, false, "plan.reason.emergency_fast", "plan.reason.emergency_later"},
      {"restoration", false, false, "plan.reason.restored_fit", "plan.reason.restored_weak"},
  };
  // Service back after an emergency: tell people as fast as they were alerted.
  static constexpr MessagePlan restored_after_emergency = {
      "restoration", true, false, "plan.reason.restored_fast", "plan.reason.restored_later"};
  if (message == "restoration" && sheet_kind == "emergency") return restored_after_emergency;
  for (const auto& row : rows)
    if (row.message == message) return row;
  return rows[0];
}

}  // namespace noticekit::planner
