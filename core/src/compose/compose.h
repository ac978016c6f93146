// Notice + language → Document: chooses what to say and in which order, following
// NOTICE-CONVENTIONS.md; the words themselves come from the locale file.
#pragma once

#include <string_view>

#include "compose/document.h"
#include "locale/locale.h"
#include "model/notice.h"

namespace noticekit::compose {

// Email subjects longer than this are cut off by many clients (RFC 5322 §2.1.1 recommends
// lines of at most 78 characters); the composer shortens the system list to fit.
inline constexpr std::size_t subject_limit = 78;

// Writes the message `kind` (one of model::lifecycle_kinds, e.g. "reminder") from
// the notice. Requires a notice without error-level findings for that kind (valid zone,
// windows with valid starts, what the kind needs such as an actual end).
Document compose(const model::Notice& notice, const locale::Locale& locale, std::string_view kind);

}  // namespace noticekit::compose
