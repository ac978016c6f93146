// The closed sets of the core (message kinds, contact kinds, audience kinds, channels, plan
// steps) are enums numbered 0…N-1 in the order of their one name table: names are read into
// members where input comes in and written back where output goes out, and nowhere between.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace noticekit::model {

template <typename Member, std::size_t N>
constexpr std::string_view name_in(const std::array<std::string_view, N>& names, Member m) {
  return names[static_cast<std::size_t>(m)];
}

template <typename Member, std::size_t N>
constexpr std::optional<Member> member_named(const std::array<std::string_view, N>& names,
                                             std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<Member>(i);
  return std::nullopt;
}

// Whether row i of a traits table is about member i, as traits(member) assumes.
template <typename Row, std::size_t N, typename Member>
constexpr bool rows_in_member_order(const std::array<Row, N>& rows, Member Row::*member) {
  for (std::size_t i = 0; i < N; ++i)
    if (rows[i].*member != static_cast<Member>(i)) return false;
  return true;
}

// A member of a closed set as the sheet names it: the member when the text names one, and the
// text as written, which the findings about a missing or unknown name quote.
template <typename Member>
struct SheetName {
  std::string text;              // empty: the sheet does not say
  std::optional<Member> member;  // nullopt: the text names no member
};

// The sheet's `text` read with the set's lookup, e.g. sheet_name(text, &message_kind_named).
template <typename Member>
SheetName<Member> sheet_name(std::string text, std::optional<Member> (*named)(std::string_view)) {
  const std::optional<Member> member = named(text);
  return {std::move(text), member};
}

}  // namespace noticekit::model
