// What each message of the lifecycle carries and how it tells its news: a table with one row
// per message kind (model::message_kind_names), in kind_profile.cpp. The composer asks the table
// what a message of a kind does; the kind's name only picks its phrases (title.<kind>,
// lead.<kind>, …). A cancellation only needs to say what no longer happens; a restoration
// replaces the "what to do during" parts with what was done and what to do now.
#pragma once

#include <string_view>

namespace noticekit::compose {

// What a title says about time: the windows for what is ahead, one moment for the rest.
enum class TitleTime {
  windows,      // the windows themselves
  since_start,  // since when the work or outage under way began
  new_end,      // an extension's new end
  back_at,      // a restoration's actual end
};

struct KindProfile {
  std::string_view kind;
  // The letter's sections the message carries.
  bool schedule, affected, alternatives, before, after, next, local_times, restoration, updates,
      mitigation;
  // About the windows it cancels, not the sheet's (a cancellation).
  bool cancels;
  // About one stretch of the work (stretches()): the one in progress when sent, or the one
  // service came back from; later stretches go ahead as planned, earlier ones are over.
  bool stretch_under_way;
  // Sent while the work or outage goes on: the lead says when it is expected to end (or that
  // nobody knows yet), and an estimated end is no "may change".
  bool in_progress;
  // An outage nobody planned: a window may have no end, and each is told since when it began;
  // its SMS says the expected end and when the next update comes.
  bool outage;
  // Moves windows: each changed one is told beside the window first announced.
  bool keeps_original;
  // A window not begun when the message is sent keeps the announcement's title (a started
  // message's later night of the same stretch).
  bool ahead_keeps_announcement;
  TitleTime title_time;
  // Where windows differ (MessageFacts::windows_differ), the lead gives each its own clause
  // (lead.<kind>.by_window), worded by `window_clause`; the SMS does only if `sms_by_window`.
  bool lead_by_window, sms_by_window;
  std::string_view window_clause;
  // What the lead says right after the reason: a reminder's request to plan ahead, an outage's
  // "we are working on it"; empty for nothing.
  std::string_view after_reason;
  // The letter's closing formula: a reminder closes as a reminder ("特此提示。", not "特此公告。"
  // under "温馨提示").
  std::string_view closing_formula;
};

// The row of a message kind; the announcement's for a kind the table lacks (compose is only
// called with a lifecycle kind).
const KindProfile& profile_of(std::string_view kind);

}  // namespace noticekit::compose
