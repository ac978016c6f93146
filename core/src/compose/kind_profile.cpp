#include "compose/kind_profile.h"

#include <algorithm>
#include <iterator>

#include "model/message_kind.h"

namespace noticekit::compose {
namespace {

constexpr bool yes = true, no = false;
using enum TitleTime;

// clang-format off
constexpr KindProfile profiles[] = {
  // The letter's sections                                          | how the message tells its news                                    | its words
  // kind          sched affect altern before after next local restor updates mitig | cancels stretch in_prog outage orig ahead title_time  | by_window: lead sms, window_clause     after_reason              closing_formula
  {"announcement", yes,  yes,   yes,   yes,   yes,  yes, yes,  no,    no,     no,    no,     no,     no,     no,    no,  no,   windows,     yes, no,  "lead.window",         "",                       "closing.formula"},
  {"reminder",     yes,  yes,   yes,   yes,   yes,  yes, yes,  no,    no,     no,    no,     no,     no,     no,    no,  no,   windows,     yes, no,  "lead.window",         "lead.reminder.ask",      "closing.formula.reminder"},
  {"started",      yes,  yes,   yes,   no,    yes,  yes, yes,  no,    yes,    no,    no,     yes,    yes,    no,    no,  yes,  since_start, yes, no,  "lead.window.started", "",                       "closing.formula"},
  {"extension",    yes,  yes,   yes,   no,    yes,  yes, yes,  no,    yes,    yes,   no,     no,     no,     no,    yes, no,   new_end,     no,  no,  "lead.window",         "",                       "closing.formula"},
  {"reschedule",   yes,  yes,   yes,   yes,   yes,  yes, yes,  no,    no,     no,    no,     no,     no,     no,    yes, no,   windows,     yes, yes, "lead.window",         "",                       "closing.formula"},
  {"cancellation", no,   no,    no,    no,    no,   no,  yes,  no,    no,     no,    yes,    no,     no,     no,    no,  no,   windows,     no,  no,  "lead.window",         "",                       "closing.formula"},
  {"emergency",    yes,  yes,   yes,   yes,   yes,  yes, yes,  no,    yes,    yes,   no,     no,     yes,    yes,   no,  no,   since_start, no,  no,  "lead.window",         "lead.emergency.working", "closing.formula"},
  {"restoration",  no,   no,    no,    no,    no,   no,  yes,  yes,   yes,    no,    no,     yes,    no,     no,    no,  no,   back_at,     no,  no,  "lead.window",         "",                       "closing.formula"},
};
// clang-format on

// A row for each message of the lifecycle, and no other: a kind without one would be told as an
// announcement (profile_of).
constexpr bool one_row_per_kind() {
  for (const std::string_view kind : model::message_kind_names)
    if (std::none_of(std::begin(profiles), std::end(profiles),
                     [&](const KindProfile& p) { return p.kind == kind; }))
      return false;
  return std::size(profiles) == std::size(model::message_kind_names);
}
static_assert(one_row_per_kind(), "every kind of model::message_kind_names needs its row");

}  // namespace

const KindProfile& profile_of(std::string_view kind) {
  for (const auto& p : profiles)
    if (p.kind == kind) return p;
  return profiles[0];
}

}  // namespace noticekit::compose
