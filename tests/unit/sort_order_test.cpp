#include "text/sort_order.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace {

// Pairs with many equal keys, in a scrambled order: a stable sort by key must keep each key's
// items in their first order, as std::stable_sort does.
std::vector<std::pair<int, std::string>> scrambled(std::size_t count) {
  std::vector<std::pair<int, std::string>> out;
  unsigned state = 12345;
  for (std::size_t i = 0; i < count; ++i) {
    state = state * 1103515245u + 12345u;
    out.emplace_back(static_cast<int>((state >> 16) % 7), std::to_string(i));
  }
  return out;
}

}  // namespace

TEST_CASE("stable_sort_items: std::stable_sort's order", "[sort]") {
  const auto by_key = [](const auto& a, const auto& b) { return a.first < b.first; };
  for (const std::size_t count : {0, 1, 2, 5, 40, 300}) {
    auto items = scrambled(count), expected = items;
    std::stable_sort(expected.begin(), expected.end(), by_key);
    noticekit::text::stable_sort_items(items, by_key);
    CHECK(items == expected);
  }
}

TEST_CASE("sort_items: std::sort's order under a total order", "[sort]") {
  for (const std::size_t count : {0, 1, 2, 5, 40, 300}) {
    auto items = scrambled(count), expected = items;
    std::sort(expected.begin(), expected.end());
    noticekit::text::sort_items(items, std::less<>());
    CHECK(items == expected);
  }
}
