// A JSON pointer into the fact sheet (RFC 6901), kept as its reference tokens and written out
// only when a finding names it: the model keeps one for every text and time of a sheet, and
// writing each as a string cost an allocation or two per field of every record, for findings
// that are rarely made.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace noticekit::model {

class SheetPointer {
 public:
  SheetPointer() = default;  // the whole sheet: ""

  // One step down: a member named by one of the schema's field names (sheet_fields' keys, or
  // another string that outlives the pointer: it is viewed, not copied), or an element.
  SheetPointer operator/(std::string_view field) const {
    return with({field.data(), field.size()});
  }
  SheetPointer operator/(std::size_t index) const { return with({nullptr, index}); }

  // As findings write it: "/windows/0/start", "" for the whole sheet.
  std::string str() const;

 private:
  struct Token {
    const char* field;  // nullptr: an array element
    std::size_t size;   // the field name's length, or the element's index
  };
  // The deepest point the model keeps: /change/original_windows/0/regions/0.
  static constexpr std::size_t kMaxDepth = 5;

  SheetPointer with(Token token) const;

  std::array<Token, kMaxDepth> tokens_{};
  std::uint8_t depth_ = 0;
};

}  // namespace noticekit::model
