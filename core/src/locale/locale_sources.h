// The raw locale files, embedded by the build (see core/CMakeLists.txt).
#pragma once

#include <string_view>
#include <vector>

namespace noticekit::locale {

struct LocaleSource {
  std::string_view tag;   // e.g. "zh-CN"
  std::string_view json;  // the file's text
};

const std::vector<LocaleSource>& locale_sources();

}  // namespace noticekit::locale
