#include "text/clock_time.h"

#include "text/ascii.h"

namespace noticekit::text {
namespace {

template <class Char>
std::optional<ClockTime> clock_time_in(std::basic_string_view<Char> s, std::size_t i,
                                       std::basic_string_view<Char> separators) {
  const auto digit = [&](std::size_t k) { return k < s.size() && is_ascii_digit(s[k]); };
  if (!digit(i) || (i > 0 && digit(i - 1))) return std::nullopt;
  const std::size_t hour_digits = digit(i + 1) ? 2 : 1;
  const std::size_t separator = i + hour_digits;
  if (separator >= s.size() || separators.find(s[separator]) == separators.npos ||
      !digit(separator + 1) || !digit(separator + 2) || digit(separator + 3))
    return std::nullopt;
  const auto value = [&](std::size_t k) { return static_cast<int>(s[k] - '0'); };
  return ClockTime{hour_digits == 2 ? value(i) * 10 + value(i + 1) : value(i),
                   value(separator + 1) * 10 + value(separator + 2), hour_digits + 3};
}

}  // namespace

std::optional<ClockTime> clock_time_at(std::string_view s, std::size_t i,
                                       std::string_view separators) {
  return clock_time_in(s, i, separators);
}

std::optional<ClockTime> clock_time_at(std::u32string_view s, std::size_t i,
                                       std::u32string_view separators) {
  return clock_time_in(s, i, separators);
}

}  // namespace noticekit::text
