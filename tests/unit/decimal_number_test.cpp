// text/decimal_number.h is the WebAssembly module's strtod: it must read every JSON number to
// the very double glibc's correctly rounding strtod reads, the hard cases included (ties, the
// subnormals, the edges of infinity, more digits than a double holds).
#include "text/decimal_number.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

using noticekit::text::read_decimal_number;

namespace {

// The two doubles are the same, bit for bit (-0 is not 0).
bool same_double(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

void check_as_strtod(const std::string& text) {
  INFO(text);
  char* end = nullptr;
  const double expected = std::strtod(text.c_str(), &end);
  const auto read = read_decimal_number(text);
  CHECK(same_double(read.value, expected));
  CHECK(read.length == static_cast<std::size_t>(end - text.c_str()));
}

// The exact decimal expansion of the point halfway between `x` and the next double up: a tie
// that only every one of its digits decides.
std::string halfway_above(double x) {
  const long double middle =
      (static_cast<long double>(x) + std::nextafter(x, INFINITY)) / 2;  // exact in 64 bits
  char buffer[1200];
  std::snprintf(buffer, sizeof buffer, "%.800Le", middle);
  return buffer;
}

}  // namespace

TEST_CASE("read_decimal_number reads what strtod reads", "[decimal]") {
  // clang-format off
  for (const char* text : {
           "0", "-0", "0.0", "-0.0", "1", "-1", "0.05", "0.1", "12.5", "3.14159", "1e5", "1E+5",
           "2e-3", "0.000001", "123456789012345678901234567890", "9007199254740993",
           "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309",
           "-1e400", "2.2250738585072011e-308", "2.2250738585072014e-308", "4.9e-324",
           "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-324", "1e-400",
           "1e99999999999999999999", "1e", "1e+", "-", "", "x",
           "0.30000000000000004", "5e-324", "8.98846567431158e307", "1e22", "1e23", "1e-22",
           "123456789012345.6", "1234567890123456.7", "0.1e-0", "100000000000000000000000e-10"}) {
    // clang-format on
    check_as_strtod(text);
  }
  check_as_strtod("0." + std::string(800, '0') + "1e800");
  check_as_strtod("1" + std::string(900, '0') + "e-900");
  check_as_strtod("1." + std::string(900, '0') + "1");
}

TEST_CASE("read_decimal_number rounds ties to even as strtod does", "[decimal]") {
  for (const double x : {1.0, 0.1, 3.0e-310, 2.2250738585072009e-308, 1.7976931348623155e308,
                         9007199254740992.0, 123.456, 5e-324}) {
    const std::string tie = halfway_above(x);
    check_as_strtod(tie);
    // A digit past the tie, beyond the 768 kept, rounds up.
    const auto e = tie.find('e');
    check_as_strtod(tie.substr(0, e) + std::string(100, '0') + "1" + tie.substr(e));
  }
}

TEST_CASE("read_decimal_number on random numbers", "[decimal]") {
  std::mt19937_64 random(20261207);
  std::uniform_int_distribution<int> digit(0, 9), length(1, 40), exponent(-340, 320);
  for (int i = 0; i < 20000; ++i) {
    std::string text = (i % 3 == 0) ? "-" : "";
    const int whole = length(random) % 20, fraction = length(random);
    text += std::to_string(1 + digit(random) % 9);
    for (int d = 1; d < whole; ++d) text += static_cast<char>('0' + digit(random));
    text += '.';
    for (int d = 0; d < fraction; ++d) text += static_cast<char>('0' + digit(random));
    if (i % 4 != 0) text += "e" + std::to_string(exponent(random));
    check_as_strtod(text);
  }
  // Every double's shortest and longer writings.
  std::uniform_int_distribution<std::uint64_t> bits;
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t b = bits(random) & 0x7FEFFFFFFFFFFFFFu;
    double x;
    std::memcpy(&x, &b, sizeof x);
    char buffer[64];
    for (const int precision : {15, 16, 17, 20}) {
      std::snprintf(buffer, sizeof buffer, "%.*e", precision, x);
      check_as_strtod(buffer);
    }
  }
}
