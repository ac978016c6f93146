// Texts a writer has already worded, by what each depends on: a notice says the same dates,
// times and windows in its title options, its lead, its SMS and each shorter SMS, and wording
// them again each time was most of the composer's work.
#pragma once

#include <string>
#include <utility>
#include <vector>

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

}  // namespace noticekit::compose
