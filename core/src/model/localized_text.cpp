#include "model/localized_text.h"

namespace noticekit::model {

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
