// Free text that may exist in several languages. In a sheet it is either a plain string
// (which belongs to the sheet's first language) or a map {"zh-CN": "…", "en": "…"}.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/sheet_pointer.h"

namespace noticekit::model {

// A text's languages, each with its text, by language tag. Both are views: into the sheet's
// JSON text, which outlives the notice read from it, or into the strings the reading made
// (model::ParsedSheet::texts). Most texts are typed in one language: that one is kept in
// place, so a text costs no allocation to read, copy or free.
class TextsByLanguage {
 public:
  using Entry = std::pair<std::string_view, std::string_view>;

  const Entry* begin() const { return more_.empty() ? &one_ : more_.data(); }
  const Entry* end() const { return begin() + size(); }
  Entry* begin() { return more_.empty() ? &one_ : more_.data(); }
  Entry* end() { return begin() + size(); }
  std::size_t size() const { return more_.empty() ? has_one_ : more_.size(); }
  bool empty() const { return size() == 0; }
  const Entry& front() const { return *begin(); }

  void emplace_back(std::string_view language, std::string_view text) {
    if (!has_one_) {
      one_ = {language, text};
      has_one_ = true;
      return;
    }
    if (more_.empty()) more_.push_back(one_);
    more_.emplace_back(language, text);
  }

 private:
  Entry one_;
  bool has_one_ = false;
  std::vector<Entry> more_;  // every entry, one_'s first, once there are two
};

struct LocalizedText {
  TextsByLanguage by_language;  // by language tag, as the sheet's maps are read
  SheetPointer path;            // of the field, for findings

  bool empty() const { return by_language.empty(); }
  // The text in exactly this language, if the sheet has it.
  std::optional<std::string_view> in(std::string_view language) const;
  // The text in the first language of `preference` the sheet has (a locale's
  // text_preference: itself, its parents, its stand-ins, en), else the first one the sheet
  // has. Empty only when the field is empty.
  std::string_view best(const std::vector<std::string>& preference) const;
  // The language best(preference) takes its text from; empty when the field is empty.
  std::string_view best_language(const std::vector<std::string>& preference) const;
};

}  // namespace noticekit::model
