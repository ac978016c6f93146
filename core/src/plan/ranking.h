// Channels ranked for one notice, each with its score and the reasons behind it.
#pragma once

#include <string>
#include <vector>

#include "locale/locale.h"
#include "model/finding.h"
#include "model/notice.h"
#include "plan/channel_traits.h"
#include "plan/message_plan.h"

namespace noticekit::planner {

// A channel is recommended from this score up; the rest are listed with their reasons so
// the user sees why they rank low.
inline constexpr int recommended_score = 45;

struct RankedChannel {
  const ChannelTraits* traits = nullptr;
  int score = 0;                     // 0–100
  std::vector<std::string> reasons;  // localized, one sentence each, in scoring order
  bool recommended = false;
};

// Every channel the organisation has (channels_available; all known channels when the sheet
// lists none), best first, scored for the message being planned. A channel it lacks is never
// ranked; when it would have been among the best three, or the readers prefer it,
// `findings` says so.
std::vector<RankedChannel> rank_channels(const model::Notice& notice, const MessagePlan& message,
                                         const locale::Locale& loc,
                                         std::vector<model::Finding>& findings);

// What readers must do before the window: everyone's actions and each role's own.
std::size_t actions_before_count(const model::Notice& notice);

// Whole hours from `issued` to the first window start; nullopt when either is unknown.
std::optional<long> lead_hours(const model::Notice& notice);

}  // namespace noticekit::planner
