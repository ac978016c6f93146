// Rules that judge a parsed Notice: what is missing, impossible or risky. Each rule adds
// findings with a stable code and the JSON pointer of the field to fix.
#pragma once

#include <string>
#include <vector>

#include "model/finding.h"
#include "model/notice.h"

namespace noticekit::validate {

// `languages`: the languages being rendered, for the untranslated-text rule.
std::vector<model::Finding> validate(const model::Notice& notice,
                                     const std::vector<std::string>& languages);

}  // namespace noticekit::validate
