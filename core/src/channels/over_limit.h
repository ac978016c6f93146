// The finding that explains an output over its channel's limit ("ok": false in its metrics):
// the renderer has already shortened what it could, so only the writer can fix the rest, and
// the finding tells them what to shorten.
#pragma once

#include <optional>
#include <string_view>

#include "channels/output.h"
#include "model/finding.h"

namespace noticekit::channels {

// A warning about `output`, written in `lang` (a tag or a bilingual "zh-CN+en"), when its
// metrics say it is over the limit; nothing when it fits.
std::optional<model::Finding> over_limit_finding(const Output& output, std::string_view lang);

}  // namespace noticekit::channels
