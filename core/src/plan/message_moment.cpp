#include "plan/message_moment.h"

#include "model/service_back.h"
#include "plan/schedule.h"

namespace noticekit::planner {
namespace {

using model::Notice;
using model::SheetTime;

const SheetTime* first_start(const Notice& n) {
  const SheetTime* first = nullptr;
  for (const auto& w : n.windows)
    if (w.start.value && (!first || *w.start.value < *first->value)) first = &w.start;
  return first;
}

// `at`, unless the sheet was issued later (a sheet updated after the fact is sent when issued).
SheetTime not_before_issued(SheetTime at, const Notice& n) {
  if (n.issued.value && (!at.value || *at.value < *n.issued.value)) return n.issued;
  return at;
}

// The reminder_24h step of the schedule.
SheetTime reminder_moment(const Notice& n, const SheetTime& start) {
  const auto zone = time::Zone::find(n.time_zone);
  if (!zone) return n.issued;
  SheetTime at = start;
  at.value = zone->to_local(reminder_time(zone->to_utc(*start.value).utc - 24 * 3600, *zone));
  return not_before_issued(at, n);
}

}  // namespace

SheetTime default_moment(const Notice& n, model::MessageKind message_kind) {
  using model::MessageKind;
  if (n.kind.member == message_kind) return n.issued;
  const SheetTime* start = first_start(n);
  if (message_kind == MessageKind::reminder && start) return reminder_moment(n, *start);
  if (model::traits(message_kind).says_begun && start) return not_before_issued(*start, n);
  if (message_kind == MessageKind::restoration)
    if (const SheetTime* back = model::service_back(n)) return not_before_issued(*back, n);
  return n.issued;
}

}  // namespace noticekit::planner
