#include "model/sheet_pointer.h"

#include "model/finding.h"

namespace noticekit::model {

SheetPointer SheetPointer::with(Token token) const {
  SheetPointer out = *this;
  // The parser never reads deeper than kMaxDepth; were it to, the pointer would name the
  // deepest place it can hold rather than write past its tokens.
  if (out.depth_ < kMaxDepth) out.tokens_[out.depth_++] = token;
  return out;
}

std::string SheetPointer::str() const {
  std::string out;
  for (std::size_t i = 0; i < depth_; ++i) {
    const Token& t = tokens_[i];
    if (t.field)
      append_pointer_token(out, std::string_view(t.field, t.size));
    else
      append_pointer_token(out, t.size);
  }
  return out;
}

}  // namespace noticekit::model
