#include "text/digits.h"

#include <algorithm>

namespace noticekit::text {
namespace {

// The digits of `value` in `base`, most significant first, at least `width` of them.
std::string digits(std::uint64_t value, unsigned base, int width, bool upper_case) {
  const char* symbols = upper_case ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  do {
    out += symbols[value % base];
    value /= base;
  } while (value != 0);
  if (static_cast<int>(out.size()) < width) out.append(width - out.size(), '0');
  std::reverse(out.begin(), out.end());
  return out;
}

// |value| without overflow for the most negative one.
std::uint64_t magnitude(std::int64_t value) {
  return value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
}

}  // namespace

std::string padded(std::int64_t value, int width) {
  if (value >= 0) return digits(magnitude(value), 10, width, false);
  return '-' + digits(magnitude(value), 10, width - 1, false);
}

std::string hex(std::uint64_t value, int width, bool upper_case) {
  return digits(value, 16, width, upper_case);
}

std::string tenths(std::int64_t tenths) {
  const std::uint64_t m = magnitude(tenths);
  return (tenths < 0 ? "-" : "") + digits(m / 10, 10, 0, false) + '.' +
         static_cast<char>('0' + m % 10);
}

}  // namespace noticekit::text
