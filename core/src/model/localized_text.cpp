#include "model/localized_text.h"

namespace noticekit::model {

std::optional<std::string_view> LocalizedText::in(std::string_view language) const {
  for (const auto& [lang, text] : by_language) {
    if (lang == language) return std::string_view(text);
  }
  return std::nullopt;
}

std::string_view LocalizedText::best(std::string_view language, std::string_view fallback) const {
  if (auto t = in(language)) return *t;
  if (auto t = in(fallback)) return *t;
  return by_language.empty() ? std::string_view() : std::string_view(by_language.front().second);
}

}  // namespace noticekit::model
