// Sorting through one compiled copy of each algorithm. std::sort and std::stable_sort are
// templates: every element type and comparison the core sorts by got its own copy of the
// algorithm (about 22 KB of the WebAssembly module for eleven sorts, most of them of a few
// items, once per call). Here the algorithms sort positions, compiled once in
// sort_order.cpp; the caller's comparison is reached through a function pointer, and only a
// small reordering loop is compiled per element type.
//
// A stable sort's order is the one std::stable_sort gives. An unstable one leaves equal items
// in an unspecified order, as std::sort does (libc++ even picks its method by element type):
// sort only by a comparison under which no two different items are equal. The two hot sorts
// (an object's keys while a sheet is read, the terms found in a text) keep std::sort on their
// own types.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace noticekit::text {

// Whether the item at one position goes before the item at another: a reference to the
// caller's comparison, which must outlive it.
class PositionLess {
 public:
  template <typename Less>
  explicit PositionLess(const Less& less)
      : less_(&less), call_([](const void* less, std::size_t a, std::size_t b) {
          return (*static_cast<const Less*>(less))(a, b);
        }) {}

  bool operator()(std::size_t a, std::size_t b) const { return call_(less_, a, b); }

 private:
  const void* less_;
  bool (*call_)(const void*, std::size_t, std::size_t);
};

// Positions 0 … count − 1 in the order `less` puts them in, as std::sort would.
std::vector<std::size_t> sort_order(std::size_t count, PositionLess less);

// The same with equal items kept in position order, as std::stable_sort would.
std::vector<std::size_t> stable_sort_order(std::size_t count, PositionLess less);

// `items` rearranged so that the one at `order[i]` is at i.
template <typename T>
void reorder(std::vector<T>& items, const std::vector<std::size_t>& order) {
  std::vector<T> out;
  out.reserve(items.size());
  for (const std::size_t i : order) out.push_back(std::move(items[i]));
  items = std::move(out);
}

// std::sort(items, less) and std::stable_sort(items, less), through the positions.
template <typename T, typename Less>
void sort_items(std::vector<T>& items, const Less& less) {
  const auto less_at = [&](std::size_t a, std::size_t b) { return less(items[a], items[b]); };
  reorder(items, sort_order(items.size(), PositionLess(less_at)));
}

template <typename T, typename Less>
void stable_sort_items(std::vector<T>& items, const Less& less) {
  const auto less_at = [&](std::size_t a, std::size_t b) { return less(items[a], items[b]); };
  reorder(items, stable_sort_order(items.size(), PositionLess(less_at)));
}

}  // namespace noticekit::text
