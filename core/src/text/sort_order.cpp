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

std::vector<std::size_t> stable_sort_order(std::size_t count, PositionLess less) {
  std::vector<std::size_t> order = positions(count);
  std::stable_sort(order.begin(), order.end(), less);
  return order;
}

}  // namespace noticekit::text
