// Instants written the ways machine formats want them: iCalendar, ISO 8601 / JSON APIs and
// Internet mail. All deterministic, all from UtcSeconds; no clock is read.
#pragma once

#include <string>

#include "time/zone.h"

namespace noticekit::time {

// "20261205T140000Z": RFC 5545 §3.3.5 DATE-TIME, form #2 (UTC).
std::string format_ical_utc(UtcSeconds t);

// "2026-12-05T14:00:00Z": RFC 3339 / ISO 8601 in UTC, what status page APIs take.
std::string format_iso8601_utc(UtcSeconds t);

// "2026-12-04T10:00": a wall-clock time as a fact sheet writes it (parse_local_datetime's form).
std::string format_sheet_time(const LocalDateTime& t);

// "Tue, 01 Dec 2026 10:00:00 +0800": RFC 5322 §3.3 date-time, the wall clock at `t` in a zone
// `utc_offset_seconds` east of UTC.
std::string format_rfc5322(UtcSeconds t, int utc_offset_seconds);

}  // namespace noticekit::time
