// text/digits.h writes what printf and fmt wrote before it (calendar stamps, clock times,
// "U+00A0", hashes, lead times): checked against both over the values that occur and the edges.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "text/digits.h"

using namespace noticekit;

namespace {

std::string printf_padded(long long value, int width) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%0*lld", width, value);
  return buffer;
}

}  // namespace

TEST_CASE("padded numbers read as printf's %0Nd writes them", "[digits]") {
  for (const long long value : {0LL, 1LL, 7LL, 9LL, 10LL, 59LL, 99LL, 100LL, 999LL, 2026LL, 12345LL,
                                30000LL, -1LL, -5LL, -59LL, -300LL, -2026LL, -30000LL}) {
    for (const int width : {0, 1, 2, 4}) {
      INFO(value << " width " << width);
      CHECK(text::padded(value, width) == printf_padded(value, width));
    }
  }
  CHECK(text::padded(std::numeric_limits<std::int64_t>::min()) ==
        std::to_string(std::numeric_limits<std::int64_t>::min()));
}

TEST_CASE("hex digits read as printf's %016llx and fmt's {:04X} write them", "[digits]") {
  for (const std::uint64_t value : {0ULL, 0xaULL, 0xa0ULL, 0x200bULL, 0xfeffULL, 0x1f600ULL,
                                    0x10ffffULL, 0xcbf29ce484222325ULL, ~0ULL}) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
    CHECK(text::hex(value, 16, false) == buffer);
    CHECK(text::hex(value, 4, true) == fmt::format("{:04X}", value));
  }
}

TEST_CASE("tenths read as fmt's {:.1f} writes the floored value", "[digits]") {
  for (const double hours : {0.0, 0.04, 0.05, 0.96, 1.0, 2.35, 23.99, 24.0, 71.25, 167.96,
                             1234567.89, -0.01, -0.5, -2.35, -24.0, -1234567.89}) {
    INFO(hours);
    const double floored = std::floor(hours * 10);
    CHECK(text::tenths(static_cast<std::int64_t>(floored)) == fmt::format("{:.1f}", floored / 10));
  }
}
