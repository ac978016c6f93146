// Texts a writer has already worded, by what each depends on: a notice says the same dates,
// times and windows in its title options, its lead, its SMS and each shorter SMS, and wording
// them again each time was most of the composer's work.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "locale/locale.h"

namespace noticekit::compose {

template <typename Key, typename Text = std::string>
class Remembered {
 public:
  // The text worded for `key` before, else `word()`'s, kept for next time. A writer words a
  // few dozen texts, so a list searched in order beats hashing the keys.
  template <typename Word>
  Text get(const Key& key, Word word) {
    for (const auto& [k, text] : texts_)
      if (k == key) return text;
    Text text = word();
    texts_.emplace_back(key, text);
    return text;
  }

 private:
  std::vector<std::pair<Key, Text>> texts_;
};

// True when `loc` is the language Locale::find gives, which lasts the whole run: another (a
// test's own copy) may be gone by the next notice, and its address another's. The last one
// found lasting is remembered on this thread (it stays so): a notice asks a dozen times.
inline bool lasts_the_run(const locale::Locale& loc) {
  thread_local const locale::Locale* lasting = nullptr;
  if (&loc == lasting) return true;
  if (locale::Locale::find(loc.tag()) != &loc) return false;
  lasting = &loc;
  return true;
}

// What a lasting language (see lasts_the_run) words alike in every notice (a clock time, a date, a
// zone's label, a heading, the shape of a typed text), by a tuple of what it depends on (its
// language's address first), kept for the rest of the run on this thread (the batch words on
// several): a batch writes the same few times, dates and headings in notice after notice. Each is
// kept in the one slot its key hashes to, in place of the one before: a run over years of dates
// keeps the recent ones, never more than the 2^SlotBits slots, and one more date costs no other.
template <unsigned SlotBits = 10, typename Key, typename Word>
auto worded_in_run(const Key& key, Word word) {
  using Text = decltype(word());
  thread_local std::vector<std::optional<std::pair<Key, Text>>> kept(std::size_t{1} << SlotBits);
  const std::uint64_t h = std::apply(
      [](const auto&... field) {
        std::uint64_t sum = 0;
        ((sum = (sum ^ std::hash<std::decay_t<decltype(field)>>{}(field)) * 0x9E3779B97F4A7C15u),
         ...);
        return sum;
      },
      key);
  auto& slot = kept[h >> (64 - SlotBits)];
  if (!slot || slot->first != key) slot.emplace(key, word());
  return slot->second;
}

}  // namespace noticekit::compose
