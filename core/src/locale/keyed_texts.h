// Texts by key, for what a locale looks up many times a notice: its phrases and its finding
// messages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "locale/pattern.h"

namespace noticekit::locale {

// The entries in one array, found through an open-addressed index of them (a power of two of
// slots, probed in turn): a lookup hashes its key once and reads one slot and one entry, where a
// node-based hash map divides by a prime and follows a bucket, a node and the key's own
// allocation. A notice looks up a hundred phrases.
class KeyedTexts {
 public:
  using Entry = std::pair<std::string, Pattern>;

  // The entry with this key; end() when there is none.
  const Entry* find(std::string_view key) const;
  // Adds the entry unless its key is there already; `second` says whether it was added.
  std::pair<const Entry*, bool> emplace(std::string key, std::string text);
  // The text of this key, added empty when the key is new.
  Pattern& operator[](std::string_view key);

  // In the order they were added.
  const Entry* begin() const { return entries_.data(); }
  const Entry* end() const { return entries_.data() + entries_.size(); }

 private:
  static std::uint64_t hash(std::string_view key);
  // The slot that holds `key`'s entry, or the empty slot where it would go.
  std::size_t slot_of(std::string_view key, std::uint64_t key_hash) const;
  Entry& add(std::uint64_t key_hash, std::string key, Pattern text);
  void index_all();

  std::vector<Entry> entries_;
  std::vector<std::uint64_t> hashes_;  // of each entry's key
  std::vector<std::uint32_t> slots_;   // an entry's index + 1; 0 for an empty slot
};

}  // namespace noticekit::locale
