// What the message being planned (render/plan --kind) means for the plan: whether minutes
// matter, whether readers can still act before the window, and which sentence explains a
// channel's fit. One row per message of the lifecycle (model::lifecycle_kinds).
#pragma once

#include <string_view>

namespace noticekit::planner {

struct MessagePlan {
  std::string_view message;  // announcement, reminder, …, restoration
  // The outage is on, or just over after an emergency: push channels (SMS, phone, IM)
  // first, scored by how fast they reach people.
  bool urgent;
  // Sent ahead of the window: readers may still have to act, and a short lead matters.
  bool before_window;
  // Locale keys of the first reason: the channel fits this message well, or weakly.
  std::string_view fit_reason, weak_reason;
};

// `message`: one of model::lifecycle_kinds; `sheet_kind`: the sheet's own kind, which decides
// whether a restoration follows an emergency (sent as fast as the alert) or planned work.
const MessagePlan& message_plan(std::string_view message, std::string_view sheet_kind);

}  // namespace noticekit::planner
