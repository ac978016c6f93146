// The messages of a downtime's lifecycle (DESIGN.md): one sheet, edited through the outage,
// writes each of them. One name table (the names of the sheet, the request and the result) and
// one traits table (what each message means for validation, the plan and the channels).
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "model/names.h"

namespace noticekit::model {

enum class MessageKind {
  announcement,
  reminder,
  started,
  extension,
  reschedule,
  cancellation,
  emergency,
  restoration,
};

inline constexpr std::array<std::string_view, 8> message_kind_names = {
    "announcement", "reminder",     "started",   "extension",
    "reschedule",   "cancellation", "emergency", "restoration"};

constexpr std::string_view name(MessageKind kind) { return name_in(message_kind_names, kind); }

// A sheet says "planned"; the message it first calls for is the announcement.
inline constexpr std::string_view planned_sheet_kind = "planned";

// The message a sheet's kind or a request names; nullopt for a name of no message.
constexpr std::optional<MessageKind> message_kind_named(std::string_view name) {
  if (name == planned_sheet_kind) return MessageKind::announcement;
  return member_named<MessageKind>(message_kind_names, name);
}

struct MessageKindTraits {
  MessageKind kind;
  // The window is still to come, so readers are told what to prepare and calendars may
  // remind them.
  bool looks_ahead;
  // Nothing is (or will be) down any more.
  bool is_over;
  // About a change to the announced window: it says why it changed.
  bool is_change;
  // Gives the window new times: the original times are said beside the new ones.
  bool moves_window;
  // Says the outage has begun, so it is not sent before the start.
  bool says_begun;
  // The plan: the outage is on, so push channels (SMS, phone, IM) first, scored by how fast
  // they reach people (DESIGN.md: emergencies skip ahead; a started or extended outage is news
  // while people wait).
  bool urgent;
  // The plan: sent ahead of the window, so readers may still have to act and a short lead
  // matters. A reschedule or cancellation must reach everyone who had the announcement.
  bool before_window;
  // The plan's locale keys for the first reason: the channel fits this message well, or weakly.
  std::string_view fit_reason, weak_reason;
};

// clang-format off
inline constexpr std::array<MessageKindTraits, 8> message_kind_traits = {{
    // kind                      ahead  over   change moves  begun  urgent before fit reason                  weak reason
    {MessageKind::announcement,  true,  false, false, false, false, false, true,  "plan.reason.planned_fit",   "plan.reason.planned_weak"},
    {MessageKind::reminder,      true,  false, false, false, false, false, true,  "plan.reason.planned_fit",   "plan.reason.planned_weak"},
    {MessageKind::started,       false, false, false, false, true,  true,  false, "plan.reason.ongoing_fast",  "plan.reason.ongoing_later"},
    {MessageKind::extension,     false, false, true,  true,  true,  true,  false, "plan.reason.ongoing_fast",  "plan.reason.ongoing_later"},
    {MessageKind::reschedule,    true,  false, true,  true,  false, false, true,  "plan.reason.change_fit",    "plan.reason.change_weak"},
    {MessageKind::cancellation,  false, true,  true,  false, false, false, true,  "plan.reason.change_fit",    "plan.reason.change_weak"},
    {MessageKind::emergency,     false, false, false, false, true,  true,  false, "plan.reason.emergency_fast", "plan.reason.emergency_later"},
    {MessageKind::restoration,   false, true,  false, false, false, false, false, "plan.reason.restored_fit",  "plan.reason.restored_weak"},
}};
// clang-format on

static_assert(rows_in_member_order(message_kind_traits, &MessageKindTraits::kind));

constexpr const MessageKindTraits& traits(MessageKind kind) {
  return message_kind_traits[static_cast<std::size_t>(kind)];
}

// Whether a message, if one is named, has a trait: has(kind, &MessageKindTraits::is_over).
constexpr bool has(std::optional<MessageKind> kind, bool MessageKindTraits::*trait) {
  return kind && traits(*kind).*trait;
}

// For compose/, which holds the message by its name until its KindProfile takes the enum.
constexpr bool is_change(std::string_view message_kind) {
  const auto kind = message_kind_named(message_kind);
  return kind && traits(*kind).is_change;
}

}  // namespace noticekit::model
