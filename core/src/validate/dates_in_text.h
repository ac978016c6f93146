// Dates people type into free text: "请于12月5日20:00前完成申报", "by 5 December, 8:00 PM",
// "bis 5. Dez.", "2026-12-05". The rules that check a deadline against the windows read them;
// nothing is rewritten.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace noticekit::validate {

struct DateInText {
  std::optional<int> year;  // when written
  int month = 0;            // 1–12
  int day = 0;              // 1–31
  // The clock time written right after the date ("12月5日20:00", "5 Dec at 8 PM"), if any.
  std::optional<int> hour, minute;
};

// Every date found, in order. Recognised: ISO dates; CJK "[YYYY年]M月D日" ("号", "號") and
// Korean "M월 D일"; a month named in any of the languages the core writes, before or after
// the day ("Dec 5", "5 December", "5. Dezember", "5 de diciembre"). Numeric forms such as
// "12/5" are left out: their order differs by country.
std::vector<DateInText> dates_in_text(std::string_view text);

}  // namespace noticekit::validate
