// A post — a status page incident, a chat message — is read in a stream that already says who
// posted it and when. It is not a letter: no greeting ("Dear user,", "尊敬的客户："), and no
// issuer and date signed under it.
#pragma once

#include "compose/document.h"

namespace noticekit::channels {

// The notice (and each of its translations) as a post.
compose::Document as_post(compose::Document d);

}  // namespace noticekit::channels
