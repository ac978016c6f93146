// A decimal number read to the nearest double, exactly as a correctly rounding strtod reads it.
// In the WebAssembly module this is strtod (wasm_libc.cpp): musl's computes in 128-bit long
// double, which WebAssembly emulates in software, and that emulation was a fifteenth of the
// module the page downloads, for the few numbers with a fraction a fact sheet holds.
#pragma once

#include <cstddef>
#include <string_view>

namespace noticekit::text {

struct DecimalNumber {
  double value = 0;
  std::size_t length = 0;  // the bytes read; 0 when `text` does not start with a number
};

// The number `text` starts with, written as JSON writes one (an optional minus sign, digits,
// an optional fraction, an optional exponent), rounded to the nearest double, ties to even:
// ±infinity past the largest double, ±0 below half the smallest.
DecimalNumber read_decimal_number(std::string_view text);

}  // namespace noticekit::text
