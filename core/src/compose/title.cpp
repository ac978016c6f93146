#include "compose/title.h"

#include <algorithm>

#include "text/utf8.h"

namespace noticekit::compose {

std::string TitleWriter::title() const {
  std::optional<TitleParts> shortest;
  std::string title;
  each_option(shortest, [&](const std::string& option) {
    title = option;
    return text::count_code_points(option) <= subject_limit;
  });
  return title;
}

TitleLadder TitleWriter::ladder() const {
  std::optional<TitleParts> shortest;
  TitleLadder ladder;
  each_option(shortest, [&](const std::string& option) {
    ladder.options.push_back(option);
    return false;
  });
  if (!shortest) shortest = shortest_title_parts();
  ladder.compact = compact_title(ladder.options.back(), *shortest);
  return ladder;
}

// What the title says about time, per message (KindProfile::title_time): the window for what
// is ahead, the new end for an extension, the actual end for a restoration, the start of what
// is under way.
std::string TitleWriter::headline_when(const std::vector<ResolvedWindow>& windows,
                                       const KindProfile& kind, Length length) const {
  switch (kind.title_time) {
    case TitleTime::new_end: return m_.moment(span_of(windows).end, length);
    case TitleTime::back_at: return m_.moment(m_.actual_end(), length);
    // "Down since …", whether or not the end is known.
    case TitleTime::since_start: return m_.moment(span_of(windows).start, length);
    case TitleTime::windows: break;
  }
  return MessageFacts::windows_text(windows, length, Placement::title, m_.when());
}

std::string TitleWriter::headline_when(Length length) const {
  return headline_when(m_.about(), m_.profile(), length);
}

// The one moment a title of this message says (see headline_when); nullopt for the titles
// that state windows.
std::optional<time::UtcSeconds> TitleWriter::headline_moment() const {
  switch (m_.profile().title_time) {
    case TitleTime::new_end: return span_of(m_.about()).end;
    case TitleTime::back_at: return m_.actual_end();
    case TitleTime::since_start: return span_of(m_.about()).start;
    case TitleTime::windows: break;
  }
  return std::nullopt;
}

// True for the messages whose title states the windows themselves (not one moment).
bool TitleWriter::states_windows() const { return m_.profile().title_time == TitleTime::windows; }

// headline_when as a date without times or zone, for a title with no room for them; empty
// where the date alone would hide a day of downtime (24 hours or more, unless all within
// that one date, or open: "from Sat 12 Dec until further notice").
std::string TitleWriter::headline_day() const {
  const auto day = [&](std::optional<time::UtcSeconds> at) {
    return at ? m_.when().moment_day(*at) : std::string();
  };
  if (m_.profile().title_time == TitleTime::back_at) return day(m_.actual_end());
  const Span s = span_of(m_.about());
  if (m_.profile().title_time == TitleTime::new_end) return day(s.end);
  if (m_.profile().title_time == TitleTime::since_start) return day(s.start);
  // Work without an end is told by the date it starts on and its open end: no other wording
  // of its time is shorter than its time and zone, and the letter gives both.
  if (one_open_stretch(m_.about())) return m_.when().open_window_day(s.start);
  // Work within one night is told by the date it starts on, as is work all within one date.
  if (s.end && ((*s.end - s.start < 24 * 3600 && starts_on_one_date(m_.about())) ||
                within_one_day(s.start, *s.end)))
    return m_.when().window_day(s.start);
  return {};
}

// True when every stretch of these windows (see stretches()) starts on one local date.
bool TitleWriter::starts_on_one_date(const std::vector<ResolvedWindow>& windows) const {
  const auto all = stretches(times_of(windows));
  return std::all_of(all.begin(), all.end(), [&](const WindowTimes& w) {
    return time::day_number(m_.zone().to_local(w.start)) ==
           time::day_number(m_.zone().to_local(all.front().start));
  });
}

// True when [start, end] lies in one local calendar day, an end at its midnight included:
// 00:00 to 24:00 of Sat 28 Nov is "Sat 28 Nov"; 06:30 to 06:30 the next day is not.
bool TitleWriter::within_one_day(time::UtcSeconds start, time::UtcSeconds end) const {
  const time::LocalDateTime first = m_.zone().to_local(start);
  const time::LocalDateTime last = m_.zone().to_local(end);
  const long days = time::day_number(last) - time::day_number(first);
  return days == 0 || (days == 1 && last.hour == 0 && last.minute == 0);
}

// The phrase key of the message kind's title (title.<kind>) for `count` systems (a language may
// agree with several, title.<kind>.plural) over these windows: the same for every wording of
// one title, so looked up once for all of them.
std::string TitleWriter::title_key(const KindProfile& kind, std::size_t count,
                                   const std::vector<ResolvedWindow>& windows) const {
  const bool planned = kind.restoration && m_.planned_restoration();
  std::string key =
      planned ? "title.restoration.planned" : "title." + std::string(model::name(kind.kind));
  if (kind.title_time == TitleTime::new_end && m_.new_end_unknown())
    key += ".open";
  else if (kind.title_time == TitleTime::windows)
    key = m_.locale().variant(std::move(key), ".open_window", one_open_stretch(windows));
  return m_.locale().variant(std::move(key), ".plural", count > 1);
}

// The title of `key` (title_key) for these systems and the time of its windows.
std::string TitleWriter::kind_title(const std::string& key, const std::string& systems,
                                    const std::string& when) const {
  return m_.locale().phrase(
      key, {{"systems", systems}, {"when", when}, {"notice_word", m_.notice_word()}});
}

// Every system of a window is named (a window names few), and its times even where the
// locale's title for the kind has none (title.window: zh "{title}（{when}）"): a calendar
// event's summary must not borrow the other windows' systems or the span of all of them.
// A window the message leaves as announced, or whose work is over, keeps the announcement's
// title: a calendar must not call a night that did not change "extended" or "in progress".
std::string TitleWriter::window_title(const TimedWindow& t, const ResolvedWindow& w) const {
  const auto sent = m_.sent();
  const bool ahead = m_.profile().ahead_keeps_announcement && sent && w.start > *sent;
  const KindProfile& kind =
      t.stands || t.over || ahead ? profile_of(model::MessageKind::announcement) : m_.profile();
  const std::string when = headline_when({w}, kind, Length::compact);
  const std::string title =
      kind_title(title_key(kind, w.source->systems.size(), {w}), m_.window_systems(t), when);
  if (when.empty() || title.find(when) != std::string::npos) return title;
  return m_.locale().phrase("title.window", {{"title", title}, {"when", when}});
}

// Every wording of the title, fullest first: every system named (when few), then the first and a
// count, then a count; last, the shortest time (see shortest_title_parts). The composer keeps the
// fullest that fits, mostly the first: the later ones, and the parts only they need, are worded
// only when the ones before are too long.
void TitleWriter::each_option(std::optional<TitleParts>& shortest,
                              const std::function<bool(const std::string&)>& take) const {
  const locale::Locale& loc = m_.locale();
  const WhenWriter& when_writer = m_.when();
  const auto& systems = m_.systems();
  const auto shortest_parts = [&]() -> const TitleParts& {
    if (!shortest) shortest = shortest_title_parts();
    return *shortest;
  };
  // A title names every system only when there are few (most_systems_named): a list of seven
  // is a wall, "A and 6 other services" says who is concerned.
  std::vector<std::string> names;
  if (systems.size() <= most_systems_named) names.push_back(m_.join(systems));
  if (systems.size() > 1) {
    names.push_back(m_.first_and_more(systems));
    names.push_back(loc.phrase("systems.count", {{"count", std::to_string(systems.size())}}));
  }
  const std::string key = title_key(m_.profile(), systems.size(), m_.about());
  std::vector<std::string> given;
  bool done = false;
  const auto add = [&](const std::string& systems_named, const std::string& when) {
    if (done) return;
    std::string t = kind_title(key, systems_named, when);
    if (std::find(given.begin(), given.end(), t) != given.end()) return;
    given.push_back(std::move(t));
    done = take(given.back());
  };
  // "A, B and C unavailable 22:00 to 12:00" says A is down until 12:00 when it is back at
  // 06:00: where the windows differ (MessageFacts::windows_differ), a title names their date(s).
  const std::string when = states_windows() && m_.windows_differ() ? shortest_parts().second
                                                                   : headline_when(Length::compact);
  // A title gives up detail of its time before its systems are only counted ("7 services"
  // names nothing): a moment its zone (the letter under it says it), windows their times
  // (the dates alone, "on 12, 15 and 19 Dec").
  // Readers in other zones would take a time of day without its zone for their own
  // ("since 04:45" is 08:45 in Berlin): for them the shorter moment keeps the zone's short
  // name, as an SMS gives it ("since 04:45 Brasilia time on Sun 20 Dec").
  const auto moment = headline_moment();
  const bool readers_elsewhere = when_writer.readers() == WhenWriter::Readers::anywhere;
  std::optional<std::string> shorter_when;
  const auto shorter = [&]() -> const std::string& {
    if (!shorter_when)
      shorter_when = !moment             ? shortest_parts().second
                     : readers_elsewhere ? when_writer.moment(*moment, Length::brief)
                                         : when_writer.moment_title(*moment);
    return *shorter_when;
  };
  const std::size_t named_options = names.size() > 1 ? names.size() - 1 : names.size();
  for (std::size_t i = 0; i < named_options; ++i) add(names[i], when);
  for (std::size_t i = 0; i < named_options && !done; ++i) add(names[i], shorter());
  for (std::size_t i = named_options; i < names.size() && !done; ++i) {
    add(names[i], when);
    add(names[i], shorter());
  }
  if (done) return;
  // The shortest keeps the zone of its dates for readers elsewhere, even over the limit: on
  // their clocks a night of 12 Dec in Beijing may be the 11th, and a title must not say a
  // wrong date (the over-limit finding asks for a shorter name instead).
  const auto& [named, shortest_when] = shortest_parts();
  add(named, shortest_when);
}

// The systems and time of the shortest title: the systems counted (or the one named); where
// the date alone tells the truth (a window within one night, or one moment) the date without
// times or zone, else for several stretches of windows their count ("3 dates from …"), else
// the compact time.
TitleWriter::TitleParts TitleWriter::shortest_title_parts() const {
  const auto& systems = m_.systems();
  std::string named =
      systems.size() > 1
          ? m_.locale().phrase("systems.count", {{"count", std::to_string(systems.size())}})
          : m_.join(systems);
  if (std::string day = headline_day(); !day.empty())
    return {std::move(named), dated_for_readers(day)};
  if (const auto all = stretches(times_of(m_.about())); states_windows() && all.size() > 1)
    return {std::move(named), dated_for_readers(m_.when().windows_summary(all))};
  return {std::move(named), headline_when(Length::compact)};
}

// A title's dates without times, for readers in other zones too: on their clocks the night of
// 12 Dec in Brasília is the 13th, so the dates say whose they are (title.dates_in_zone, with
// {zone} or {offset}: "on 12, 15 and 19 Dec (UTC-3)", "seit So., 13. Dez. (UTC+8)") unless
// every reader's clock shows the same dates.
std::string TitleWriter::dated_for_readers(std::string dates) const {
  if (m_.when().readers() == WhenWriter::Readers::at_home || same_dates_everywhere()) return dates;
  const time::UtcSeconds at = headline_moment().value_or(span_of(m_.about()).start);
  const time::ZoneOffset offset = m_.zone().offset_at(at);
  return m_.locale().phrase(
      "title.dates_in_zone",
      {{"dates", dates},
       {"zone", m_.when().zone_label(offset, Length::compact)},
       {"offset", time::format_utc_offset(offset.utc_offset_seconds, time::Minus::hyphen)}});
}

// True when the dates a short title names (the moment's, or each stretch's start) are the same
// dates on every reader's clock: the title then needs no zone to be right for all of them.
bool TitleWriter::same_dates_everywhere() const {
  std::vector<time::UtcSeconds> moments;
  if (const auto moment = headline_moment())
    moments.push_back(*moment);
  else
    for (const auto& w : stretches(times_of(m_.about()))) moments.push_back(w.start);
  const auto others = other_reader_zones(m_.notice(), m_.zone());
  return std::all_of(others.begin(), others.end(), [&](const time::Zone& other) {
    return std::all_of(moments.begin(), moments.end(), [&](time::UtcSeconds at) {
      return time::day_number(other.to_local(at)) == time::day_number(m_.zone().to_local(at));
    });
  });
}

// The kind said in fewer words where the language has them (title.compact.<kind> of the
// messages that state windows) with the shortest title's parts; empty when it is no shorter
// than `shortest`, the shortest title option.
std::string TitleWriter::compact_title(const std::string& shortest, const TitleParts& parts) const {
  const std::string key = "title.compact." + m_.kind_name();
  if (!m_.locale().has(key)) return {};
  const auto& [named, when] = parts;
  std::string compact = m_.locale().phrase(
      key, {{"systems", named}, {"when", when}, {"notice_word", m_.notice_word()}});
  return text::count_code_points(compact) < text::count_code_points(shortest) ? compact
                                                                              : std::string();
}

std::string joined_subject(const Document& d) {
  std::vector<const Document*> docs = {&d};
  for (const auto& t : d.translations) docs.push_back(&t);
  std::vector<std::size_t> option(docs.size(), 0);
  const auto title = [&](std::size_t i) -> const std::string& {
    return docs[i]->title_options()[option[i]];
  };
  const auto joined = [&] {
    std::string out;
    for (std::size_t i = 0; i < docs.size(); ++i)
      out.append(i ? subject_separator : "").append(title(i));
    return out;
  };
  for (std::string subject = joined();; subject = joined()) {
    if (text::count_code_points(subject) <= subject_limit) return subject;
    std::optional<std::size_t> longest;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      if (option[i] + 1 == docs[i]->title_options().size()) continue;
      if (!longest || text::count_code_points(title(i)) > text::count_code_points(title(*longest)))
        longest = i;
    }
    if (!longest) return subject;
    ++option[*longest];
  }
}

}  // namespace noticekit::compose
