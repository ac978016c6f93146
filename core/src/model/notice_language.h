// A notice language as a sheet's "languages" or a request names it: one locale tag ("zh-CN"),
// or several joined by "+" for one notice written in all of them, the primary language first
// ("zh-CN+en": the Chinese notice, then the English one, in the same email, SMS or post).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace noticekit::model {

inline constexpr char edition_separator = '+';

// "zh-CN+en" → {"zh-CN", "en"}; "en" → {"en"}; empty parts are kept ("en+" → {"en", ""}), for
// the caller to reject.
inline std::vector<std::string> edition_tags(std::string_view notice_language) {
  std::vector<std::string> out;
  for (std::size_t begin = 0;;) {
    const std::size_t end = notice_language.find(edition_separator, begin);
    out.emplace_back(
        notice_language.substr(begin, end == std::string_view::npos ? end : end - begin));
    if (end == std::string_view::npos) return out;
    begin = end + 1;
  }
}

// The language a notice language is read in first: "zh-CN" for "zh-CN+en" (a view of it).
inline std::string_view primary_tag(std::string_view notice_language) {
  return notice_language.substr(0, notice_language.find(edition_separator));
}

}  // namespace noticekit::model
