#include "validate/language_signs.h"

#include <algorithm>
#include <mutex>

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

}  // namespace

std::optional<std::size_t> language_place(std::string_view tag) {
  const auto& tags = locale::Locale::tags();
  const auto it = std::lower_bound(tags.begin(), tags.end(), tag);
  if (it == tags.end() || *it != tag) return std::nullopt;
  return static_cast<std::size_t>(it - tags.begin());
}

const LanguageTerms* language_terms(std::string_view tag) {
  // One slot per language, filled once: batch runs validate on several threads.
  struct Slot {
    std::once_flag made;
    LanguageTerms terms;
  };
  const auto& tags = locale::Locale::tags();
  static std::vector<Slot> slots(tags.size());
  const auto place = language_place(tag);
  if (!place) return nullptr;
  auto& slot = slots[*place];
  std::call_once(slot.made, [&] {
    if (const auto* loc = locale::Locale::find(tags[*place])) slot.terms = terms_of(*loc);
  });
  return slot.terms.locale ? &slot.terms : nullptr;
}

LanguageTells::LanguageTells() : size_(locale::Locale::tags().size()) {
  const auto& tags = locale::Locale::tags();
  std::vector<const locale::Locale*> locales;
  for (std::size_t i = 0; i < size_; ++i) {
    locales.push_back(locale::Locale::find(tags[i]));
    if (locales[i])
      for (const auto& word : locales[i]->function_words()) {
        auto& languages = words_[word];
        if (languages.empty() || languages.back() != i) languages.push_back(i);  // listed twice
      }
  }
  may_be_typed_in_.resize(size_ * size_);
  for (std::size_t own = 0; own < size_; ++own)
    for (std::size_t other = 0; other < size_; ++other)
      may_be_typed_in_[own * size_ + other] = locales[own] && locales[other] &&
                                              !locales[other]->reads_as_own(tags[own]) &&
                                              !locales[own]->reads_as_own(tags[other]);
}

const LanguageTells& LanguageTells::get() {
  static const LanguageTells tells;
  return tells;
}

const std::vector<std::size_t>* LanguageTells::languages_of(std::string_view word) const {
  const auto it = words_.find(word);
  return it == words_.end() ? nullptr : &it->second;
}

}  // namespace noticekit::validate
