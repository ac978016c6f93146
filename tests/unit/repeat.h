// `s` written `n` times, for tests that need a text of an exact length.
#pragma once

#include <string>

namespace noticekit::testing {

inline std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace noticekit::testing
