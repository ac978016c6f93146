// A content hash that is the same on every platform and in every run (std::hash is neither),
// for identifiers that must not change while the content does not: calendar UIDs, MIME
// boundaries. FNV-1a, 64 bit (http://www.isthe.com/chongo/tech/comp/fnv/); not cryptographic.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/digits.h"

namespace noticekit::text {

inline std::uint64_t stable_hash(std::string_view s, std::uint64_t h = 14695981039346656037ull) {
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// The hash as 16 lowercase hex digits.
inline std::string stable_hash_hex(std::string_view s) { return hex(stable_hash(s), 16, false); }

}  // namespace noticekit::text
