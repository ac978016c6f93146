// Which of a list of terms (a locale's jargon, its frame words) a text holds, found in one
// pass over the text: each byte is looked up among the terms that start with it, rather than
// the whole text being searched once per term. Matching is case-insensitive for ASCII, and a
// term that starts with a Latin letter matches whole words only ("DNS" is not in "DNSSEC").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
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
  // The places of the terms, grouped by the first byte of their lowered form, in list order.
  std::vector<std::size_t> by_first_byte_;
  // For each byte as typed (a letter in either case), the group of the terms that start with
  // it: by_first_byte_[from] up to by_first_byte_[to]. Most of a text's bytes start none, and
  // are passed over with this one look-up.
  struct Group {
    std::uint32_t from = 0, to = 0;
  };
  std::array<Group, 256> starting_with_{};
};

}  // namespace noticekit::validate
