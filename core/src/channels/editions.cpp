#include "channels/editions.h"

namespace noticekit::channels {

std::vector<Edition> editions(const compose::Document& d, const locale::Locale& loc) {
  std::vector<Edition> out = {{d, loc, true}};
  for (const auto& t : d.translations) {
    // compose wrote the translation in this locale, so it exists.
    const locale::Locale* own = locale::Locale::find(t.language);
    out.push_back({t, own ? *own : loc, false});
  }
  return out;
}

std::vector<std::string> edition_notes(const compose::Document& d) {
  std::vector<std::string> out;
  for (const auto& t : d.translations) out.push_back(t.edition_note);
  return out;
}

std::string content_languages(const compose::Document& d) {
  std::string out = d.language;
  for (const auto& t : d.translations) out += ", " + t.language;
  return out;
}

}  // namespace noticekit::channels
