#include "text/json_tree.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace noticekit::text {
namespace {

// Keys in std::string_view's order, told apart by their first bytes where those differ (as most
// of a sheet's keys do) without a call to compare the rest.
bool key_less(std::string_view a, std::string_view b) {
  if (!a.empty() && !b.empty() && a.front() != b.front())
    return static_cast<unsigned char>(a.front()) < static_cast<unsigned char>(b.front());
  return a < b;
}

// Whether an object's members repeat a key. A key is compared with those before it only when
// one of them shares its bit of a 64-bit mask (by length and last byte): a sheet's objects have
// a few members each, most of which share neither. A long object is sorted instead, so that a
// hostile text of thousands of members costs n log n, not n².
bool repeats_a_key(const JsonTree::Value& object) {
  const auto members = JsonTree::children(object);
  if (members.size() <= 64) {
    std::uint64_t seen = 0;
    for (auto a = members.begin(); a != members.end(); ++a) {
      const std::string_view key = a->key;
      const std::size_t last = key.empty() ? 0 : static_cast<unsigned char>(key.back());
      const std::uint64_t bit = std::uint64_t{1} << ((key.size() * 7 + last) & 63);
      if (seen & bit)
        for (auto b = members.begin(); b != a; ++b)
          if (b->key == key) return true;
      seen |= bit;
    }
    return false;
  }
  const auto sorted = JsonTree::in_finding_order(object);
  return std::adjacent_find(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
           return a->key == b->key;
         }) != sorted.end();
}

}  // namespace

std::vector<const JsonTree::Value*> JsonTree::in_finding_order(const Value& v) {
  std::vector<const Value*> out;
  out.reserve(v.count);
  for (const auto& child : children(v)) out.push_back(&child);
  if (v.is_object())
    std::sort(out.begin(), out.end(),
              [](const Value* a, const Value* b) { return key_less(a->key, b->key); });
  return out;
}

JsonTreeBuilder::JsonTreeBuilder(std::size_t expected_values) {
  tree_.nodes_.reserve(expected_values);
  open_.reserve(8);  // a sheet nests five deep
}

void JsonTreeBuilder::key(std::string_view k, bool unusual) {
  key_ = k;
  key_unusual_ = unusual;
}

std::string_view JsonTreeBuilder::keep(std::string s) {
  return tree_.owned_.emplace_front(std::move(s));
}

// Called for every value of every sheet.
inline void JsonTreeBuilder::add(JsonTree::Value v) {
  v.key = std::exchange(key_, {});
  v.unusual_key = std::exchange(key_unusual_, false);
  tree_.any_unusual_ |= v.unusual_key || v.unusual_text;
  if (!open_.empty()) ++tree_.nodes_[open_.back()].count;
  tree_.nodes_.push_back(v);
}

void JsonTreeBuilder::string(std::string_view s, bool unusual) {
  add({.type = JsonTree::Type::string, .unusual_text = unusual, .string = s});
}
void JsonTreeBuilder::null() { add({}); }
void JsonTreeBuilder::boolean(bool b) { add({.type = JsonTree::Type::boolean, .boolean = b}); }
void JsonTreeBuilder::integer(std::int64_t n) {
  add({.type = JsonTree::Type::integer, .integer = n});
}
void JsonTreeBuilder::unsigned_integer(std::uint64_t n) {
  add({.type = JsonTree::Type::unsigned_integer, .unsigned_integer = n});
}
void JsonTreeBuilder::floating(double d) { add({.type = JsonTree::Type::floating, .floating = d}); }

void JsonTreeBuilder::start(JsonTree::Type container) {
  add({.type = container});
  open_.push_back(static_cast<std::uint32_t>(tree_.nodes_.size() - 1));
}

// What the container holds is already in place behind it, in the order written: it only learns
// how far that reaches.
bool JsonTreeBuilder::end() {
  const std::size_t at = open_.back();
  open_.pop_back();
  JsonTree::Value& container = tree_.nodes_[at];
  container.descendants = static_cast<std::uint32_t>(tree_.nodes_.size() - at - 1);
  return !container.is_object() || !repeats_a_key(container);
}

JsonTree JsonTreeBuilder::finish() { return std::move(tree_); }

}  // namespace noticekit::text
