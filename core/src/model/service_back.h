// When service came back, for a restoration: the sheet's restoration.actual_end, or after
// planned work the end of its last window.
#pragma once

#include "model/notice.h"

namespace noticekit::model {

// restoration.actual_end; without it, after planned work (any sheet kind but emergency) whose
// every window has an end, the last end. nullptr: not known.
const SheetTime* service_back(const Notice& notice);

}  // namespace noticekit::model
