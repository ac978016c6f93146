// Findings about the moment a message is sent (Notice::sent): one sheet writes every message
// of an outage, and a message sent later than the announcement must not say what was true
// only when the announcement went out.
#pragma once

#include <optional>
#include <vector>

#include "model/finding.h"
#include "model/message_kind.h"
#include "model/notice.h"
#include "time/zone.h"

namespace noticekit::validate {

// - a started, emergency or extension message sent before the work starts;
// - a cancellation of a window that has already begun;
// - a next update promised for before the message is sent;
// - an actions.before deadline that falls after the window starts, or that was set for the
//   window first announced and not moved with it.
// `message_kind`: nullopt when no message is named; the rules of no kind then apply.
void moment_rules(const model::Notice& notice, std::optional<model::MessageKind> message_kind,
                  const time::Zone& zone, std::vector<model::Finding>& out);

}  // namespace noticekit::validate
