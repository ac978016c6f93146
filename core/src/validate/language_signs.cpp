#include "validate/language_signs.h"

#include <algorithm>
#include <mutex>

#include "locale/language_index.h"

namespace noticekit::validate {
namespace {

LanguageTerms terms_of(const locale::Locale& loc) {
  LanguageTerms out;
  out.locale = &loc;
  std::vector<std::string_view> jargon;
  for (const auto& entry : loc.jargon()) {
    jargon.push_back(entry.first);
    out.jargon_entries.push_back(&entry);
  }
  out.jargon = TermSearch(jargon);
  out.frame_words = TermSearch({loc.frame_words().begin(), loc.frame_words().end()});
  return out;
}

// True when text written in `tag` reads as `language`: the language itself or one it derives
// from (as Locale::reads_as_own).
bool reads_as(std::string_view language, std::string_view tag) {
  const auto line = locale::lineage(language);
  return std::find(line.begin(), line.end(), tag) != line.end();
}

}  // namespace

std::optional<std::size_t> language_place(std::string_view tag) {
  const auto* facts = locale::language_facts(tag);
  if (!facts) return std::nullopt;
  return static_cast<std::size_t>(facts - locale::language_index().data());
}

const LanguageTerms& language_terms(std::size_t place, const locale::Locale& loc) {
  // One slot per language, filled once: batch runs validate on several threads.
  struct Slot {
    std::once_flag made;
    LanguageTerms terms;
  };
  static std::vector<Slot> slots(locale::language_index().size());
  auto& slot = slots[place];
  std::call_once(slot.made, [&] { slot.terms = terms_of(loc); });
  return slot.terms;
}

LanguageTells::LanguageTells() : size_(locale::language_index().size()) {
  const auto& index = locale::language_index();
  for (std::size_t i = 0; i < size_; ++i)
    for (const auto& word : index[i].function_words) {
      longest_word_ = std::max(longest_word_, word.size());
      auto& languages = words_[word];
      if (languages.empty() || languages.back() != i) languages.push_back(i);  // listed twice
    }
  may_be_typed_in_.resize(size_ * size_);
  for (std::size_t own = 0; own < size_; ++own)
    for (std::size_t other = 0; other < size_; ++other)
      may_be_typed_in_[own * size_ + other] = !reads_as(index[other].tag, index[own].tag) &&
                                              !reads_as(index[own].tag, index[other].tag);
}

const LanguageTells& LanguageTells::get() {
  static const LanguageTells tells;
  return tells;
}

const std::vector<std::size_t>* LanguageTells::languages_of(std::string_view word) const {
  if (word.size() > longest_word_) return nullptr;
  const auto it = words_.find(word);
  return it == words_.end() ? nullptr : &it->second;
}

}  // namespace noticekit::validate
