// Which of a list of terms (a locale's jargon, its frame words) a text holds, found in one
// pass over the text: each byte is looked up among the terms that start with it, rather than
// the whole text being searched once per term. Matching is case-insensitive for ASCII, and a
// term that starts with a Latin letter matches whole words only ("DNS" is not in "DNSSEC").
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace noticekit::validate {

class TermSearch {
 public:
  TermSearch() = default;
  explicit TermSearch(const std::vector<std::string_view>& terms);

  // The places in the list of the terms `text` holds, in list order, each once; empty (and
  // nothing allocated) when it holds none, as most texts do.
  std::vector<std::size_t> find_all(std::string_view text) const;

 private:
  bool matches_at(std::string_view text, std::size_t at, std::size_t term) const;

  std::vector<std::string> lowered_;  // by place in the list
  // The places of the terms whose lowered form starts with byte b, in list order:
  // by_first_byte_[starts_[b]] up to by_first_byte_[starts_[b + 1]].
  std::array<std::size_t, 257> starts_{};
  std::vector<std::size_t> by_first_byte_;
};

}  // namespace noticekit::validate
