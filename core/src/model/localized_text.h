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

  TextsByLanguage() = default;
  // Each points its entries at its own place: out of line, called where a text is copied or
  // moved, not where it is read.
  TextsByLanguage(const TextsByLanguage& other);
  TextsByLanguage(TextsByLanguage&& other) noexcept;
  TextsByLanguage& operator=(const TextsByLanguage& other);
  TextsByLanguage& operator=(TextsByLanguage&& other) noexcept;
  ~TextsByLanguage() = default;

  const Entry* begin() const { return entries_; }
  const Entry* end() const { return entries_ + size_; }
  Entry* begin() { return entries_; }
  Entry* end() { return entries_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Entry& front() const { return *entries_; }

  void emplace_back(std::string_view language, std::string_view text);

 private:
  void point_at_own();

  Entry one_;
  std::vector<Entry> more_;  // every entry, one_'s first, once there are two
  Entry* entries_ = &one_;   // &one_ or more_.data()
  std::size_t size_ = 0;
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
