// When a message is sent. One sheet writes every message of an outage, but each message has
// its own moment: a restoration written from the announcement's sheet is not sent on the day
// the announcement was, and its date line, its e-mail Date, the plan's "now" and the findings
// about what has already begun all follow that moment.
#pragma once

#include "model/notice.h"

namespace noticekit::planner {

// The moment `message_kind` is sent when the caller did not say (Request::at):
// - the sheet's own message (an announcement from a "planned" sheet): the sheet's `issued`;
// - a derived message, when the schedule sends it, never before `issued`: a reminder a day
//   before the first window (out of quiet hours, as the plan sends it); started, emergency
//   and extension at the first window's start; a restoration when service came back
//   (model::service_back); a reschedule or cancellation when the sheet was issued.
// The path names the field the moment came from, for findings about it. No value when the
// sheet does not give what the moment depends on.
model::SheetTime default_moment(const model::Notice& notice, model::MessageKind message_kind);

}  // namespace noticekit::planner
