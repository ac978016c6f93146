// A clock time written with digits in free text ("9:00", "20:00", "9.30"). Two readers look
// for one: the phone script, which says it aloud, and the validator, which reads a contact's
// daily hours ("9:00-17:00"). The phone script scans decoded code points, the validator
// bytes, so there is one overload for each.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace noticekit::text {

struct ClockTime {
  int hour = 0;            // as written, 0 to 99
  int minute = 0;          // as written, 0 to 99
  std::size_t length = 0;  // characters from the first hour digit to the last minute digit

  // Up to 24:00, the end of a day as people write it ("18:00-24:00"), and 59 minutes. Each
  // reader decides what an impossible time written this way ("25:70") means for it.
  bool is_valid() const { return hour <= 24 && minute <= 59; }
};

// The time whose first digit is at `i`: one or two hour digits, one of `separators`, two
// minute digits, and no digit just before or after, so a run of digits such as a phone number
// is no time. nullopt when there is none at `i`.
std::optional<ClockTime> clock_time_at(std::string_view s, std::size_t i,
                                       std::string_view separators);
std::optional<ClockTime> clock_time_at(std::u32string_view s, std::size_t i,
                                       std::u32string_view separators);

}  // namespace noticekit::text
