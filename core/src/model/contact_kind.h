// How a contact is reached (the sheet's contacts[].kind): what its value must look like, how
// a phone script says it, and whether it may be down with the service.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "model/names.h"

namespace noticekit::model {

enum class ContactKind { phone, email, web, wechat, other };

inline constexpr std::array<std::string_view, 5> contact_kind_names = {"phone", "email", "web",
                                                                       "wechat", "other"};

constexpr std::string_view name(ContactKind kind) { return name_in(contact_kind_names, kind); }

constexpr std::optional<ContactKind> contact_kind_named(std::string_view name) {
  return member_named<ContactKind>(contact_kind_names, name);
}

struct ContactKindTraits {
  ContactKind kind;
  // A web page may be on the very system that is down; a phone, mailbox or chat is not.
  bool reachable_during_outage;
};

inline constexpr std::array<ContactKindTraits, 5> contact_kind_traits = {{
    {ContactKind::phone, true},
    {ContactKind::email, true},
    {ContactKind::web, false},
    {ContactKind::wechat, true},
    {ContactKind::other, true},
}};
static_assert(rows_in_member_order(contact_kind_traits, &ContactKindTraits::kind));

constexpr const ContactKindTraits& traits(ContactKind kind) {
  return contact_kind_traits[static_cast<std::size_t>(kind)];
}

// A contact of a kind the sheet misnames counts as reachable: its own finding says what is
// wrong with it.
constexpr bool reachable_during_outage(std::optional<ContactKind> kind) {
  return !kind || traits(*kind).reachable_during_outage;
}

}  // namespace noticekit::model
