// Whom a notice is for (the sheet's audience.kind): it chooses the word for the notice, the
// greeting, and which channels the plan expects those readers to use.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "model/names.h"

namespace noticekit::model {

// In the order of the plan's per-audience columns (plan/channel_traits.cpp).
enum class AudienceKind { public_, customers, staff, partners };

inline constexpr std::array<std::string_view, 4> audience_kind_names = {"public", "customers",
                                                                        "staff", "partners"};

constexpr std::string_view name(AudienceKind kind) { return name_in(audience_kind_names, kind); }

constexpr std::optional<AudienceKind> audience_kind_named(std::string_view name) {
  return member_named<AudienceKind>(audience_kind_names, name);
}

}  // namespace noticekit::model
