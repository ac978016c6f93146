// When to send what, and on which channels: the lifecycle of DESIGN.md laid out in time.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "locale/locale.h"
#include "model/finding.h"
#include "model/notice.h"
#include "plan/message_plan.h"
#include "plan/ranking.h"
#include "plan/step_kind.h"
#include "time/zone.h"

namespace noticekit::planner {

// Planned work is announced this far ahead by default (NOTICE-CONVENTIONS.md: public
// bodies and banks 2–7 days; cloud providers 7+), staff 72 hours ahead…
inline constexpr time::UtcSeconds announce_ahead_public = 7 * 24 * 3600;
inline constexpr time::UtcSeconds announce_ahead_staff = 72 * 3600;
// …and never less than 24 hours ("24 hours minimum").
inline constexpr time::UtcSeconds minimum_notice = 24 * 3600;
// Emergencies: updates at a promised interval of 30–60 minutes.
inline constexpr time::UtcSeconds emergency_update_min = 30 * 60;
inline constexpr time::UtcSeconds emergency_update_max = 60 * 60;
// The details (email, website, social) follow an emergency's first messages this much later.
inline constexpr time::UtcSeconds emergency_detail_delay = 15 * 60;
// At most this many updates are listed; the last note says how they go on.
inline constexpr int max_updates = 8;
// Quiet hours, 21:00 to 08:00 local: a reminder is not sent then, and a step that falls then
// in a reader's zone is pointed out, so the operator can choose.
inline constexpr int quiet_from_hour = 21;
inline constexpr int quiet_until_hour = 8;
inline bool in_quiet_hours(int local_hour) {
  return local_hour >= quiet_from_hour || local_hour < quiet_until_hour;
}

// Readers are not woken for a reminder: one due at `at` in quiet hours in the sheet's zone
// moves earlier, to 20:00 the evening before.
inline constexpr int evening_hour = 20;
time::UtcSeconds reminder_time(time::UtcSeconds at, const time::Zone& zone);

// A step's time in one of the readers' zones (audience.time_zones).
struct ReaderTime {
  std::string zone;  // IANA name
  time::LocalDateTime at;
  bool quiet = false;  // in quiet hours there
};

struct Step {
  StepKind step;
  std::vector<channels::ChannelId> channels;  // recommended channels, best first
  std::optional<time::UtcSeconds> at;         // nullopt: "as soon as service is back"
  std::string note;                           // localized: what the step does and why then
  std::vector<ReaderTime> reader_times;       // in each reader zone other than the sheet's
};

// The send steps of the message being planned and those after it, earliest first. Requires a
// valid zone; findings get what the plan cannot do (an announcement less than 24 hours ahead).
std::vector<Step> build_schedule(const model::Notice& notice, const MessagePlan& message,
                                 const time::Zone& zone, const std::vector<RankedChannel>& ranked,
                                 const locale::Locale& loc, std::vector<model::Finding>& findings);

}  // namespace noticekit::planner
