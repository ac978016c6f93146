#include "validate/dates_in_text.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "locale/language_index.h"
#include "text/ascii.h"
#include "text/sort_order.h"

namespace noticekit::validate {
namespace {

using text::ascii_lower;
using text::is_ascii_digit;

// A byte of a word: an ASCII letter or any byte of a multi-byte UTF-8 character, so a month
// name matches only where no letter of any script touches it.
bool is_letter(char c) { return text::is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; }

// Reads 1 to `max` digits at `i`; nullopt when there are none or more follow.
std::optional<int> number_at(std::string_view s, std::size_t& i, std::size_t max) {
  std::size_t k = i;
  int value = 0;
  while (k < s.size() && is_ascii_digit(s[k]) && k - i < max) value = value * 10 + (s[k++] - '0');
  if (k == i || (k < s.size() && is_ascii_digit(s[k]))) return std::nullopt;
  i = k;
  return value;
}

bool literal_at(std::string_view s, std::size_t& i, std::string_view word) {
  if (s.substr(i, word.size()) != word) return false;
  i += word.size();
  return true;
}

void skip_spaces(std::string_view s, std::size_t& i) {
  while (i < s.size() && s[i] == ' ') ++i;
}

// Month names of every language the core writes, lower-cased, each with its month; grouped by
// their first byte, so that a text is compared only with the names that can start where it is
// read, and longest first within each group so that "December" wins over "Dec". From the
// language index, not the languages' data: a date may be typed in any language, and the page
// reads only those a sheet is written in.
using MonthNames = std::vector<std::pair<std::string, int>>;

const std::array<MonthNames, 256>& month_names_by_first_byte() {
  static const std::array<MonthNames, 256> names = [] {
    MonthNames all;
    for (const auto& language : locale::language_index()) {
      // Twelve of each, as the locale tests check every language's data.
      if (language.months.size() != 12 || language.months_short.size() != 12) continue;
      for (int m = 1; m <= 12; ++m)
        for (std::string name : {language.months[m - 1], language.months_short[m - 1]}) {
          if (name.empty() || is_ascii_digit(name.front())) continue;  // "12月": read as CJK
          if (name.back() == '.') name.pop_back();
          if (name.empty()) continue;
          std::transform(name.begin(), name.end(), name.begin(), ascii_lower);
          all.emplace_back(std::move(name), m);
        }
    }
    text::sort_items(all, [](const auto& a, const auto& b) {
      return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a < b;
    });
    all.erase(std::unique(all.begin(), all.end()), all.end());
    std::array<MonthNames, 256> out;
    for (auto& name : all) out[static_cast<unsigned char>(name.first.front())].push_back(name);
    return out;
  }();
  return names;
}

// A month name starting at `i` as a whole word (case-insensitive), with an abbreviation's dot.
std::optional<int> month_name_at(std::string_view s, std::size_t& i) {
  if (i >= s.size() || (i > 0 && is_letter(s[i - 1]))) return std::nullopt;
  for (const auto& [name, month] :
       month_names_by_first_byte()[static_cast<unsigned char>(ascii_lower(s[i]))]) {
    if (i + name.size() > s.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < name.size() && same; ++k) same = ascii_lower(s[i + k]) == name[k];
    const std::size_t end = i + name.size();
    if (!same || (end < s.size() && is_letter(s[end]))) continue;
    i = end;
    if (i < s.size() && s[i] == '.') ++i;
    return month;
  }
  return std::nullopt;
}

// A clock time shortly after a date: "20:00", " at 8:30 PM", ", 20 Uhr" is not read (no
// colon), "20时" is.
void read_time_after(std::string_view s, std::size_t i, DateInText& d) {
  const std::size_t limit = std::min(s.size(), i + 12);
  for (std::size_t k = i; k < limit; ++k) {
    if (!is_ascii_digit(s[k]) || (k > 0 && is_ascii_digit(s[k - 1]))) continue;
    std::size_t j = k;
    const auto hour = number_at(s, j, 2);
    if (!hour || *hour > 24) return;
    int minute = 0;
    if (j < s.size() && s[j] == ':') {
      ++j;
      const auto m = number_at(s, j, 2);
      if (!m || *m > 59) return;
      minute = *m;
    } else if (!literal_at(s, j, "时") && !literal_at(s, j, "時") && !literal_at(s, j, "点") &&
               !literal_at(s, j, "點") && !literal_at(s, j, "시")) {
      return;
    }
    int h = *hour;
    skip_spaces(s, j);
    const bool pm = j < s.size() && (ascii_lower(s[j]) == 'p') && j + 1 < s.size() &&
                    (ascii_lower(s[j + 1]) == 'm' || s[j + 1] == '.');
    if (pm && h < 12) h += 12;
    d.hour = h % 24;
    d.minute = minute;
    return;
  }
}

bool plausible(const DateInText& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31;
}

// At a digit: an ISO date, a CJK or Korean date, or a day before a month name.
std::optional<DateInText> date_from_digit(std::string_view s, std::size_t& i) {
  std::size_t k = i;
  const auto first = number_at(s, k, 4);
  if (!first) return std::nullopt;
  DateInText d;
  std::size_t after_first = k;
  if (k - i == 4) {  // a year: 2026-12-05 or 2026年12月5日
    d.year = *first;
    if (literal_at(s, k, "-")) {
      const auto m = number_at(s, k, 2);
      if (!m || !literal_at(s, k, "-")) return std::nullopt;
      const auto day = number_at(s, k, 2);
      if (!day) return std::nullopt;
      d.month = *m;
      d.day = *day;
      i = k;
      return d;
    }
    if (!literal_at(s, k, "年")) return std::nullopt;
    skip_spaces(s, k);
    const auto m = number_at(s, k, 2);
    if (!m) return std::nullopt;
    after_first = k;
    d.month = *m;
  } else if (k - i <= 2) {
    d.month = *first;
  } else {
    return std::nullopt;
  }
  // CJK 12月5日 / Korean 12월 5일
  std::size_t j = after_first;
  if (literal_at(s, j, "月") || literal_at(s, j, "월")) {
    skip_spaces(s, j);
    const auto day = number_at(s, j, 2);
    if (day && (literal_at(s, j, "日") || literal_at(s, j, "号") || literal_at(s, j, "號") ||
                literal_at(s, j, "일"))) {
      d.day = *day;
      i = j;
      return d;
    }
    return std::nullopt;
  }
  if (d.year) return std::nullopt;
  // A day before a month name: "5 December", "5. Dezember", "5 de diciembre", "1er décembre".
  d.day = *first;
  j = after_first;
  literal_at(s, j, "er");
  literal_at(s, j, ".");
  skip_spaces(s, j);
  if (literal_at(s, j, "de ")) skip_spaces(s, j);
  const auto month = month_name_at(s, j);
  if (!month) return std::nullopt;
  d.month = *month;
  i = j;
  return d;
}

}  // namespace

std::vector<DateInText> dates_in_text(std::string_view s) {
  std::vector<DateInText> out;
  for (std::size_t i = 0; i < s.size();) {
    std::optional<DateInText> d;
    std::size_t end = i;
    if (is_ascii_digit(s[i]) && (i == 0 || !is_ascii_digit(s[i - 1]))) {
      d = date_from_digit(s, end);
    } else if (is_letter(s[i]) && (i == 0 || !is_letter(s[i - 1]))) {
      // A month name before the day: "Dec 5", "December 5th". Only a word's first byte is
      // looked up: the bytes of a sentence of Han are letters too.
      if (const auto month = month_name_at(s, end)) {
        skip_spaces(s, end);
        if (const auto day = number_at(s, end, 2))
          d = DateInText{std::nullopt, *month, *day, {}, {}};
      }
    }
    if (d && plausible(*d)) {
      read_time_after(s, end, *d);
      out.push_back(*d);
      i = end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace noticekit::validate
