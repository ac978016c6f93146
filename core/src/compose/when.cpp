#include "compose/when.h"

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "text/ascii.h"
#include "text/digits.h"
#include "text/sort_order.h"

namespace noticekit::compose {
namespace {

// What to call a zone CLDR names after no city: "Etc/GMT+3" → "UTC−3" (the Etc ids count
// the other way), "UTC". Never the id itself, which readers take for a typo.
std::string offset_name_of(std::string_view iana) {
  if (iana.starts_with("Etc/GMT") && iana.size() > 8) {
    const char sign = iana[7];
    if (sign == '+' || sign == '-')
      return std::string(sign == '+' ? "UTC\xE2\x88\x92" : "UTC+") + std::string(iana.substr(8));
  }
  return "UTC";
}

// The tz database's abbreviations are letters ("CET") or, for zones it has no name for, the
// offset's digits ("+08").
bool is_letters(std::string_view abbreviation) {
  return !abbreviation.empty() &&
         std::all_of(abbreviation.begin(), abbreviation.end(), text::is_ascii_letter);
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

WhenWriter::WhenWriter(const locale::Locale& locale, const time::Zone& zone, Readers readers)
    : locale_(locale), zone_(zone), readers_(readers), lasting_(lasts_the_run(locale)) {}

std::string WhenWriter::date(const time::LocalDateTime& t, std::string_view key) const {
  // Only the values the pattern names are written (most name three of the eight).
  const auto word = [&] {
    std::string out;
    locale_.append_phrase_filled(out, key, [&](std::string_view name, std::string& to) {
      if (name == "year")
        to += std::to_string(t.year);
      else if (name == "roc_year")
        to += std::to_string(t.year - time::kRocEraOffset);
      else if (name == "month")
        to += std::to_string(t.month);
      else if (name == "month_name")
        to += locale_.month(t.month);
      else if (name == "month_short")
        to += locale_.month_short(t.month);
      else if (name == "day")
        to += locale_.day_number(t.day);
      else if (name == "weekday")
        to += locale_.weekday(time::weekday(t));
      else if (name == "weekday_short")
        to += locale_.weekday_short(time::weekday(t));
      else
        return false;
      return true;
    });
    return out;
  };
  // A batch over a year or two of dates words thousands of them.
  if (lasting_) return worded_in_run<14>(std::tuple{&locale_, t.year, t.month, t.day, key}, word);
  return dates_.get({t.year, t.month, t.day, key}, word);
}

std::string WhenWriter::clock(int hour, int minute) const {
  if (auto word = locale_.clock_word(hour, minute)) return std::string(*word);
  const auto word = [&] {
    const int h12 = hour % 12 == 0 ? 12 : hour % 12;
    // A whole hour may read differently: "5pm" (GOV.UK), "22 h" (French).
    const std::string_view key = minute == 0 ? "time.h" : "time.hm";
    // Most languages keep a 24-hour clock: no "AM" or "PM" to look up.
    const std::string ampm =
        locale_.mentions(key, "ampm") ? locale_.phrase(hour < 12 ? "time.am" : "time.pm") : "";
    return locale_.phrase(key, {{"hh", text::padded(hour, 2)},
                                {"hour", std::to_string(hour)},
                                {"h12", std::to_string(h12)},
                                {"mm", text::padded(minute, 2)},
                                {"ampm", ampm}});
  };
  if (lasting_) return worded_in_run(std::tuple{&locale_, hour, minute}, word);
  return clocks_.get({hour, minute}, word);
}

std::string WhenWriter::zone_label(const time::ZoneOffset& offset, Length length) const {
  const bool full = length == Length::full;
  const auto word = [&] { return worded_zone_label(offset, length); };
  if (lasting_)
    return worded_in_run(std::tuple{&locale_, &zone_.name(), readers_, offset.utc_offset_seconds,
                                    offset.is_dst, offset.abbreviation, full},
                         word);
  return zone_labels_.get({offset.utc_offset_seconds, offset.is_dst, offset.abbreviation, full},
                          word);
}

std::string WhenWriter::worded_zone_label(const time::ZoneOffset& offset, Length length) const {
  const bool full = length == Length::full;
  const locale::ZoneAssumed assumed = locale_.zone_assumed(zone_.name());
  if (readers_ == Readers::at_home && (assumed == locale::ZoneAssumed::at_home ||
                                       (assumed == locale::ZoneAssumed::in_short_forms && !full)))
    return {};
  // Short wordings go into SMS: a hyphen for the minus keeps them in GSM-7.
  const std::string utc_offset = time::format_utc_offset(
      offset.utc_offset_seconds, full ? time::Minus::sign : time::Minus::hyphen);
  // The language's own usage first ("北京时间"), then the forms it names zones by ("EDT",
  // "MESZ", "heure d’été d’Europe centrale"), then the offset alone.
  if (auto name = locale_.zone_name(zone_.name())) {
    if (!full) return std::string(*name);
    return locale_.phrase("zone.named", {{"name", std::string(*name)}, {"offset", utc_offset}});
  }
  for (const locale::ZoneNameForm form : locale_.zone_name_forms(!full)) {
    std::optional<std::string_view> name =
        locale_.cldr_zone_name(zone_.name(), offset.is_dst, form);
    if (form == locale::ZoneNameForm::abbreviation && is_letters(offset.abbreviation))
      name = offset.abbreviation;
    // "UTC (UTC)" would say one thing twice.
    if (!name || *name == utc_offset) continue;
    // So would "GMT (UTC)": GMT is the name of that offset.
    const bool names_the_offset = *name == "GMT" && offset.utc_offset_seconds == 0;
    if (full && !names_the_offset)
      return locale_.phrase("zone.named_with_offset",
                            {{"name", std::string(*name)}, {"offset", utc_offset}});
    // An abbreviation keeps a space before Chinese or Japanese text ("JST 12月5日").
    return form == locale::ZoneNameForm::long_name
               ? std::string(*name)
               : locale_.phrase("zone.abbreviated", {{"name", std::string(*name)}});
  }
  return locale_.phrase("zone.offset_only", {{"offset", utc_offset}});
}

std::string WhenWriter::offset_label(const time::ZoneOffset& offset) const {
  return locale_.phrase(
      "zone.named_with_offset",
      {{"name", zone_title()}, {"offset", time::format_utc_offset(offset.utc_offset_seconds)}});
}

std::string WhenWriter::zone_title() const {
  if (auto name = locale_.zone_name(zone_.name())) return std::string(*name);
  if (auto city = locale_.zone_city(zone_.name())) return *city;
  return offset_name_of(zone_.name());
}

std::string WhenWriter::window(time::UtcSeconds start, std::optional<time::UtcSeconds> end,
                               bool end_is_estimate, Length length) const {
  std::string label;
  std::string text = window_text({start, end, end_is_estimate}, length, label);
  return label.empty() ? text
                       : locale_.phrase("labelled.window", {{"window", text}, {"zone", label}});
}

std::string WhenWriter::window_text(const WindowTimes& w, Length length, std::string& label) const {
  auto [text, its_label] =
      window_texts_.get({w, length}, [&] { return worded_window_text(w, length); });
  label = std::move(its_label);
  return std::move(text);
}

std::pair<std::string, std::string> WhenWriter::worded_window_text(const WindowTimes& w,
                                                                   Length length) const {
  std::string label;
  const bool full = length == Length::full;
  const time::LocalDateTime s = zone_.to_local(w.start);
  const time::ZoneOffset start_offset = zone_.offset_at(w.start);
  label = zone_label(start_offset, length);
  const std::string start_date = date(s, full ? "date.full" : "date.short");
  const std::string start_time = clock(s.hour, s.minute);
  // An open end names the zone with the start, where it belongs: "Sunday 8 March, 14:12 CET
  // (UTC+1), until further notice", never "…, until further notice CET" (window.open.labelled).
  // A language that names the zone before a window ("北京时间12月19日23:00起") labels it as any
  // other, so that it joins a list of windows under one zone ("…05:00、12月19日23:00起").
  if (!w.end) {
    if (label.empty() || locale_.pattern("labelled.window").starts_with("{zone}"))
      return {locale_.phrase("window.open", {{"start_date", start_date}, {"start", start_time}}),
              std::move(label)};
    return {locale_.phrase("window.open.labelled",
                           {{"start_date", start_date}, {"start", start_time}, {"zone", label}}),
            std::string()};
  }

  const time::LocalDateTime e = zone_.to_local(*w.end);
  const time::ZoneOffset end_offset = zone_.offset_at(*w.end);
  const long day_gap = time::day_number(e) - time::day_number(s);
  // A window ending at midnight ends "at 24:00" on its first day, not at 00:00 the next.
  const bool ends_at_midnight = day_gap == 1 && e.hour == 0 && e.minute == 0;
  const bool same_day = day_gap == 0 || ends_at_midnight;
  const bool overnight = length == Length::compact && day_gap == 1 && !ends_at_midnight &&
                         *w.end - w.start < 24 * 3600;
  std::string end_time =
      ends_at_midnight ? locale_.phrase("time.end_of_day") : clock(e.hour, e.minute);
  // An estimated end is marked where the language marks it: on the end time
  // (window.estimated_end: "bis voraussichtlich 06:00 Uhr", "à 6 h environ"), which keeps the
  // mark out of the zone's brackets, or on the whole window (window.estimate: "…(预计)"). A
  // language leaves the one it does not use as "{end}" or "{window}".
  if (w.end_is_estimate)
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
  const bool split_labels = start_offset.utc_offset_seconds != end_offset.utc_offset_seconds;
  std::string start_text = start_time;
  if (split_labels) {
    std::string start_label = label;
    std::string end_label = zone_label(end_offset, length);
    if (start_label == end_label) {
      start_label = offset_label(start_offset);
      end_label = offset_label(end_offset);
    }
    const auto labelled_time = [&](std::string time, const std::string& zone) {
      if (zone.empty()) return time;
      return locale_.phrase("labelled.time", {{"time", std::move(time)}, {"zone", zone}});
    };
    start_text = labelled_time(start_time, start_label);
    end_time = labelled_time(end_time, end_label);
    label.clear();
  }
  const std::string key = same_day || overnight
                              ? (overnight ? "window.compact.overnight" : "window.same_day")
                              : "window.cross_day";
  std::string text = locale_.phrase(key, {{"start_date", start_date},
                                          {"start", start_text},
                                          {"end_date", end_date},
                                          {"end", end_time}});
  if (w.end_is_estimate)
    text = locale_.phrase(full ? "window.estimate" : "window.estimate.short", {{"window", text}});
  return {std::move(text), std::move(label)};
}

// Same times of day on a later date, in one offset, shorter than a day: the windows a
// language writes once with all their dates. An unknown end or a DST change inside is not.
bool WhenWriter::same_times(const WindowTimes& a, const WindowTimes& b) const {
  if (!a.end || !b.end || a.end_is_estimate != b.end_is_estimate) return false;
  const int offset = zone_.offset_at(a.start).utc_offset_seconds;
  for (const time::UtcSeconds t : {*a.end, b.start, *b.end})
    if (zone_.offset_at(t).utc_offset_seconds != offset) return false;
  if (*a.end - a.start >= 24 * 3600 || *b.end - b.start != *a.end - a.start) return false;
  const time::LocalDateTime as = zone_.to_local(a.start), bs = zone_.to_local(b.start);
  return time::day_number(bs) > time::day_number(as) && as.hour == bs.hour &&
         as.minute == bs.minute;
}

std::vector<std::string> WhenWriter::start_dates(const std::vector<WindowTimes>& group,
                                                 Length length) const {
  const bool full = length == Length::full;
  std::vector<std::string> dates;
  time::LocalDateTime previous;
  const time::LocalDateTime first = zone_.to_local(group.front().start);
  const time::LocalDateTime last = zone_.to_local(group.back().start);
  const bool one_month = first.year == last.year && first.month == last.month &&
                         locale_.settings().month_once_in_short_dates;
  for (std::size_t i = 0; i < group.size(); ++i) {
    const time::LocalDateTime s = zone_.to_local(group[i].start);
    std::string_view key = full ? "date.full" : "date.short";
    // Later dates leave out what the one before already said: "9月5日、12日"; in a short
    // form of a language that puts the month last, dates all of one month say it once, last:
    // "15 y 19 dic", "Tue 15 and Sat 19 Dec" (date.short.before_same_month, where the
    // language's month_once_in_short_dates setting is on).
    if (!dates.empty() && s.year == previous.year)
      key = full ? "date.no_year" : (s.month == previous.month ? "date.short.same_month" : key);
    if (!full && one_month && i + 1 < group.size()) key = "date.short.before_same_month";
    dates.push_back(date(s, key));
    previous = s;
  }
  return dates;
}

bool WhenWriter::same_hours(const std::vector<WindowTimes>& windows) const {
  if (windows.size() < 2) return false;
  const WindowTimes& first = windows.front();
  return std::all_of(windows.begin() + 1, windows.end(), [&](const WindowTimes& w) {
    return w.start < first.start ? same_times(w, first) : same_times(first, w);
  });
}

std::string WhenWriter::dates_only(const std::vector<WindowTimes>& windows) const {
  return locale_.phrase(windows.size() == 1 ? "window.dates.one" : "window.dates",
                        {{"dates", locale_.list(start_dates(windows, Length::compact))}});
}

std::string WhenWriter::same_times_text(const std::vector<WindowTimes>& group,
                                        Length length) const {
  const bool full = length == Length::full;
  const std::vector<std::string> dates = start_dates(group, length);
  const time::LocalDateTime s = zone_.to_local(group.front().start);
  const time::LocalDateTime e = zone_.to_local(*group.front().end);
  const bool next_day = time::day_number(e) > time::day_number(s);
  std::string end_time = next_day && e.hour == 0 && e.minute == 0
                             ? locale_.phrase("time.end_of_day")
                             : clock(e.hour, e.minute);
  if (group.front().end_is_estimate)
    end_time = locale_.phrase(full ? "window.estimated_end" : "window.estimated_end.short",
                              {{"end", end_time}});
  const bool overnight = next_day && !(e.hour == 0 && e.minute == 0);
  std::string text = locale_.phrase(
      // The short forms may word it otherwise: es "las noches del 15 y 19 dic" keeps an SMS
      // in GSM-7, which "los días … del día siguiente" would not.
      std::string(overnight ? "window.days.overnight" : "window.days.same_day") +
          (full ? "" : ".short"),
      {{"dates", locale_.list(dates)}, {"start", clock(s.hour, s.minute)}, {"end", end_time}});
  if (group.front().end_is_estimate)
    text = locale_.phrase(full ? "window.estimate" : "window.estimate.short", {{"window", text}});
  return text;
}

std::vector<WindowTimes> stretches(std::vector<WindowTimes> windows) {
  // Most notices have one window: it is its own stretch (nothing to sort or merge).
  if (windows.size() < 2) return windows;
  text::stable_sort_items(
      windows, [](const WindowTimes& a, const WindowTimes& b) { return a.start < b.start; });
  std::vector<WindowTimes> out;
  for (const auto& w : windows) {
    if (out.empty() || (out.back().end && w.start > *out.back().end)) {
      out.push_back(w);
      continue;
    }
    WindowTimes& s = out.back();
    if (!s.end) continue;
    if (!w.end) {
      s.end.reset();
      s.end_is_estimate = false;
    } else if (*w.end > *s.end) {
      s.end = w.end;
      s.end_is_estimate = w.end_is_estimate;
    } else if (*w.end == *s.end) {
      s.end_is_estimate = s.end_is_estimate || w.end_is_estimate;
    }
  }
  return out;
}

std::string WhenWriter::windows(std::vector<WindowTimes> windows, Length length,
                                Placement placement) const {
  return windows_.get({windows, length, placement},
                      [&] { return worded_windows(std::move(windows), length, placement); });
}

std::string WhenWriter::worded_windows(std::vector<WindowTimes> windows, Length length,
                                       Placement placement) const {
  if (windows.empty()) return {};
  std::vector<std::vector<WindowTimes>> groups;
  for (const auto& w : stretches(std::move(windows))) {
    if (!groups.empty() && same_times(groups.back().back(), w))
      groups.back().push_back(w);
    else
      groups.push_back({w});
  }
  std::vector<std::string> items, labels;
  for (const auto& group : groups) {
    std::string label;
    std::string text;
    if (group.size() == 1) {
      text = window_text(group.front(), length, label);
      // A window without an end carries its own preposition where the language puts one
      // (window.in_sentence.open_window: "from 23:00, until further notice", never "from from").
      if (placement == Placement::sentence)
        text = locale_.phrase(
            locale_.variant("window.in_sentence", ".open_window", !group.front().end),
            {{"window", text}});
    } else {
      text = same_times_text(group, length);
      label = zone_label(zone_.offset_at(group.front().start), length);
      if (placement == Placement::sentence)
        text = locale_.phrase("window.days.in_sentence", {{"window", text}});
    }
    items.push_back(std::move(text));
    labels.push_back(std::move(label));
  }
  const auto labelled = [&](std::string text, const std::string& label) {
    if (label.empty()) return text;
    return locale_.phrase("labelled.window", {{"window", std::move(text)}, {"zone", label}});
  };
  // One zone for all is named once, after (or before) the whole list. Where some item is a
  // list of dates itself, the items are joined as the language joins lists of lists
  // (windows.list.*: "…、15日每日23:00至次日05:00，以及12月19日23:00起", not a second "、").
  if (std::all_of(labels.begin(), labels.end(),
                  [&](const auto& l) { return l == labels.front(); })) {
    const bool nested = items.size() > 1 && std::any_of(groups.begin(), groups.end(),
                                                        [](const auto& g) { return g.size() > 1; });
    return labelled(locale_.list(items, nested ? "windows.list" : "list"), labels.front());
  }
  // Otherwise each says its own zone: clauses of their own, not items of one list ("…03:00至
  // 09:00；中欧时间（UTC+1）12月20日03:00起", not "…09:00、中欧时间…").
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) locale_.append_phrase(out, "windows.separator");
    out += labelled(items[i], labels[i]);
  }
  return out;
}

std::string WhenWriter::moment(time::UtcSeconds at, Length length) const {
  return moments_.get({at, length}, [&] { return worded_moment(at, length); });
}

std::string WhenWriter::worded_moment(time::UtcSeconds at, Length length) const {
  const time::LocalDateTime t = zone_.to_local(at);
  const std::string label = zone_label(zone_.offset_at(at), length);
  // A zone the language assumes goes unsaid, with the brackets around it where the language
  // has a wording without them (moment.unlabelled: "dim. 20 déc. à 4 h 45", never "… ()").
  std::string text =
      locale_.phrase(locale_.variant("moment", ".unlabelled", label.empty()),
                     {{"date", date(t, length == Length::full ? "date.full" : "date.short")},
                      {"time", clock(t.hour, t.minute)},
                      {"zone", label}});
  return label.empty() ? without_stray_spaces(text) : text;
}

std::string WhenWriter::moment_beside(time::UtcSeconds at, time::UtcSeconds beside,
                                      Length length) const {
  const time::LocalDateTime t = zone_.to_local(at);
  const bool same_day =
      time::day_number(t) == time::day_number(zone_.to_local(beside)) &&
      zone_.offset_at(at).utc_offset_seconds == zone_.offset_at(beside).utc_offset_seconds;
  if (!same_day) return moment(at, length);
  // The date stays where the language's words around it need one ("au lieu du dim. 6 déc.").
  return locale_.phrase("moment.same_day",
                        {{"date", date(t, length == Length::full ? "date.full" : "date.short")},
                         {"time", clock(t.hour, t.minute)}});
}

std::string WhenWriter::moment_title(time::UtcSeconds at) const {
  const time::LocalDateTime t = zone_.to_local(at);
  return locale_.phrase("moment.title",
                        {{"date", date(t, "date.short")}, {"time", clock(t.hour, t.minute)}});
}

std::string WhenWriter::moment_day(time::UtcSeconds at) const {
  return locale_.phrase("moment.day", {{"date", date(zone_.to_local(at), "date.short")}});
}

std::string WhenWriter::window_day(time::UtcSeconds start) const {
  return locale_.phrase("window.day", {{"start_date", date(zone_.to_local(start), "date.short")}});
}

std::string WhenWriter::open_window_day(time::UtcSeconds start) const {
  return locale_.phrase("window.open.day",
                        {{"start_date", date(zone_.to_local(start), "date.short")}});
}

std::string WhenWriter::windows_summary(const std::vector<WindowTimes>& stretches) const {
  std::vector<long> days;
  for (const auto& w : stretches) days.push_back(time::day_number(zone_.to_local(w.start)));
  days.erase(std::unique(days.begin(), days.end()), days.end());
  // A few dates in one month are named ("12, 15 and 19 Dec", "les 12, 15 et 19 déc."):
  // shorter than a count, and a reader sees every date at once.
  const time::LocalDateTime first = zone_.to_local(stretches.front().start);
  const time::LocalDateTime last = zone_.to_local(stretches.back().start);
  if (days.size() >= 2 && days.size() <= 4 && first.year == last.year &&
      first.month == last.month) {
    std::vector<std::string> named;
    for (const auto& w : stretches) {
      const std::string day = date(zone_.to_local(w.start), "windows.summary.day");
      if (named.empty() || named.back() != day) named.push_back(day);
    }
    // The zone where the language's titles name it (ja "ブラジリア時間12月12日、15日、19日"):
    // for readers elsewhere those nights fall on other dates.
    const std::string zone = zone_label(zone_.offset_at(stretches.front().start), Length::compact);
    return without_stray_spaces(locale_.phrase("windows.summary.one_month",
                                               {{"days", locale_.list(named)},
                                                {"month", std::to_string(first.month)},
                                                {"month_short", locale_.month_short(first.month)},
                                                {"zone", zone}}));
  }
  // "and 1 more dates" is not how anyone writes: a language may say "one other date" itself.
  const bool one_other = stretches.size() == 2 && locale_.has("windows.summary.one_other");
  return locale_.phrase(one_other ? "windows.summary.one_other" : "windows.summary",
                        {{"date", date(zone_.to_local(stretches.front().start), "date.short")},
                         {"others", std::to_string(stretches.size() - 1)},
                         {"count", std::to_string(stretches.size())},
                         {"dates", std::to_string(days.size())}});
}

std::string WhenWriter::duration(time::UtcSeconds seconds) const {
  const long minutes_in_all = static_cast<long>((std::max<time::UtcSeconds>(seconds, 0) + 30) / 60);
  const long hours = minutes_in_all / 60, minutes = minutes_in_all % 60;
  // Singular for exactly one, as the languages with a plural here (en, es, fr, de) have it.
  const auto count = [&](std::string_view unit, long n) {
    return locale_.phrase("duration." + std::string(unit) + (n == 1 ? ".one" : ".other"),
                          {{"n", std::to_string(n)}});
  };
  if (hours == 0) return count("minutes", minutes);
  if (minutes == 0) return count("hours", hours);
  return locale_.phrase("duration.both",
                        {{"hours", count("hours", hours)}, {"minutes", count("minutes", minutes)}});
}

std::string WhenWriter::issued_date(const time::LocalDateTime& local) const {
  return date(local, "date.issued");
}

}  // namespace noticekit::compose
