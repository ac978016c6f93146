// The send steps a plan's schedule lays out, and their one name table: the plan's "step"
// and the key of its localized name (plan.step.<name>).
#pragma once

#include <array>
#include <string_view>

#include "model/names.h"

namespace noticekit::planner {

enum class StepKind {
  announcement,
  reminder_24h,
  reminder_1h,
  started,
  update,
  restoration,
  emergency,
  emergency_detail,  // the full notice, after an emergency's first alert
  extension,
  reschedule,
  cancellation,
};

inline constexpr std::array<std::string_view, 11> step_kind_names = {
    "announcement", "reminder_24h",     "reminder_1h", "started",    "update",      "restoration",
    "emergency",    "emergency_detail", "extension",   "reschedule", "cancellation"};

constexpr std::string_view name(StepKind step) { return model::name_in(step_kind_names, step); }

}  // namespace noticekit::planner
