// What the text rules read of the languages the core writes, each made once on first use
// rather than per sheet or per text: a language's jargon and frame words as one search each,
// built when a text of that language is first read with the language's data there; and, for
// telling which language a text was typed in, each function word with the languages that list
// it, from the language index (every language, whether its data was read or not).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "locale/locale.h"
#include "validate/term_search.h"

namespace noticekit::validate {

struct LanguageTerms {
  const locale::Locale* locale = nullptr;
  TermSearch jargon;
  // The jargon entries (term, suggestion) by their place in `jargon`: the locale's key order.
  std::vector<const std::pair<const std::string, std::string>*> jargon_entries;
  TermSearch frame_words;
};

// The place of `tag` in locale::language_index(); nullopt when no locale has the tag.
std::optional<std::size_t> language_place(std::string_view tag);

// The terms of the language at `place` in the language index, read by `loc`, built on their
// first use. The caller looks up both for each sheet: no locale may have the tag, or its data
// may not be there yet (the page is given a language's data when a sheet needs it).
const LanguageTerms& language_terms(std::size_t place, const locale::Locale& loc);

// Languages by their place in locale::language_index().
class LanguageTells {
 public:
  static const LanguageTells& get();

  // The places of the languages that list `word` (lower case) as a function word; nullptr
  // for a word no language lists.
  const std::vector<std::size_t>* languages_of(std::string_view word) const;
  // True when a text in a field of the language at `own` may be found typed in the one at
  // `other`: neither reads as the other (en text is no stranger in an en-US field).
  bool may_be_typed_in(std::size_t own, std::size_t other) const {
    return may_be_typed_in_[own * size_ + other] != 0;
  }

 private:
  LanguageTells();

  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const {
      return std::hash<std::string_view>{}(word);
    }
  };
  std::unordered_map<std::string, std::vector<std::size_t>, WordHash, std::equal_to<>> words_;
  std::size_t size_ = 0;
  // The longest function word's bytes: a longer word, as most of a text's are, is in no list.
  std::size_t longest_word_ = 0;
  // size_ × size_, by own then other; chars, not vector<bool>, whose bit packing is code of its
  // own in the WebAssembly module for a table of a hundred entries.
  std::vector<char> may_be_typed_in_;
};

}  // namespace noticekit::validate
