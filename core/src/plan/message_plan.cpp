#include "plan/message_plan.h"

namespace noticekit::planner {

using model::MessageKind;

MessagePlan message_plan(MessageKind message, std::optional<MessageKind> sheet_kind) {
  // Service back after an emergency: tell people as fast as they were alerted.
  if (message == MessageKind::restoration && sheet_kind == MessageKind::emergency)
    return {message, true, false, "plan.reason.restored_fast", "plan.reason.restored_later"};
  const auto& t = model::traits(message);
  return {message, t.urgent, t.before_window, t.fit_reason, t.weak_reason};
}

}  // namespace noticekit::planner
