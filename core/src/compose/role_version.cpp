#include "compose/role_version.h"

namespace noticekit::compose {
namespace {

// The role's own lines first: they are what sets its version apart, and short channels (SMS)
// keep only the first thing to do.
std::vector<model::LocalizedText> own_then_shared(const std::vector<model::LocalizedText>& own,
                                                  const std::vector<model::LocalizedText>& shared) {
  std::vector<model::LocalizedText> out = own;
  out.insert(out.end(), shared.begin(), shared.end());
  return out;
}

}  // namespace

model::Notice role_version(const model::Notice& notice, const model::Role& role) {
  model::Notice out = notice;
  out.audience.roles = {role};
  out.actions_before = own_then_shared(role.actions_before, notice.actions_before);
  out.actions_after = own_then_shared(role.actions_after, notice.actions_after);
  return out;
}

}  // namespace noticekit::compose
