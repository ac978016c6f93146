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

// Every language's files in the native build; none in the WebAssembly build, whose caller
// gives each language's data when it is needed (noticekit::add_language).
const std::vector<LocaleSource>& locale_sources();

// {"<tag>": {"parent"?, "text_fallbacks"?, "months"?, "months_short"?, "function_words"?,
// "zone_parts"?}, …}
// for every language, in both builds, as the files give them (see language_index.h).
std::string_view language_index_json();

}  // namespace noticekit::locale
