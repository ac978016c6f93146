#include "model/service_back.h"

namespace noticekit::model {

const SheetTime* service_back(const Notice& n) {
  if (n.restoration.actual_end.value) return &n.restoration.actual_end;
  // After an incident nobody knows when service came back unless the sheet says.
  if (n.kind.member == MessageKind::emergency) return nullptr;
  const SheetTime* last = nullptr;
  for (const auto& w : n.windows) {
    if (!w.end.value) return nullptr;
    if (!last || *last->value < *w.end.value) last = &w.end;
  }
  return last;
}

}  // namespace noticekit::model
