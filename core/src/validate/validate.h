// Rules that judge a parsed Notice: what is missing, impossible or risky. Each rule adds
// findings with a stable code and the JSON pointer of the field to fix.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/finding.h"
#include "model/message_kind.h"
#include "model/notice.h"

namespace noticekit::validate {

// `languages`: the languages being rendered, for the untranslated-text rule.
// `message_kind`: the message being written, since each needs its own facts (an extension the
// original end, a restoration the actual end); nullopt when neither the sheet nor the request
// names one, and only the facts every message needs are judged.
std::vector<model::Finding> validate(const model::Notice& notice,
                                     const std::vector<std::string>& languages,
                                     std::optional<model::MessageKind> message_kind);

}  // namespace noticekit::validate
