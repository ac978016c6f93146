#include "compose/window_changes.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace noticekit::compose {
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
  std::vector<std::size_t> order(windows.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& x = windows[a].start.value;
    const auto& y = windows[b].start.value;
    return x && (!y || *x < *y);
  });
  return order;
}

}  // namespace

bool WindowChanges::unchanged(const std::vector<model::Window>& now,
                              const std::vector<model::Window>& original, std::size_t i) const {
  return original_of[i] && same_times(now[i], original[*original_of[i]]);
}

WindowChanges pair_windows(const std::vector<model::Window>& now,
                           const std::vector<model::Window>& original) {
  WindowChanges c{std::vector<std::optional<std::size_t>>(now.size()),
                  std::vector<bool>(original.size(), true)};
  const auto pair = [&](auto&& matches) {
    for (const std::size_t i : by_start(now)) {
      if (c.original_of[i]) continue;
      for (const std::size_t j : by_start(original)) {
        if (!c.cancelled[j] || !matches(now[i], original[j])) continue;
        c.original_of[i] = j;
        c.cancelled[j] = false;
        break;
      }
    }
  };
  pair([](const model::Window& a, const model::Window& b) {
    return systems_key(a) == systems_key(b) && same_times(a, b);
  });
  pair([](const model::Window& a, const model::Window& b) {
    return systems_key(a) == systems_key(b);
  });
  if (now.size() == original.size()) {
    for (std::size_t i = 0; i < now.size(); ++i) {
      if (c.original_of[i] || !c.cancelled[i]) continue;
      c.original_of[i] = i;
      c.cancelled[i] = false;
    }
  }
  return c;
}

}  // namespace noticekit::compose
