#include "locale/keyed_texts.h"

#include <algorithm>
#include <cstring>

namespace noticekit::locale {

// Eight bytes at a time, each word mixed in with a multiply and a shift (the finalizer of
// SplitMix64), the last eight bytes as one more word: a notice looks up a hundred keys of twenty
// bytes or so, and a byte at a time (FNV) cost more than finding the slot. The hash lives only in
// this process, so the byte order of a word does not matter.
std::uint64_t KeyedTexts::hash(std::string_view key) {
  const auto mix = [](std::uint64_t h, std::uint64_t word) {
    h = (h ^ word) * 0xbf58476d1ce4e5b9u;
    return h ^ (h >> 31);
  };
  std::uint64_t h = 0x9e3779b97f4a7c15u ^ key.size();
  std::size_t i = 0;
  for (; i + 8 <= key.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, key.data() + i, sizeof word);
    h = mix(h, word);
  }
  // The last eight bytes, overlapping the words before, or the few bytes of a short key.
  std::uint64_t tail = 0;
  if (key.size() >= 8)
    std::memcpy(&tail, key.data() + key.size() - 8, sizeof tail);
  else
    for (std::size_t shift = 0; i < key.size(); ++i, shift += 8)
      tail |= std::uint64_t{static_cast<unsigned char>(key[i])} << shift;
  h = mix(h, tail) * 0x94d049bb133111ebu;
  return h ^ (h >> 32);
}

std::size_t KeyedTexts::slot_of(std::string_view key, std::uint64_t key_hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = key_hash & mask;; slot = (slot + 1) & mask) {
    const std::uint32_t entry = slots_[slot];
    if (entry == 0 || (hashes_[entry - 1] == key_hash && entries_[entry - 1].first == key))
      return slot;
  }
}

const KeyedTexts::Entry* KeyedTexts::find(std::string_view key) const {
  if (slots_.empty()) return end();
  const std::uint32_t entry = slots_[slot_of(key, hash(key))];
  return entry == 0 ? end() : &entries_[entry - 1];
}

std::pair<const KeyedTexts::Entry*, bool> KeyedTexts::emplace(std::string key, std::string text) {
  const std::uint64_t key_hash = hash(key);
  if (!slots_.empty())
    if (const std::uint32_t entry = slots_[slot_of(key, key_hash)]; entry != 0)
      return {&entries_[entry - 1], false};
  return {&add(key_hash, std::move(key), Pattern(std::move(text))), true};
}

Pattern& KeyedTexts::operator[](std::string_view key) {
  const std::uint64_t key_hash = hash(key);
  if (!slots_.empty())
    if (const std::uint32_t entry = slots_[slot_of(key, key_hash)]; entry != 0)
      return entries_[entry - 1].second;
  return add(key_hash, std::string(key), Pattern()).second;
}

// The index is kept at most half full, so a probe ends soon at the key or an empty slot.
KeyedTexts::Entry& KeyedTexts::add(std::uint64_t key_hash, std::string key, Pattern text) {
  entries_.emplace_back(std::move(key), std::move(text));
  hashes_.push_back(key_hash);
  if (entries_.size() * 2 > slots_.size())
    index_all();
  else
    slots_[slot_of(entries_.back().first, key_hash)] = static_cast<std::uint32_t>(entries_.size());
  return entries_.back();
}

void KeyedTexts::index_all() {
  slots_.assign(std::max<std::size_t>(16, slots_.size() * 2), 0);
  for (std::size_t i = 0; i < entries_.size(); ++i)
    slots_[slot_of(entries_[i].first, hashes_[i])] = static_cast<std::uint32_t>(i + 1);
}

}  // namespace noticekit::locale
