// The raw locale files, embedded by the build (see core/CMakeLists.txt), sorted by tag
// and file name.
#pragma once

#include <string_view>
#include <vector>

namespace noticekit::locale {

struct LocaleSource {
  std::string_view tag;   // e.g. "zh-CN": the folder's name
  std::string_view file;  // e.g. "notice.json", for messages about the file
  std::string_view json;  // the file's text
};

const std::vector<LocaleSource>& locale_sources();

}  // namespace noticekit::locale
