// Rules that judge a parsed Notice: what is missing, impossible or risky. Each rule adds
// findings with a stable code and the JSON pointer of the field to fix.
#pragma once

#include <string>
#include <vector>

#include "model/finding.h"
#include "model/notice.h"

namespace noticekit::validate {

// `languages`: the languages being rendered, for the untranslated-text rule.
// `message_kind`: the message being written (model::lifecycle_kinds), since each needs its
// own facts (an extension the original end, a restoration the actual end).
std::vector<model::Finding> validate(const model::Notice& notice,
                                     const std::vector<std::string>& languages,
                                     std::string_view message_kind);

}  // namespace noticekit::validate
