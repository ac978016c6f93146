// The text of schema/notice.schema.json, embedded by the build (native/CMakeLists.txt) so
// the CLI needs no file beside it at run time.
#pragma once

#include <string_view>

namespace noticekit::cli::batch {

extern const std::string_view kSheetSchemaJson;

}  // namespace noticekit::cli::batch
