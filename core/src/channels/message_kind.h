// What a message of the lifecycle (model/kind.h) means for the channels that act on time:
// whether it announces a window still ahead, or closes the matter.
#pragma once

#include <string_view>

namespace noticekit::channels {

// The announcement, a reminder or a reschedule: the window is still to come, so readers are
// told what to prepare and calendars may remind them.
inline bool looks_ahead(std::string_view message_kind) {
  return message_kind == "announcement" || message_kind == "reminder" ||
         message_kind == "reschedule";
}

// A cancellation or a restoration: nothing is (or will be) down any more.
inline bool is_over(std::string_view message_kind) {
  return message_kind == "cancellation" || message_kind == "restoration";
}

}  // namespace noticekit::channels
