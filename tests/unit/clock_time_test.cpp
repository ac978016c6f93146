#include "text/clock_time.h"

#include <catch2/catch.hpp>
#include <string_view>

using noticekit::text::clock_time_at;

namespace {

struct Case {
  std::string_view text;
  std::size_t at;
  bool found;
  int hour, minute;
  std::size_t length;
};

}  // namespace

TEST_CASE("clock_time_at: H:MM and HH:MM, not inside a longer number", "[clock_time]") {
  // clang-format off
  const Case cases[] = {
      {"9:00",          0, true,   9,  0, 4},
      {"20:00 Uhr",     0, true,  20,  0, 5},
      {"bis 17:30",     4, true,  17, 30, 5},
      {"24:00",         0, true,  24,  0, 5},
      {"25:70",         0, true,  25, 70, 5},  // found; is_valid() says it is no time
      {"9:00",          1, false,  0,  0, 0},  // not at a digit
      {"123:45",        1, false,  0,  0, 0},  // a digit before it
      {"123:45",        0, false,  0,  0, 0},  // three hour digits
      {"9:000",         0, false,  0,  0, 0},  // three minute digits
      {"9:0",           0, false,  0,  0, 0},  // one minute digit
      {"9:",            0, false,  0,  0, 0},
      {"9",             0, false,  0,  0, 0},
      {"400-123-4567",  0, false,  0,  0, 0},
  };
  // clang-format on
  for (const auto& c : cases) {
    INFO(c.text << " at " << c.at);
    const auto bytes = clock_time_at(c.text, c.at, ":");
    REQUIRE(bytes.has_value() == c.found);
    if (!c.found) continue;
    CHECK(bytes->hour == c.hour);
    CHECK(bytes->minute == c.minute);
    CHECK(bytes->length == c.length);
    // The same text as code points reads the same time.
    std::u32string code_points(c.text.begin(), c.text.end());
    const auto decoded = clock_time_at(code_points, c.at, U":");
    REQUIRE(decoded.has_value());
    CHECK(decoded->hour == c.hour);
    CHECK(decoded->length == c.length);
  }
}

TEST_CASE("clock_time_at: the separators are the reader's choice", "[clock_time]") {
  CHECK_FALSE(clock_time_at(std::string_view("9.30"), 0, ":"));
  CHECK(clock_time_at(std::string_view("9.30"), 0, ":.")->minute == 30);
  CHECK(clock_time_at(std::u32string_view(U"受付 8:30至20:00"), 3, U":")->hour == 8);
  CHECK(clock_time_at(std::u32string_view(U"受付 8:30至20:00"), 8, U":")->hour == 20);
}

TEST_CASE("ClockTime::is_valid: up to 24:00 and 59 minutes", "[clock_time]") {
  CHECK(clock_time_at(std::string_view("24:00"), 0, ":")->is_valid());
  CHECK(clock_time_at(std::string_view("23:59"), 0, ":")->is_valid());
  CHECK_FALSE(clock_time_at(std::string_view("25:00"), 0, ":")->is_valid());
  CHECK_FALSE(clock_time_at(std::string_view("12:60"), 0, ":")->is_valid());
}
