#include "validate/term_search.h"

#include <algorithm>

#include "text/ascii.h"

namespace noticekit::validate {

using text::ascii_lower;
using text::is_ascii_letter;

TermSearch::TermSearch(const std::vector<std::string_view>& terms) {
  for (const auto term : terms) lowered_.push_back(text::ascii_lowered(term));
  // Counting sort by first byte keeps each byte's terms in list order. An empty term is in
  // no text, so it is left out of the index.
  std::array<std::uint32_t, 256> count{};
  for (const auto& term : lowered_)
    if (!term.empty()) ++count[static_cast<unsigned char>(term.front())];
  std::array<std::uint32_t, 257> starts{};
  for (std::size_t b = 0; b < 256; ++b) starts[b + 1] = starts[b] + count[b];
  by_first_byte_.resize(starts[256]);
  std::array<std::uint32_t, 256> next{};
  std::copy_n(starts.begin(), 256, next.begin());
  for (std::size_t i = 0; i < lowered_.size(); ++i)
    if (!lowered_[i].empty())
      by_first_byte_[next[static_cast<unsigned char>(lowered_[i][0])]++] = i;
  for (std::size_t b = 0; b < 256; ++b) {
    const auto lowered = static_cast<unsigned char>(ascii_lower(static_cast<char>(b)));
    starting_with_[b] = {starts[lowered], starts[lowered + 1]};
  }
}

bool TermSearch::matches_at(std::string_view text, std::size_t at, std::size_t term) const {
  const std::string& t = lowered_[term];
  if (t.size() > text.size() - at) return false;
  for (std::size_t k = 1; k < t.size(); ++k)
    if (ascii_lower(text[at + k]) != t[k]) return false;
  if (!is_ascii_letter(t.front())) return true;
  const std::size_t end = at + t.size();
  return (at == 0 || !is_ascii_letter(text[at - 1])) &&
         (end == text.size() || !is_ascii_letter(text[end]));
}

std::vector<std::size_t> TermSearch::find_all(std::string_view text) const {
  std::vector<std::size_t> found;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const Group group = starting_with_[static_cast<unsigned char>(text[at])];
    for (std::size_t k = group.from; k < group.to; ++k)
      if (matches_at(text, at, by_first_byte_[k])) found.push_back(by_first_byte_[k]);
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

}  // namespace noticekit::validate
