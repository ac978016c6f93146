#include "text/json_tree.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace noticekit::text {
namespace {

// Keys in std::string_view's order, told apart by their first bytes where those differ (as most
// of a sheet's keys do) without a call to compare the rest: each object of a sheet is sorted.
bool key_less(std::string_view a, std::string_view b) {
  if (!a.empty() && !b.empty() && a.front() != b.front())
    return static_cast<unsigned char>(a.front()) < static_cast<unsigned char>(b.front());
  return a < b;
}

}  // namespace

JsonTreeBuilder::JsonTreeBuilder(std::size_t expected_values) {
  tree_.nodes_.reserve(expected_values);
  pending_.reserve(64);
  open_.reserve(8);  // a sheet nests five deep
}

void JsonTreeBuilder::key(std::string_view k, bool unusual) {
  key_ = k;
  key_unusual_ = unusual;
}

std::string_view JsonTreeBuilder::keep(std::string s) {
  return tree_.owned_.emplace_front(std::move(s));
}

void JsonTreeBuilder::start(JsonTree::Type container) {
  add({.type = container});
  open_.push_back(pending_.size() - 1);
}

// The container's children move from pending_ to the tree in one block, behind those of the
// containers inside it; an object's sorted by key, where a repeated one shows as a neighbour.
bool JsonTreeBuilder::end() {
  const std::size_t at = open_.back();
  open_.pop_back();
  JsonTree::Value& container = pending_[at];
  const auto from = pending_.begin() + static_cast<std::ptrdiff_t>(at + 1);
  if (container.is_object()) {
    std::sort(from, pending_.end(), [](const JsonTree::Value& a, const JsonTree::Value& b) {
      return key_less(a.key, b.key);
    });
    if (std::adjacent_find(from, pending_.end(), [](const auto& a, const auto& b) {
          return a.key == b.key;
        }) != pending_.end())
      return false;
  }
  auto& nodes = tree_.nodes_;
  container.first = static_cast<std::uint32_t>(nodes.size());
  container.count = static_cast<std::uint32_t>(pending_.end() - from);
  nodes.insert(nodes.end(), from, pending_.end());
  pending_.erase(from, pending_.end());
  return true;
}

JsonTree JsonTreeBuilder::finish() {
  tree_.nodes_.push_back(pending_.front());
  return std::move(tree_);
}

}  // namespace noticekit::text
