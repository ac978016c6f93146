#include "model/localized_text.h"

namespace noticekit::model {

TextsByLanguage::TextsByLanguage(const TextsByLanguage& other) { *this = other; }

TextsByLanguage::TextsByLanguage(TextsByLanguage&& other) noexcept { *this = std::move(other); }

TextsByLanguage& TextsByLanguage::operator=(const TextsByLanguage& other) {
  if (this != &other) {
    one_ = other.one_;
    more_ = other.more_;
    size_ = other.size_;
    point_at_own();
  }
  return *this;
}

TextsByLanguage& TextsByLanguage::operator=(TextsByLanguage&& other) noexcept {
  if (this != &other) {
    one_ = other.one_;
    more_ = std::move(other.more_);
    size_ = other.size_;
    point_at_own();
    other.more_.clear();
    other.size_ = 0;
    other.point_at_own();
  }
  return *this;
}

void TextsByLanguage::point_at_own() { entries_ = more_.empty() ? &one_ : more_.data(); }

void TextsByLanguage::emplace_back(std::string_view language, std::string_view text) {
  if (size_ == 0) {
    one_ = {language, text};
  } else {
    if (more_.empty()) more_.push_back(one_);
    more_.emplace_back(language, text);
  }
  ++size_;
  point_at_own();
}

std::optional<std::string_view> LocalizedText::in(std::string_view language) const {
  for (const auto& [lang, text] : by_language) {
    if (lang == language) return text;
  }
  return std::nullopt;
}

std::string_view LocalizedText::best_language(const std::vector<std::string>& preference) const {
  // A text typed in one language, as most are, is read in that one whatever the preference.
  if (by_language.size() == 1) return by_language.front().first;
  for (const auto& language : preference)
    if (in(language)) return language;
  return by_language.empty() ? std::string_view() : by_language.front().first;
}

std::string_view LocalizedText::best(const std::vector<std::string>& preference) const {
  if (auto t = in(best_language(preference))) return *t;
  return {};
}

}  // namespace noticekit::model
