#include "model/window_changes.h"

#include <algorithm>
#include <string>

#include "text/sort_order.h"

namespace noticekit::model {
namespace {

std::string systems_key(const model::Window& w) {
  std::string key;
  for (const auto& s : w.systems)
    key.append(s.empty() ? std::string_view() : s.by_language.front().second).push_back('\n');
  return key;
}

bool same_times(const model::Window& a, const model::Window& b) {
  return a.start.value == b.start.value && a.end.value == b.end.value &&
         a.end.present == b.end.present;
}

// Indices of `windows` in order of start (a window without a valid start last).
std::vector<std::size_t> by_start(const std::vector<model::Window>& windows) {
  const auto earlier = [&](std::size_t a, std::size_t b) {
    const auto& x = windows[a].start.value;
    const auto& y = windows[b].start.value;
    return x && (!y || *x < *y);
  };
  return text::stable_sort_order(windows.size(), text::PositionLess(earlier));
}

}  // namespace

bool WindowChanges::unchanged(const std::vector<model::Window>& now,
                              const std::vector<model::Window>& original, std::size_t i) const {
  return original_of[i] && same_times(now[i], original[*original_of[i]]);
}

WindowChanges pair_windows(const std::vector<model::Window>& now,
                           const std::vector<model::Window>& original) {
  WindowChanges c{std::vector<std::optional<std::size_t>>(now.size()),
                  std::vector<char>(original.size(), true)};
  // Each window's order and systems worked out once, not once per pair compared.
  const std::vector<std::size_t> now_order = by_start(now), original_order = by_start(original);
  std::vector<std::string> now_keys, original_keys;
  for (const auto& w : now) now_keys.push_back(systems_key(w));
  for (const auto& w : original) original_keys.push_back(systems_key(w));
  const auto pair = [&](bool and_same_times) {
    for (const std::size_t i : now_order) {
      if (c.original_of[i]) continue;
      for (const std::size_t j : original_order) {
        if (!c.cancelled[j] || now_keys[i] != original_keys[j] ||
            (and_same_times && !same_times(now[i], original[j])))
          continue;
        c.original_of[i] = j;
        c.cancelled[j] = false;
        break;
      }
    }
  };
  pair(true);   // windows that stand as announced
  pair(false);  // then the same systems, in order of start
  if (now.size() == original.size()) {
    for (std::size_t i = 0; i < now.size(); ++i) {
      if (c.original_of[i] || !c.cancelled[i]) continue;
      c.original_of[i] = i;
      c.cancelled[i] = false;
    }
  }
  return c;
}

}  // namespace noticekit::model
