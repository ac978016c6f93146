// One role's version of the notice (audience.roles): the notice as that role reads it,
// greeted by the role's name alone and telling it what it must do — its own lines first,
// then what everyone must do. Composing this notice writes the role's version; the composer
// needs no other change.
#pragma once

#include "model/notice.h"

namespace noticekit::compose {

model::Notice role_version(const model::Notice& notice, const model::Role& role);

}  // namespace noticekit::compose
