// What the message being planned (render/plan --kind) means for the plan: whether minutes
// matter, whether readers can still act before the window, and which sentence explains a
// channel's fit (model::MessageKindTraits).
#pragma once

#include <optional>
#include <string_view>

#include "model/message_kind.h"

namespace noticekit::planner {

struct MessagePlan {
  model::MessageKind message;
  // The outage is on, or just over after an emergency: push channels (SMS, phone, IM)
  // first, scored by how fast they reach people.
  bool urgent;
  // Sent ahead of the window: readers may still have to act, and a short lead matters.
  bool before_window;
  // Locale keys of the first reason: the channel fits this message well, or weakly.
  std::string_view fit_reason, weak_reason;
};

// `sheet_kind`: the sheet's own kind, which decides whether a restoration follows an
// emergency (sent as fast as the alert) or planned work.
MessagePlan message_plan(model::MessageKind message, std::optional<model::MessageKind> sheet_kind);

}  // namespace noticekit::planner
