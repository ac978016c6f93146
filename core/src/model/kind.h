// The messages of a downtime's lifecycle (DESIGN.md): one sheet, edited through the outage,
// writes each of them.
#pragma once

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

namespace noticekit::model {

inline constexpr std::string_view lifecycle_kinds[] = {"announcement", "reminder",   "started",
                                                       "extension",    "reschedule", "cancellation",
                                                       "emergency",    "restoration"};

// A sheet says "planned"; the message it first calls for is the announcement.
inline std::string message_kind(std::string_view kind) {
  return kind == "planned" ? "announcement" : std::string(kind);
}

inline bool is_lifecycle_kind(std::string_view kind) {
  const std::string message = message_kind(kind);
  return std::find(std::begin(lifecycle_kinds), std::end(lifecycle_kinds), message) !=
         std::end(lifecycle_kinds);
}

// The messages about a change to the announced window: each says why it changed.
inline bool is_change(std::string_view message_kind) {
  return message_kind == "extension" || message_kind == "reschedule" ||
         message_kind == "cancellation";
}

}  // namespace noticekit::model
