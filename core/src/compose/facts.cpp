#include "compose/facts.h"

#include <algorithm>
#include <set>
#include <utility>

#include "model/message_kind.h"
#include "model/service_back.h"
#include "text/utf8.h"

namespace noticekit::compose {
namespace {

// At home when no reader zone other than the sheet's own is listed.
WhenWriter::Readers readers_of(const model::Notice& n, const time::Zone& zone) {
  return other_reader_zones(n, zone).empty() ? WhenWriter::Readers::at_home
                                             : WhenWriter::Readers::anywhere;
}

std::vector<ResolvedWindow> resolve(const std::vector<model::Window>& windows,
                                    const time::Zone& zone) {
  std::vector<ResolvedWindow> out;
  for (std::size_t i = 0; i < windows.size(); ++i) {
    const model::Window& w = windows[i];
    if (!w.start.value)
      continue;  // the validator reports it; compose is only called without errors
    ResolvedWindow r{&w, i, zone.to_utc(*w.start.value).utc, std::nullopt};
    if (w.end.value) r.end = zone.to_utc(*w.end.value).utc;
    out.push_back(r);
  }
  return out;
}

}  // namespace

Span span_of(const std::vector<ResolvedWindow>& windows) {
  Span s{windows.front().start, windows.front().end, windows.front().source->end_is_estimate};
  for (const auto& w : windows) {
    s.start = std::min(s.start, w.start);
    if (!w.end || !s.end) {
      s.end.reset();
    } else if (*w.end >= *s.end) {
      s.estimate = (*w.end == *s.end && s.estimate) || w.source->end_is_estimate;
      s.end = w.end;
    }
  }
  if (!s.end) s.estimate = false;
  return s;
}

bool one_open_stretch(const std::vector<ResolvedWindow>& windows) {
  if (span_of(windows).end) return false;  // every window has its end: no need to sort them
  const auto all = stretches(times_of(windows));
  return all.size() == 1 && !all.front().end;
}

std::vector<WindowTimes> times_of(const std::vector<ResolvedWindow>& windows) {
  std::vector<WindowTimes> times;
  for (const auto& w : windows) times.push_back({w.start, w.end, w.source->end_is_estimate});
  return times;
}

std::vector<time::Zone> other_reader_zones(const model::Notice& n, const time::Zone& zone) {
  std::vector<time::Zone> out;
  for (const auto& name : n.audience.time_zones)
    if (auto other = time::Zone::find(name); other && other->name() != zone.name())
      out.push_back(std::move(*other));
  return out;
}

MessageFacts::MessageFacts(const model::Notice& n, const locale::Locale& loc,
                           const time::Zone& zone, model::MessageKind kind)
    : n_(n),
      loc_(loc),
      zone_(zone),
      when_(loc, zone, readers_of(n, zone)),
      kind_(kind),
      profile_(profile_of(kind_)),
      windows_(resolve(n.windows, zone)),
      original_(resolve(n.change.original_windows, zone)),
      changes_(model::pair_windows(n.windows, n.change.original_windows)),
      about_(windows_),
      about_original_(original_),
      notice_word_(loc.phrase("notice_word." + std::string(name(*n.audience.kind.member)))) {
  if (const auto* back = model::service_back(n)) actual_end_ = zone.to_utc(*back->value).utc;
  if (n.sent.value) sent_ = zone.to_utc(*n.sent.value).utc;
  if (model::traits(kind_).is_change) sort_out_changes();
  if (profile_.stretch_under_way) sort_out_under_way();
  retire_past_standing();
  about_systems_ = systems_of(about_);
  windows_differ_ = needs_window_clauses(about_);
  if (!n.reason.empty()) reason_ = shape_of(text(n.reason), loc, Field::reason);
  if (!n.change.reason.empty())
    change_reason_ = shape_of(text(n.change.reason), loc, Field::reason);
}

const ResolvedWindow* MessageFacts::original_by_index(std::size_t index) const {
  for (const auto& o : original_)
    if (o.index == index) return &o;
  return nullptr;
}

const ResolvedWindow* MessageFacts::original_of(const ResolvedWindow& w) const {
  const bool from_sheet = w.index < n_.windows.size() && w.source == &n_.windows[w.index];
  if (!from_sheet || !changes_.original_of[w.index]) return nullptr;
  return original_by_index(*changes_.original_of[w.index]);
}

// A change message says what changed, window by window (see WindowChanges): an extension
// or a reschedule is about the windows that changed or were added, a cancellation about the
// originals no window continues; the windows left as announced are said to stand. A
// cancellation whose sheet cancels nothing in particular cancels every window, as does one
// without originals.
void MessageFacts::sort_out_changes() {
  if (profile_.cancels) {
    std::vector<ResolvedWindow> cancelled;
    for (const auto& o : original_)
      if (changes_.cancelled[o.index]) cancelled.push_back(o);
    if (cancelled.empty()) return;
    about_ = std::move(cancelled);
    standing_ = windows_;
    return;
  }
  std::vector<ResolvedWindow> changed, before, standing;
  for (const auto& w : windows_) {
    if (changes_.unchanged(n_.windows, n_.change.original_windows, w.index)) {
      standing.push_back(w);
      continue;
    }
    changed.push_back(w);
    if (const auto j = changes_.original_of[w.index])
      if (const auto* o = original_by_index(*j)) before.push_back(*o);
  }
  if (changed.empty() || standing.empty()) return;
  about_ = std::move(changed);
  about_original_ = std::move(before);
  standing_ = std::move(standing);
}

// A window left as announced that ended before the message is sent is no news: an
// extension of the third night says nothing of the first two ("the other maintenance … is
// unchanged and still expected to end at 05:00 on 16 December", written on the 19th).
void MessageFacts::retire_past_standing() {
  if (!sent_) return;
  const auto past = [&](const ResolvedWindow& w) { return w.end && *w.end <= *sent_; };
  for (const auto& w : standing_)
    if (past(w)) over_.push_back(w);
  std::erase_if(standing_, past);
}

std::vector<ResolvedWindow> MessageFacts::not_over() const {
  std::vector<ResolvedWindow> out;
  for (const auto& w : windows_)
    if (std::none_of(over_.begin(), over_.end(),
                     [&](const ResolvedWindow& o) { return o.source == w.source; }))
      out.push_back(w);
  return out;
}

// Work under way is one stretch of work (see stretches()): a started message is about the
// one in progress when it is sent (the latest begun by then; the first when none has), a
// restoration about the one service came back from. Later stretches go ahead as planned
// (lead.unchanged); earlier ones are over and not told again. Three nights are not one
// outage of fifteen days.
void MessageFacts::sort_out_under_way() {
  const bool back = profile_.restoration;
  const std::optional<time::UtcSeconds> at = back ? actual_end_ : sent_;
  const auto all = stretches(times_of(windows_));
  if (all.size() < 2) return;
  WindowTimes current = all.front();
  for (const auto& s : all)
    if (at && (back ? s.start < *at : s.start <= *at)) current = s;
  std::vector<ResolvedWindow> in, later;
  for (const auto& w : windows_) {
    if (w.start < current.start)
      over_.push_back(w);
    else if (current.end && w.start > *current.end)
      later.push_back(w);
    else
      in.push_back(w);
  }
  about_ = std::move(in);
  standing_ = std::move(later);
}

bool MessageFacts::planned_restoration() const {
  return profile_.restoration && n_.kind.member != model::MessageKind::emergency;
}

// The tax example's e-Tax Bureau, due back at 06:00 and back at 07:10, overran, though another
// system of the same night was expected back only at 12:00.
bool MessageFacts::overran() const {
  if (!actual_end_) return false;
  return std::any_of(about_.begin(), about_.end(),
                     [&](const ResolvedWindow& w) { return w.end && *w.end < *actual_end_; });
}

bool MessageFacts::new_end_unknown() const {
  return profile_.title_time == TitleTime::new_end && !latest_end();
}

std::optional<time::UtcSeconds> MessageFacts::latest_end() const {
  std::optional<time::UtcSeconds> e;
  for (const auto& w : about_) {
    if (!w.end) return std::nullopt;
    e = e ? std::max(*e, *w.end) : *w.end;
  }
  return e;
}

bool MessageFacts::needs_window_clauses(const std::vector<ResolvedWindow>& windows) const {
  if (windows.size() < 2) return false;
  const std::string first = window_systems(windows.front());
  for (const auto& w : windows)
    if (window_systems(w) != first) return true;
  for (const auto& s : stretches(times_of(windows)))
    for (const auto& w : windows) {
      const bool in_stretch = w.start >= s.start && (!s.end || w.start <= *s.end);
      if (in_stretch && (w.start != s.start || w.end != s.end)) return true;
    }
  return false;
}

std::string MessageFacts::text(const model::LocalizedText& t) const {
  return std::string(t.best(loc_.text_preference()));
}

std::vector<std::string> MessageFacts::texts(const std::vector<model::LocalizedText>& ts) const {
  std::vector<std::string> out;
  for (const auto& t : ts) out.push_back(text(t));
  return out;
}

std::string MessageFacts::window_systems(const TimedWindow& w, bool compact) const {
  return in_regions(compact ? compact_systems(w.systems) : join(w.systems), w.regions);
}

std::string MessageFacts::window_systems(const ResolvedWindow& w) const {
  return in_regions(join(texts(w.source->systems)), join(texts(w.source->regions)));
}

std::string MessageFacts::in_regions(std::string systems, const std::string& regions) const {
  if (regions.empty()) return systems;
  return loc_.phrase("systems.in_regions", {{"systems", systems}, {"regions", regions}});
}

// systems.first_and_more.one / .many, as the count of the others agrees: "A et 1 autre
// service", "A und 2 weitere Dienste".
std::string MessageFacts::first_and_more(const std::vector<std::string>& systems) const {
  if (systems.size() < 2) return join(systems);
  const std::size_t others = systems.size() - 1;
  return loc_.phrase(others == 1 ? "systems.first_and_more.one" : "systems.first_and_more.many",
                     {{"first", systems.front()},
                      {"count", std::to_string(others)},
                      {"total", std::to_string(systems.size())}});
}

std::string MessageFacts::agreeing(std::string key, std::size_t systems) const {
  return loc_.variant(std::move(key), ".plural", systems > 1);
}

std::string MessageFacts::compact_systems(const std::vector<std::string>& systems) const {
  std::string all = join(systems);
  std::string compact = first_and_more(systems);
  return text::count_code_points(compact) < text::count_code_points(all) ? compact : all;
}

// A set remembers what was seen: a sheet may name thousands of systems. An ordered one, the
// kind the JSON reader keeps keys in: the WebAssembly module then needs no hash table for it.
std::vector<std::string> MessageFacts::systems_of(
    const std::vector<ResolvedWindow>& windows) const {
  std::vector<std::string> out;
  std::set<std::string, std::less<>> seen;
  for (const auto& w : windows)
    for (const auto& s : w.source->systems)
      if (auto t = text(s); seen.insert(t).second) out.push_back(std::move(t));
  return out;
}

std::string MessageFacts::windows_text(const std::vector<ResolvedWindow>& windows, Length length,
                                       Placement placement, const WhenWriter& when) {
  return when.windows(times_of(windows), length, placement);
}

std::string MessageFacts::moment(std::optional<time::UtcSeconds> at, Length length) const {
  return at ? when_.moment(*at, length) : std::string();
}

std::string MessageFacts::beside_news(const std::vector<ResolvedWindow>& windows,
                                      Length length) const {
  std::vector<WindowTimes> all = times_of(windows);
  const std::vector<WindowTimes> news = times_of(about_);
  all.insert(all.end(), news.begin(), news.end());
  if (length != Length::full && !windows.empty() && !news.empty() && when_.same_hours(all))
    return when_.dates_only(times_of(windows));
  return windows_text(windows, length, Placement::sentence, when_);
}

}  // namespace noticekit::compose
