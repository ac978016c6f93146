#include "compose/when.h"

#include <string_view>

#include <fmt/format.h>

namespace noticekit::compose {
namespace {

bool is_numeric_abbreviation(const std::string& a) {
  return a.empty() || a.front() == '+' || a.front() == '-';
}

// A moment's phrase keeps a space between the zone and the date where the language spaces
// its words ("한국 시간 12월 5일(토) 22:00"); when the zone goes unsaid (the one the reader
// assumes, in short forms) that space would be left at an end or doubled, so it goes too.
std::string without_stray_spaces(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string WhenWriter::date(const time::LocalDateTime& t, std::string_view key) const {
  const int wd = time::weekday(t);
  // The Republic of China era counts 1912 as year 1; Taiwan's public bodies date with it.
  constexpr int kRocEpochOffset = 1911;
  return locale_.phrase(key, {{"year", std::to_string(t.year)},
                              {"roc_year", std::to_string(t.year - kRocEpochOffset)},
                              {"month", std::to_string(t.month)},
                              {"month_name", locale_.month(t.month)},
                              {"month_short", locale_.month_short(t.month)},
                              {"day", locale_.day_number(t.day)},
                              {"weekday", locale_.weekday(wd)},
                              {"weekday_short", locale_.weekday_short(wd)}});
}

std::string WhenWriter::clock(int hour, int minute) const {
  if (auto word = locale_.clock_word(hour, minute)) return std::string(*word);
  const int h12 = hour % 12 == 0 ? 12 : hour % 12;
  // A whole hour may read differently: "5pm" (GOV.UK), "22 h" (French).
  return locale_.phrase(minute == 0 ? "time.h" : "time.hm",
                        {{"hh", fmt::format("{:02}", hour)},
                         {"hour", std::to_string(hour)},
                         {"h12", std::to_string(h12)},
                         {"mm", fmt::format("{:02}", minute)},
                         {"ampm", locale_.phrase(hour < 12 ? "time.am" : "time.pm")}});
}

std::string WhenWriter::zone_label(const time::ZoneOffset& offset, Length length) const {
  const std::string utc_offset = time::format_utc_offset(offset.utc_offset_seconds);
  if (length != Length::full && locale_.zone_is_implicit(zone_.name())) return {};
  if (auto name = locale_.zone_name(zone_.name())) {
    if (length != Length::full) return std::string(*name);
    // Some languages add the offset of the day in full text: "hora de Madrid, UTC+1".
    return locale_.phrase("zone.named", {{"name", std::string(*name)},
                                         {"offset", utc_offset},
                                         {"abbreviation", offset.abbreviation}});
  }
  if (is_numeric_abbreviation(offset.abbreviation)) {
    return locale_.phrase("zone.offset_only", {{"offset", utc_offset}});
  }
  if (length != Length::full) return offset.abbreviation;
  return locale_.phrase("zone.with_abbreviation",
                        {{"abbreviation", offset.abbreviation}, {"offset", utc_offset}});
}

std::string WhenWriter::offset_label(const time::ZoneOffset& offset) const {
  return locale_.phrase(
      "zone.named_with_offset",
      {{"name", zone_title()}, {"offset", time::format_utc_offset(offset.utc_offset_seconds)}});
}

std::string WhenWriter::zone_title() const {
  if (auto name = locale_.zone_name(zone_.name())) return std::string(*name);
  return zone_.name();
}

std::string WhenWriter::window(time::UtcSeconds start, std::optional<time::UtcSeconds> end,
                               bool end_is_estimate, Length length) const {
  const bool full = length == Length::full;
  const time::LocalDateTime s = zone_.to_local(start);
  std::string start_label = zone_label(zone_.offset_at(start), length);
  const std::string start_date = date(s, full ? "date.full" : "date.short");
  const std::string start_time = clock(s.hour, s.minute);

  auto labelled = [&](std::string_view key, std::string_view what, std::string text,
                      const std::string& label) {
    if (label.empty()) return text;
    return locale_.phrase(key, {{what, std::move(text)}, {"zone", label}});
  };

  if (!end) {
    return labelled(
        "labelled.window", "window",
        locale_.phrase("window.open", {{"start_date", start_date}, {"start", start_time}}),
        start_label);
  }

  const time::LocalDateTime e = zone_.to_local(*end);
  std::string end_label = zone_label(zone_.offset_at(*end), length);
  const long day_gap = time::day_number(e) - time::day_number(s);
  // A window ending at midnight ends "at 24:00" on its first day, not at 00:00 the next.
  const bool ends_at_midnight = day_gap == 1 && e.hour == 0 && e.minute == 0;
  const bool same_day = day_gap == 0 || ends_at_midnight;
  const bool overnight =
      length == Length::compact && day_gap == 1 && !ends_at_midnight && *end - start < 24 * 3600;
  std::string end_time =
      ends_at_midnight ? locale_.phrase("time.end_of_day") : clock(e.hour, e.minute);
  // An estimated end is marked where the language marks it: on the end time
  // (window.estimated_end: "bis voraussichtlich 06:00 Uhr", "à 6 h environ"), which keeps the
  // mark out of the zone's brackets, or on the whole window (window.estimate: "…(预计)"). A
  // language leaves the one it does not use as "{end}" or "{window}".
  if (end_is_estimate)
    end_time = locale_.phrase(full ? "window.estimated_end" : "window.estimated_end.short",
                              {{"end", end_time}});

  std::string end_date;
  if (full)
    end_date = date(e, e.year == s.year ? "date.no_year" : "date.full");
  else
    end_date =
        date(e, e.month == s.month && e.year == s.year ? "date.short.same_month" : "date.short");

  // When a DST change falls inside the window, each end carries its own zone label; a zone
  // the language names ("柏林时间") shows each end's offset so the change is visible.
  const bool split_labels =
      zone_.offset_at(start).utc_offset_seconds != zone_.offset_at(*end).utc_offset_seconds;
  if (split_labels && start_label == end_label) {
    start_label = offset_label(zone_.offset_at(start));
    end_label = offset_label(zone_.offset_at(*end));
  }
  std::string start_text = start_time;
  if (split_labels) {
    start_text = labelled("labelled.time", "time", start_time, start_label);
    end_time = labelled("labelled.time", "time", end_time, end_label);
  }
  const std::string key = same_day || overnight
                              ? (overnight ? "window.compact.overnight" : "window.same_day")
                              : "window.cross_day";
  std::string text = locale_.phrase(key, {{"start_date", start_date},
                                          {"start", start_text},
                                          {"end_date", end_date},
                                          {"end", end_time}});
  if (!split_labels) text = labelled("labelled.window", "window", std::move(text), start_label);
  if (end_is_estimate)
    text = locale_.phrase(full ? "window.estimate" : "window.estimate.short", {{"window", text}});
  return text;
}

std::string WhenWriter::moment(time::UtcSeconds at, Length length) const {
  const time::LocalDateTime t = zone_.to_local(at);
  const std::string label = zone_label(zone_.offset_at(at), length);
  std::string text = locale_.phrase(
      "moment", {{"date", date(t, length == Length::full ? "date.full" : "date.short")},
                 {"time", clock(t.hour, t.minute)},
                 {"zone", label}});
  return label.empty() ? without_stray_spaces(text) : text;
}

std::string WhenWriter::moment_day(time::UtcSeconds at) const {
  return locale_.phrase("moment.day", {{"date", date(zone_.to_local(at), "date.short")}});
}

std::string WhenWriter::window_day(time::UtcSeconds start) const {
  return locale_.phrase("window.day", {{"start_date", date(zone_.to_local(start), "date.short")}});
}

std::string WhenWriter::issued_date(const time::LocalDateTime& local) const {
  return date(local, "date.issued");
}

}  // namespace noticekit::compose
