#include "channels/editions.h"

namespace noticekit::channels {

std::vector<Edition> editions(const compose::Document& d, const locale::Locale& loc) {
  std::vector<Edition> out = {{d, loc, true}};
  for (const auto& t : d.translations) out.push_back({t, edition_locale(t, loc), false});
  return out;
}

const locale::Locale& edition_locale(const compose::Document& edition,
                                     const locale::Locale& primary) {
  // compose wrote the edition in this locale, so it exists.
  const locale::Locale* own = locale::Locale::find(edition.language);
  return own ? *own : primary;
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
