// How the windows of a change message (extension, reschedule, cancellation) relate to the
// windows first announced (sheet change.original_windows): which stand as announced, which
// moved or grew longer, which were cancelled, which were added. A message says only what
// changed, window by window, never "every window extended" when one was.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "model/notice.h"

namespace noticekit::model {

struct WindowChanges {
  // Per window of the sheet: the original it continues, if any (none: an added window).
  std::vector<std::optional<std::size_t>> original_of;
  // Per original window: true when no window continues it (it was cancelled). Chars, not
  // vector<bool>, whose bit packing is code of its own in the WebAssembly module.
  std::vector<char> cancelled;

  bool unchanged(const std::vector<model::Window>& now, const std::vector<model::Window>& original,
                 std::size_t i) const;
};

// Pairs each window with its original: first a window with the same systems and the same
// times (it stands), then by the same systems in order of start (several nights of one system
// keep their order), and last, when both lists are as long, by position. Systems compare by
// their text in the sheet's first language.
WindowChanges pair_windows(const std::vector<model::Window>& now,
                           const std::vector<model::Window>& original);

}  // namespace noticekit::model
