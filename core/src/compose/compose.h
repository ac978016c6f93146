// Notice + language → Document: chooses what to say and in which order, following
// NOTICE-CONVENTIONS.md; the words themselves come from the locale file.
#pragma once

#include <string_view>

#include "compose/document.h"
#include "locale/locale.h"
#include "model/message_kind.h"
#include "model/notice.h"

namespace noticekit::compose {

// Writes the message `kind` (e.g. the reminder) from the notice
// in `notice_language`: one locale tag, or several joined by "+" for a notice in each of them
// (model/notice_language.h), whose first document holds the others as its translations and
// whose subject names every language's title. Requires a notice without error-level findings
// for that kind (valid zone, windows with valid starts, what the kind needs such as an actual
// end) and a language the core writes (each tag a locale, none twice).
Document compose(const model::Notice& notice, std::string_view notice_language,
                 model::MessageKind kind);

}  // namespace noticekit::compose
