#include "text/sort_order.h"

#include <algorithm>
#include <numeric>

namespace noticekit::text {
namespace {

std::vector<std::size_t> positions(std::size_t count) {
  std::vector<std::size_t> out(count);
  std::iota(out.begin(), out.end(), std::size_t{0});
  return out;
}

}  // namespace

std::vector<std::size_t> sort_order(std::size_t count, PositionLess less) {
  std::vector<std::size_t> order = positions(count);
  std::sort(order.begin(), order.end(), less);
  return order;
}

// Equal items ordered by position make every two items unequal: std::sort then gives the order
// std::stable_sort gives, and the module carries one sorting algorithm instead of two (a
// stable sort's merging is 3 KB of it). These sorts are of a few items each.
std::vector<std::size_t> stable_sort_order(std::size_t count, PositionLess less) {
  const auto less_or_before = [&](std::size_t a, std::size_t b) {
    if (less(a, b)) return true;
    return !less(b, a) && a < b;
  };
  return sort_order(count, PositionLess(less_or_before));
}

}  // namespace noticekit::text
