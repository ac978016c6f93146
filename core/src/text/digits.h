// Numbers written with fixed widths: "07" for a clock's minutes, "U+00A0", a hash's hex digits.
// Written out here rather than with printf or fmt: either brings its whole formatting engine
// (floating point, long double, 128-bit integers) into the WebAssembly module the page
// downloads, for these few digits.
#pragma once

#include <cstdint>
#include <string>

namespace noticekit::text {

// `value` in decimal, zero-padded to `width` characters with the sign inside the width, as
// printf's "%0<width>d" and fmt's "{:0<width>}" write it: padded(7, 2) is "07", padded(-5, 4)
// is "-005", padded(12345, 4) is "12345".
std::string padded(std::int64_t value, int width = 0);

// `value` in hexadecimal, zero-padded to `width` digits: hex(0xa0, 4, true) is "00A0".
std::string hex(std::uint64_t value, int width, bool upper_case);

// A count of tenths as a decimal with one place: tenths(24) is "2.4", tenths(-1) is "-0.1".
std::string tenths(std::int64_t tenths);

}  // namespace noticekit::text
