// Free text that may exist in several languages. In a sheet it is either a plain string
// (which belongs to the sheet's first language) or a map {"zh-CN": "…", "en": "…"}.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/sheet_pointer.h"

namespace noticekit::model {

struct LocalizedText {
  std::vector<std::pair<std::string, std::string>> by_language;  // sheet order
  SheetPointer path;                                             // of the field, for findings

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
