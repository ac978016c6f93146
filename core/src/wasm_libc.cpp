// Two C library functions that the WebAssembly module takes from here instead of musl, linked
// in their place with the linker's --wrap (core/CMakeLists.txt; only that build compiles this
// file). Their one caller is nlohmann's JSON lexer: strtod for a number with a fraction or an
// exponent, snprintf for a control character in an error message ("<U+0001>"). musl's strtod
// and its full printf compute in 128-bit long double, which WebAssembly emulates in software;
// with them the module was 11 KB (gzip) more to download.
#include <cerrno>
#include <cmath>
#include <cstdarg>
#include <cstddef>

#include "text/decimal_number.h"

// Emscripten's musl: vsnprintf with every conversion but the floating-point ones (which trap).
extern "C" int vsniprintf(char* buffer, std::size_t size, const char* format, va_list args);

// As strtod, for the numbers JSON writes (what the lexer hands it, checked); for any other
// text it reads what starts like one, or nothing.
extern "C" double __wrap_strtod(const char* text, char** end) {
  const auto number = noticekit::text::read_decimal_number(text);
  if (end != nullptr) *end = const_cast<char*>(text) + number.length;
  if (std::isinf(number.value)) errno = ERANGE;
  return number.value;
}

extern "C" int __wrap_snprintf(char* buffer, std::size_t size, const char* format, ...) {
  va_list args;
  va_start(args, format);
  const int written = vsniprintf(buffer, size, format, args);
  va_end(args);
  return written;
}
