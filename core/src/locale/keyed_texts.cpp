#include "locale/keyed_texts.h"

#include <algorithm>

namespace noticekit::locale {

// FNV-1a (64 bits): keys are short ASCII names, hashed inline faster than through a call.
std::uint64_t KeyedTexts::hash(std::string_view key) {
  std::uint64_t h = 0xcbf29ce484222325u;
  for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3u;
  return h;
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
  return {&add(key_hash, std::move(key), std::move(text)), true};
}

std::string& KeyedTexts::operator[](std::string_view key) {
  const std::uint64_t key_hash = hash(key);
  if (!slots_.empty())
    if (const std::uint32_t entry = slots_[slot_of(key, key_hash)]; entry != 0)
      return entries_[entry - 1].second;
  return add(key_hash, std::string(key), std::string()).second;
}

// The index is kept at most half full, so a probe ends soon at the key or an empty slot.
KeyedTexts::Entry& KeyedTexts::add(std::uint64_t key_hash, std::string key, std::string text) {
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
