#include "compose/compose.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <unordered_set>
#include <utility>

#include "compose/when.h"
#include "model/kind.h"
#include "model/notice_language.h"
#include "model/service_back.h"
#include "model/window_changes.h"
#include "text/utf8.h"

namespace noticekit::compose {
namespace {

using locale::Locale;
using model::LocalizedText;
using model::Notice;

struct ResolvedWindow {
  const model::Window* source;
  std::size_t index;  // in the list it came from (the sheet's windows or the originals)
  time::UtcSeconds start;
  std::optional<time::UtcSeconds> end;
};

// Which parts of the letter each message of the lifecycle carries (one row per entry of
// model::lifecycle_kinds). A cancellation only
// needs to say what no longer happens; a restoration replaces the "what to do during" parts
// with what was done and what to do now.
struct KindProfile {
  std::string_view kind;
  bool schedule, affected, alternatives, before, after, next, local_times, restoration, updates,
      mitigation;
};

// The most systems a title or an SMS names one by one; more are "A and 6 other services".
constexpr std::size_t kMostSystemsNamed = 3;

constexpr KindProfile profiles[] = {
    // kind          sched  affect altern before after  next   local  restor updates mitig
    {"announcement", true, true, true, true, true, true, true, false, false, false},
    {"reminder", true, true, true, true, true, true, true, false, false, false},
    {"started", true, true, true, false, true, true, true, false, true, false},
    {"extension", true, true, true, false, true, true, true, false, true, true},
    {"reschedule", true, true, true, true, true, true, true, false, false, false},
    {"cancellation", false, false, false, false, false, false, true, false, false, false},
    {"emergency", true, true, true, true, true, true, true, false, true, true},
    {"restoration", false, false, false, false, false, false, true, true, true, false},
};

// The readers' zones other than the sheet's, as audience.time_zones lists them (an unknown
// one is the validator's error).
std::vector<time::Zone> other_reader_zones(const Notice& n, const time::Zone& zone) {
  std::vector<time::Zone> out;
  for (const auto& name : n.audience.time_zones)
    if (auto other = time::Zone::find(name); other && other->name() != zone.name())
      out.push_back(std::move(*other));
  return out;
}

// At home when no reader zone other than the sheet's own is listed.
WhenWriter::Readers readers_of(const Notice& n, const time::Zone& zone) {
  return other_reader_zones(n, zone).empty() ? WhenWriter::Readers::at_home
                                             : WhenWriter::Readers::anywhere;
}

const KindProfile& profile_of(std::string_view kind) {
  for (const auto& p : profiles)
    if (p.kind == kind) return p;
  return profiles[0];
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

// The whole downtime: earliest start to latest end (unknown if any end is unknown), and
// whether that end is an estimate.
struct Span {
  time::UtcSeconds start = 0;
  std::optional<time::UtcSeconds> end;
  bool estimate = false;
};

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

class Composer {
 public:
  Composer(const Notice& n, const Locale& loc, const time::Zone& zone, std::string kind)
      : n_(n),
        loc_(loc),
        zone_(zone),
        when_(loc, zone, readers_of(n, zone)),
        kind_(std::move(kind)),
        profile_(profile_of(kind_)),
        windows_(resolve(n.windows, zone)),
        original_(resolve(n.change.original_windows, zone)),
        changes_(model::pair_windows(n.windows, n.change.original_windows)),
        about_(windows_),
        about_original_(original_),
        notice_word_(loc.phrase("notice_word." + n.audience.kind)) {
    if (const auto* back = model::service_back(n)) actual_end_ = zone.to_utc(*back->value).utc;
    if (n.sent.value) sent_ = zone.to_utc(*n.sent.value).utc;
    if (model::is_change(kind_)) sort_out_changes();
    if (kind_ == "started" || kind_ == "restoration") sort_out_under_way();
    retire_past_standing();
    about_systems_ = systems_of(about_);
    windows_differ_ = needs_window_clauses(about_);
    if (!n.reason.empty()) reason_ = shape_of(text(n.reason), loc, Field::reason);
    if (!n.change.reason.empty())
      change_reason_ = shape_of(text(n.change.reason), loc, Field::reason);
  }

  Document compose() {
    Document d;
    d.message_kind = kind_;
    d.language = loc_.tag();
    add_facts(d);
    const TitleParts shortest = shortest_title_parts();
    d.title_options = title_options(shortest);
    d.title = fullest_within_limit(d.title_options);
    d.compact_title = compact_title(d.title_options.back(), shortest);
    d.subject = d.title;
    d.greeting = greeting("greeting.");
    d.lead = lead();
    d.lead_after_greeting = loc_.after_greeting(d.lead);
    add_sections(d);
    number_sections(d);
    d.closing.push_back(loc_.phrase(closing_key()));
    // A reminder closes as a reminder ("特此提示。", not "特此公告。" under "温馨提示").
    const std::string formula_key =
        kind_ == "reminder" ? "closing.formula.reminder" : "closing.formula";
    d.sign_off = loc_.phrase(formula_key, {{"notice_word", notice_word()}});
    d.issuer = issuer();
    if (n_.sent.value) d.date = when_.issued_date(*n_.sent.value);
    d.brief = brief(d, {});
    return d;
  }

  // See TimedWindow::event_key. A changed window keeps the key of its original.
  std::string event_key(const ResolvedWindow& w) const {
    const auto first = [](const LocalizedText& t) {
      return t.empty() ? std::string() : t.by_language.front().second;
    };
    const ResolvedWindow* original = original_of(w);
    const time::UtcSeconds start = original ? original->start : w.start;
    std::string key = first(n_.organization_name) + '\n' + std::to_string(start);
    for (const auto& s : w.source->systems) key += '\n' + first(s);
    return key;
  }

  void add_facts(Document& d) const {
    d.organization = text(n_.organization_name);
    d.time_zone = zone_.name();
    if (n_.sent.value) d.sent = zone_.to_utc(*n_.sent.value).utc;
    if (kind_ == "restoration") d.back = actual_end_;
    d.after_planned_work = planned_restoration();
    d.reason = reason_;
    if (model::is_change(kind_)) d.change_reason = change_reason_;
    // A cancellation is about the windows it cancels; every other message about the sheet's.
    // The windows a cancellation leaves go ahead; they are listed apart, for the channels that
    // say so window by window.
    const bool cancellation = kind_ == "cancellation";
    for (const auto& w : cancellation ? about_ : windows_) d.windows.push_back(timed(w));
    if (cancellation && !standing_.empty())
      for (const auto& w : standing_) d.going_ahead.push_back(timed(w));
    d.unavailable = texts(n_.unavailable);
    d.degraded = texts(n_.degraded);
    d.still_available = texts(n_.still_available);
    d.alternatives = texts(n_.alternatives);
    d.actions_before = texts(n_.actions_before);
    d.actions_after = texts(n_.actions_after);
    for (const auto& c : n_.contacts)
      d.contacts.push_back({c.kind, c.value, c.label.empty() ? std::string() : text(c.label),
                            c.hours.empty() ? std::string() : text(c.hours), contact_line(c)});
    if (n_.next_update.value) d.next_update = zone_.to_utc(*n_.next_update.value).utc;
    d.revision = n_.revision;
    d.sms_max_segments = n_.sms.max_segments;
  }

  // What a shorter brief leaves out (see shorter_briefs).
  struct BriefCuts {
    bool reason = false, alternatives = false, greeting = false, actions = false, standing = false,
         systems_list = false;
  };

  // Shorter briefs for an SMS that would otherwise be too long, each giving up one more part,
  // least needed first: the reason (readers act on what and when, not why), the alternatives,
  // the greeting, what to do before or after, the windows left as announced (told before),
  // and last the full list of systems (compacted to "A and 2 more"). The signature, the windows,
  // the systems and the contact always stay. A part the brief does not have is skipped, so every
  // entry is shorter than the one before.
  std::vector<ShorterBrief> shorter_briefs(const Document& d) const {
    static constexpr std::pair<std::string_view, bool BriefCuts::*> order[] = {
        {"reason", &BriefCuts::reason},
        {"alternatives", &BriefCuts::alternatives},
        {"greeting", &BriefCuts::greeting},
        {"actions", &BriefCuts::actions},
        {"unchanged_windows", &BriefCuts::standing},
        {"systems_list", &BriefCuts::systems_list}};
    std::vector<ShorterBrief> out;
    BriefCuts cuts;
    std::vector<std::string> given_up;
    Brief previous = d.brief;
    for (const auto& [part, cut] : order) {
      cuts.*cut = true;
      Brief shorter = brief(d, cuts);
      if (shorter == previous) continue;
      given_up.emplace_back(part);
      previous = shorter;
      out.push_back({given_up, std::move(shorter)});
    }
    return out;
  }

 private:
  const ResolvedWindow* original_by_index(std::size_t index) const {
    for (const auto& o : original_)
      if (o.index == index) return &o;
    return nullptr;
  }

  // The window as first announced that a window of the sheet continues, if any (none for an
  // original itself, or an added window).
  const ResolvedWindow* original_of(const ResolvedWindow& w) const {
    const bool from_sheet = w.index < n_.windows.size() && w.source == &n_.windows[w.index];
    if (!from_sheet || !changes_.original_of[w.index]) return nullptr;
    return original_by_index(*changes_.original_of[w.index]);
  }

  // A change message says what changed, window by window (see WindowChanges): an extension
  // or a reschedule is about the windows that changed or were added, a cancellation about the
  // originals no window continues; the windows left as announced are said to stand. A
  // cancellation whose sheet cancels nothing in particular cancels every window, as does one
  // without originals.
  void sort_out_changes() {
    if (kind_ == "cancellation") {
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
  void retire_past_standing() {
    if (!sent_) return;
    const auto past = [&](const ResolvedWindow& w) { return w.end && *w.end <= *sent_; };
    for (const auto& w : standing_)
      if (past(w)) over_.push_back(w);
    std::erase_if(standing_, past);
  }

  // The sheet's windows but those over before the message (see retire_past_standing and
  // sort_out_under_way).
  std::vector<ResolvedWindow> not_over() const {
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
  void sort_out_under_way() {
    const std::optional<time::UtcSeconds> at = kind_ == "restoration" ? actual_end_ : sent_;
    const auto all = stretches(times_of(windows_));
    if (all.size() < 2) return;
    WindowTimes current = all.front();
    for (const auto& s : all)
      if (at && (kind_ == "restoration" ? s.start < *at : s.start <= *at)) current = s;
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

  // The windows the message leaves as announced, as a sentence of the lead (full) or of the
  // SMS (compact); empty when there are none. Windows already under way when the message is
  // sent are not "going ahead": they are not affected, and end when they were to
  // (key.under_way, with that end).
  std::string standing_sentence(std::string_view key, Length length) const {
    if (standing_.empty()) return {};
    const bool under_way =
        sent_ && std::all_of(standing_.begin(), standing_.end(),
                             [&](const ResolvedWindow& w) { return w.start <= *sent_; });
    const std::optional<time::UtcSeconds> end = span_of(standing_).end;
    // Systems the message has just named are not listed again (key.same).
    const std::string same = systems_of(standing_) == all_systems() ? ".same" : "";
    if (under_way && end)
      return loc_.phrase(
          std::string(key) + ".under_way" + same,
          {{"systems", join(systems_of(standing_))}, {"end", when_.moment(*end, length)}});
    return loc_.phrase(std::string(key) + same, {{"systems", join(systems_of(standing_))},
                                                 {"window", standing_window(length)}});
  }

  // The windows left as announced (see beside_news).
  std::string standing_window(Length length) const { return beside_news(standing_, length); }

  // Windows said after the news (the originals of moved ones, those left as announced): a short
  // text whose windows keep the hours the news has just given says their days alone ("It was
  // planned for Sat 5 and Tue 8 Dec", "Se mantiene el 12 dic").
  std::string beside_news(const std::vector<ResolvedWindow>& windows, Length length) const {
    std::vector<WindowTimes> all = times_of(windows);
    const std::vector<WindowTimes> news = times_of(about_);
    all.insert(all.end(), news.begin(), news.end());
    if (length != Length::full && !windows.empty() && !news.empty() && when_.same_hours(all))
      return when_.dates_only(times_of(windows));
    return windows_text(windows, length, Placement::sentence, when_);
  }

  // A cancellation of some windows while others go ahead.
  bool partial_cancellation() const { return kind_ == "cancellation" && !standing_.empty(); }

  // A restoration after planned work says the work is complete and thanks readers; after an
  // incident (an emergency sheet) it says service is back and apologises.
  bool planned_restoration() const { return kind_ == "restoration" && n_.kind != "emergency"; }

  // True when service came back later than a window of the stretch of work it came back from
  // would (an estimated end included): a restoration apologises for that. The tax example's
  // e-Tax Bureau, due back at 06:00 and back at 07:10, overran, though another system of the
  // same night was expected back only at 12:00.
  bool overran() const {
    if (!actual_end_) return false;
    return std::any_of(about_.begin(), about_.end(),
                       [&](const ResolvedWindow& w) { return w.end && *w.end < *actual_end_; });
  }

  std::string closing_key() const {
    if (planned_restoration() && !overran()) return "closing.restoration.planned";
    return "closing." + kind_;
  }

  // When the outage or the work began and how long it lasted, for a restoration: every
  // published one we compared gives the span.
  std::string outage_sentence() const {
    if (!actual_end_ || windows_.empty()) return {};
    const time::UtcSeconds began = span_of(about_).start;
    // Of several nights, the one service came back from: "the last part of the work", not
    // "the work began on the 19th" when it began on the 12th.
    const bool last_of_several = !over_.empty();
    return loc_.phrase(!planned_restoration() ? "lead.restoration.outage"
                       : last_of_several      ? "lead.restoration.maintenance.last"
                                              : "lead.restoration.maintenance",
                       {{"began", when_.moment(began, Length::full)},
                        {"duration", when_.duration(*actual_end_ - began)}});
  }

  std::string text(const LocalizedText& t) const {
    return std::string(t.best(loc_.text_preference()));
  }

  std::string join(const std::vector<std::string>& items) const { return loc_.list(items); }

  std::vector<std::string> texts(const std::vector<LocalizedText>& ts) const {
    std::vector<std::string> out;
    for (const auto& t : ts) out.push_back(text(t));
    return out;
  }

  std::string window_systems(const TimedWindow& w, bool compact = false) const {
    return in_regions(compact ? compact_systems(w.systems) : join(w.systems), w.regions);
  }

  std::string window_systems(const ResolvedWindow& w) const {
    return in_regions(join(texts(w.source->systems)), join(texts(w.source->regions)));
  }

  std::string in_regions(std::string systems, const std::string& regions) const {
    if (regions.empty()) return systems;
    return loc_.phrase("systems.in_regions", {{"systems", systems}, {"regions", regions}});
  }

  // "A and 2 more" (systems.first_and_more.one / .many, as the count of the others agrees:
  // "A et 1 autre service", "A und 2 weitere Dienste") for several systems; one as it is.
  std::string first_and_more(const std::vector<std::string>& systems) const {
    if (systems.size() < 2) return join(systems);
    const std::size_t others = systems.size() - 1;
    return loc_.phrase(others == 1 ? "systems.first_and_more.one" : "systems.first_and_more.many",
                       {{"first", systems.front()},
                        {"count", std::to_string(others)},
                        {"total", std::to_string(systems.size())}});
  }

  // A short text's frame for several systems where the language has one (key + ".plural",
  // optional): a list of two or more is plural whatever was typed, so the frame may agree with
  // it ("A y otros 6 servicios no disponibles", where the frame for any noun, "sin servicio",
  // repeats the list's noun).
  std::string agreeing(std::string key, std::size_t systems) const {
    if (systems > 1 && loc_.has(key + ".plural")) key += ".plural";
    return key;
  }

  // The shorter of the whole list and "A and 2 more".
  std::string compact_systems(const std::vector<std::string>& systems) const {
    std::string all = join(systems);
    std::string compact = first_and_more(systems);
    return text::count_code_points(compact) < text::count_code_points(all) ? compact : all;
  }

  // Every system of these windows once, in the order the sheet names them. A set remembers
  // what was seen: the lead, the title and each SMS variant ask for this, and a sheet may name
  // thousands.
  std::vector<std::string> systems_of(const std::vector<ResolvedWindow>& windows) const {
    std::vector<std::string> out;
    std::unordered_set<std::string> seen;
    for (const auto& w : windows)
      for (const auto& s : w.source->systems)
        if (auto t = text(s); seen.insert(t).second) out.push_back(std::move(t));
    return out;
  }

  // Every system the message is about (about_ is settled in the constructor).
  const std::vector<std::string>& all_systems() const { return about_systems_; }

  static std::vector<WindowTimes> times_of(const std::vector<ResolvedWindow>& windows) {
    std::vector<WindowTimes> times;
    for (const auto& w : windows) times.push_back({w.start, w.end, w.source->end_is_estimate});
    return times;
  }

  // The windows as words, each as itself (WhenWriter::windows).
  static std::string windows_text(const std::vector<ResolvedWindow>& windows, Length length,
                                  Placement placement, const WhenWriter& when) {
    return when.windows(times_of(windows), length, placement);
  }

  std::string moment(std::optional<time::UtcSeconds> at, Length length) const {
    return at ? when_.moment(*at, length) : std::string();
  }

  // What the title says about time, per message: the window for what is ahead, the new end
  // for an extension, the actual end for a restoration, the start of what is under way.
  std::string headline_when(const std::vector<ResolvedWindow>& windows, std::string_view kind,
                            Length length) const {
    if (kind == "extension") return moment(span_of(windows).end, length);
    if (kind == "restoration") return moment(actual_end_, length);
    // Both titles say since when ("down since …"), whether or not the end is known.
    if (kind == "started" || kind == "emergency") return moment(span_of(windows).start, length);
    return windows_text(windows, length, Placement::title, when_);
  }

  std::string headline_when(Length length) const { return headline_when(about_, kind_, length); }

  // The one moment a title of this message says (see headline_when); nullopt for the titles
  // that state windows.
  std::optional<time::UtcSeconds> headline_moment() const {
    if (kind_ == "extension") return span_of(about_).end;
    if (kind_ == "restoration") return actual_end_;
    if (kind_ == "started" || kind_ == "emergency") return span_of(about_).start;
    return std::nullopt;
  }

  // The title of one window alone, naming its own systems and its own times: a calendar event's
  // summary, which must not borrow the other windows' systems or the span of all of them.
  // Every one of its systems is named (a window names few), and its times even where the
  // locale's title for the kind has none (title.window: zh "{title}（{when}）").
  // A window the message leaves as announced, or whose work is over, keeps the announcement's
  // title: a calendar must not call a night that did not change "extended" or "in progress".
  std::string window_title(const TimedWindow& t, const ResolvedWindow& w) const {
    // A window of the stretch under way that has not begun when a started message is sent is
    // still ahead too.
    const bool ahead = kind_ == "started" && sent_ && w.start > *sent_;
    const std::string kind = t.stands || t.over || ahead ? "announcement" : kind_;
    const std::string when = headline_when({w}, kind, Length::compact);
    const std::string title = kind_title(kind, window_systems(t), when);
    if (when.empty() || title.find(when) != std::string::npos) return title;
    return loc_.phrase("title.window", {{"title", title}, {"when", when}});
  }

  // True for the messages whose title states the windows themselves (not one moment).
  bool states_windows() const {
    return kind_ != "extension" && kind_ != "restoration" && kind_ != "started" &&
           kind_ != "emergency";
  }

  // headline_when as a date without times or zone, for a title with no room for them; empty
  // where the date alone would hide a day of downtime (24 hours or more, unless all within
  // that one date).
  std::string headline_day() const {
    const auto day = [&](std::optional<time::UtcSeconds> at) {
      return at ? when_.moment_day(*at) : std::string();
    };
    if (kind_ == "extension") return day(span_of(about_).end);
    if (kind_ == "restoration") return day(actual_end_);
    const Span s = span_of(about_);
    if (kind_ == "started" || kind_ == "emergency") return day(s.start);
    // Work within one night is told by the date it starts on, as is work all within one date.
    if (s.end && ((*s.end - s.start < 24 * 3600 && starts_on_one_date(about_)) ||
                  within_one_day(s.start, *s.end)))
      return when_.window_day(s.start);
    return {};
  }

  // True when every stretch of these windows (see stretches()) starts on one local date.
  bool starts_on_one_date(const std::vector<ResolvedWindow>& windows) const {
    const auto all = stretches(times_of(windows));
    return std::all_of(all.begin(), all.end(), [&](const WindowTimes& w) {
      return time::day_number(zone_.to_local(w.start)) ==
             time::day_number(zone_.to_local(all.front().start));
    });
  }

  // True when [start, end] lies in one local calendar day, an end at its midnight included:
  // 00:00 to 24:00 of Sat 28 Nov is "Sat 28 Nov"; 06:30 to 06:30 the next day is not.
  bool within_one_day(time::UtcSeconds start, time::UtcSeconds end) const {
    const time::LocalDateTime first = zone_.to_local(start);
    const time::LocalDateTime last = zone_.to_local(end);
    const long days = time::day_number(last) - time::day_number(first);
    return days == 0 || (days == 1 && last.hour == 0 && last.minute == 0);
  }

  // The message kind's title (title.<kind>) for these systems and this time.
  std::string kind_title(std::string_view kind, const std::string& systems,
                         const std::string& when) const {
    const bool planned = kind == "restoration" && planned_restoration();
    std::string key = planned ? "title.restoration.planned" : "title." + std::string(kind);
    if (kind == "extension" && new_end_unknown()) key += ".open";
    return loc_.phrase(key, {{"systems", systems}, {"when", when}, {"notice_word", notice_word()}});
  }

  // What the audience calls a notice (公告, 通知), in every title option and the sign-off.
  const std::string& notice_word() const { return notice_word_; }

  using TitleParts = std::pair<std::string, std::string>;  // the systems named, the time

  // Every wording of the title, fullest first: every system named (when few), then the first and a
  // count, then a count; last, the shortest time (see shortest_title_parts). The composer keeps the
  // fullest that fits.
  std::vector<std::string> title_options(const TitleParts& shortest) const {
    const auto& systems = all_systems();
    // A title names every system only when there are few (kMostSystemsNamed): a list of seven
    // is a wall, "A and 6 other services" says who is concerned.
    std::vector<std::string> names;
    if (systems.size() <= kMostSystemsNamed) names.push_back(join(systems));
    if (systems.size() > 1) {
      names.push_back(first_and_more(systems));
      names.push_back(loc_.phrase("systems.count", {{"count", std::to_string(systems.size())}}));
    }
    std::vector<std::string> out;
    const auto add = [&](const std::string& systems_named, const std::string& when) {
      std::string t = kind_title(kind_, systems_named, when);
      if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(std::move(t));
    };
    const auto& [named, shortest_when] = shortest;
    // "A, B and C unavailable 22:00 to 12:00" says A is down until 12:00 when it is back at
    // 06:00: where the windows differ (needs_window_clauses), a title names their date(s).
    const std::string when =
        states_windows() && windows_differ_ ? shortest_when : headline_when(Length::compact);
    // A title gives up detail of its time before its systems are only counted ("7 services"
    // names nothing): a moment its zone (the letter under it says it), windows their times
    // (the dates alone, "on 12, 15 and 19 Dec").
    // Readers in other zones would take a time of day without its zone for their own
    // ("since 04:45" is 08:45 in Berlin): for them the shorter moment keeps the zone's short
    // name, as an SMS gives it ("since 04:45 Brasilia time on Sun 20 Dec").
    const auto moment = headline_moment();
    const bool readers_elsewhere = when_.readers() == WhenWriter::Readers::anywhere;
    const std::string shorter = !moment             ? shortest_when
                                : readers_elsewhere ? when_.moment(*moment, Length::brief)
                                                    : when_.moment_title(*moment);
    const std::size_t named_options = names.size() > 1 ? names.size() - 1 : names.size();
    for (std::size_t i = 0; i < named_options; ++i) add(names[i], when);
    for (std::size_t i = 0; i < named_options; ++i) add(names[i], shorter);
    for (std::size_t i = named_options; i < names.size(); ++i) {
      add(names[i], when);
      add(names[i], shorter);
    }
    add(named, shortest_when);
    // Only where even that is too long: the dates as readers in one zone would get them.
    if (readers_elsewhere) add(named, shortest_title_parts(Zoned::no).second);
    return out;
  }

  enum class Zoned { yes, no };

  // The systems and time of the shortest title: the systems counted (or the one named); where
  // the date alone tells the truth (a window within one night, or one moment) the date without
  // times or zone, else for several stretches of windows their count ("3 dates from …"), else
  // the compact time.
  TitleParts shortest_title_parts(Zoned zoned = Zoned::yes) const {
    const auto& systems = all_systems();
    std::string named =
        systems.size() > 1
            ? loc_.phrase("systems.count", {{"count", std::to_string(systems.size())}})
            : join(systems);
    const auto dated = [&](std::string dates) {
      return zoned == Zoned::yes ? dated_for_readers(std::move(dates)) : dates;
    };
    if (std::string day = headline_day(); !day.empty()) return {std::move(named), dated(day)};
    if (const auto all = stretches(times_of(about_)); states_windows() && all.size() > 1)
      return {std::move(named), dated(when_.windows_summary(all))};
    return {std::move(named), headline_when(Length::compact)};
  }

  // A title's dates without times, for readers in other zones too: on their clocks the night of
  // 12 Dec in Brasília is the 13th, so the dates say whose they are (title.dates_in_zone, with
  // {zone} or {offset}: "on 12, 15 and 19 Dec (UTC-3)", "seit So., 13. Dez. (UTC+8)").
  std::string dated_for_readers(std::string dates) const {
    if (when_.readers() == WhenWriter::Readers::at_home) return dates;
    const time::UtcSeconds at = headline_moment().value_or(span_of(about_).start);
    const time::ZoneOffset offset = zone_.offset_at(at);
    return loc_.phrase(
        "title.dates_in_zone",
        {{"dates", dates},
         {"zone", when_.zone_label(offset, Length::compact)},
         {"offset", time::format_utc_offset(offset.utc_offset_seconds, time::Minus::hyphen)}});
  }

  // The kind said in fewer words where the language has them (title.compact.<kind> of the
  // messages that state windows) with the shortest title's parts; empty when it is no shorter
  // than `shortest`, the shortest title option.
  std::string compact_title(const std::string& shortest, const TitleParts& parts) const {
    const std::string key = "title.compact." + kind_;
    if (!loc_.has(key)) return {};
    const auto& [named, when] = parts;
    std::string compact =
        loc_.phrase(key, {{"systems", named}, {"when", when}, {"notice_word", notice_word()}});
    return text::count_code_points(compact) < text::count_code_points(shortest) ? compact
                                                                                : std::string();
  }

  static std::string fullest_within_limit(const std::vector<std::string>& options) {
    for (const auto& t : options)
      if (text::count_code_points(t) <= subject_limit) return t;
    return options.back();
  }

  // The audience's roles as the greeting names them, without the comma or colon a writer may
  // have typed after a salutation ("Dear customers,"); empty when one has no text in this
  // language.
  std::vector<std::string> roles() const {
    std::vector<std::string> out;
    for (const auto& r : n_.audience.roles) {
      // No mixed-language greetings: without the role in this language, use the audience's noun.
      if (!loc_.reads_as_own(r.name.best_language(loc_.text_preference()))) return {};
      out.push_back(without_trailing_marks(std::string(r.name.best(loc_.text_preference()))));
    }
    return out;
  }

  static std::string without_trailing_marks(std::string name) {
    static constexpr std::string_view marks[] = {",", ":", " ", "，", "：", "、"};
    for (bool cut = true; cut;) {
      cut = false;
      for (const std::string_view mark : marks)
        if (name.size() > mark.size() &&
            name.compare(name.size() - mark.size(), mark.size(), mark) == 0) {
          name.erase(name.size() - mark.size());
          cut = true;
        }
    }
    return name;
  }

  // A role typed with its salutation ("尊敬的客户", "Dear customers") is greeted as typed
  // (greeting.typed), not "尊敬的尊敬的客户"; one typed with only the salutation before it
  // ("親愛的客戶") gets what the language closes a greeting with (greeting.typed.opened:
  // zh-TW "親愛的客戶您好："), as the untyped greeting has it.
  std::string greeting(const std::string& prefix) const {
    const auto names = roles();
    if (names.empty()) return loc_.phrase(prefix + n_.audience.kind);
    const bool typed = std::any_of(names.begin(), names.end(), [&](const std::string& name) {
      return loc_.has_salutation(name);
    });
    const bool closed = std::any_of(names.begin(), names.end(), [&](const std::string& name) {
      return loc_.closes_with_salutation(name);
    });
    const std::string key = !typed ? "roles" : closed ? "typed" : "typed.opened";
    return loc_.phrase(prefix + key, {{"roles", join(names)}});
  }

  // A reason typed as a phrase goes into the lead ("maintenance for …", "因…，"), with no
  // connector of ours when it brings its own ("maintenance due to …"); one typed as a sentence
  // stands beside the lead instead (with_reason_sentence).
  // The reason in the lead's slot for it. A sentence goes there only where the language's
  // `<key>.sentence` frame takes it ("{reason}これに伴い、", after the letter's set opening);
  // elsewhere that frame is empty and lead.with_reason places the sentence beside the lead.
  // A planned restoration leaves out a sentence written ahead of the work ("We will move the
  // database …"), whose tense no longer holds.
  std::string clause(const std::string& key, const ShapedText& reason) const {
    if (reason.text.empty()) return {};
    if (reason.shape == Shape::sentence)
      return planned_restoration() ? std::string()
                                   : loc_.phrase(key + ".sentence", {{"reason", reason.text}});
    return loc_.phrase(frame_key(key, reason.shape), {{"reason", reason.text}});
  }

  std::string reason_clause() const { return clause("reason.clause." + kind_, reason_); }
  std::string change_reason_clause() const {
    return clause("change.reason.clause", change_reason_);
  }

  // The reason typed as a sentence when it stands beside the lead (not in the lead's slot,
  // see clause()); empty otherwise. A change message gives why it changed.
  const ShapedText* reason_sentence() const {
    const bool change = model::is_change(kind_);
    const ShapedText& r = change ? change_reason_ : reason_;
    if (r.shape != Shape::sentence || planned_restoration()) return nullptr;
    if (!(change ? change_reason_clause() : reason_clause()).empty()) return nullptr;
    return &r;
  }

  // A lead frame may name where that sentence goes ({reason_sentence}, {change_reason_sentence}:
  // right after the sentence it explains, "… est annulée. Le fournisseur a …. Services
  // concernés : …"); it comes with the space that separates it from the sentence before.
  std::string reason_sentence_slot(bool change) const {
    const ShapedText* r = reason_sentence();
    return r && change == model::is_change(kind_) ? " " + r->text : std::string();
  }

  // The lead with the reason typed as a sentence, placed as the language places it
  // (lead.with_reason: after the lead in English, before it in Chinese), unless the lead's
  // frame (`key`) placed it itself; the lead alone when there is no such sentence.
  std::string with_reason_sentence(std::string lead, std::string_view key = {}) const {
    const ShapedText* r = reason_sentence();
    if (!r) return lead;
    const bool change = model::is_change(kind_);
    if (!key.empty() && loc_.mentions(key, change ? "change_reason_sentence" : "reason_sentence"))
      return lead;
    // A change says what its reason is for ("延長の理由：…").
    return loc_.phrase(change ? "lead.with_reason." + kind_ : std::string("lead.with_reason"),
                       {{"reason", r->text}, {"lead", lead}});
  }

  // One window as the channels need it: its times in words and its own title.
  TimedWindow timed(const ResolvedWindow& w) const {
    TimedWindow t;
    t.event_key = event_key(w);
    t.systems = texts(w.source->systems);
    t.regions = join(texts(w.source->regions));
    t.start = w.start;
    t.end = w.end;
    t.end_is_estimate = w.source->end_is_estimate;
    const bool open = kind_ == "emergency" && !w.end;
    t.when = open ? when_.moment(w.start, Length::full)
                  : when_.window(w.start, w.end, t.end_is_estimate, Length::full);
    // An emergency's SMS says since when (sms.window.emergency: "unavailable since …"); the
    // expected end, if known, is a sentence of its own (sms.expected_end).
    t.when_brief = kind_ == "emergency"
                       ? when_.moment(w.start, Length::brief)
                       : when_.window(w.start, w.end, t.end_is_estimate, Length::compact);
    const auto in = [&](const std::vector<ResolvedWindow>& list) {
      return std::any_of(list.begin(), list.end(),
                         [&](const ResolvedWindow& s) { return s.source == w.source; });
    };
    t.stands = in(standing_);
    t.over = in(over_);
    if (kind_ == "extension" || kind_ == "reschedule")
      if (const ResolvedWindow* o = original_of(w); o && !t.stands)
        t.original = TimedWindow::Original{o->start, o->end, o->source->end_is_estimate};
    t.title = window_title(t, w);
    return t;
  }

  // Every value a lead or SMS pattern of any kind may use, each worked out only when the
  // pattern `key` names it: most name two or three of them, and the others cost moments and
  // windows worded for nothing.
  locale::Args lead_args(Length length, std::string_view key) const {
    const auto now = [&] { return span_of(about_); };
    return locale::NeededArgs(loc_.pattern(key))
        .add("organization", [&] { return text(n_.organization_name); })
        .add("reason_clause", [&] { return reason_clause(); })
        .add("reason_sentence", [&] { return reason_sentence_slot(false); })
        .add("change_reason_sentence", [&] { return reason_sentence_slot(true); })
        .add("change_reason_clause", [&] { return change_reason_clause(); })
        .add("systems", [&] { return join(all_systems()); })
        .add("window", [&] { return windows_text(about_, length, Placement::sentence, when_); })
        .add("old_window", [&] { return old_window(length); })
        .add("start", [&] { return when_.moment(now().start, length); })
        .add("end", [&] { return moment(now().end, length); })
        .add("old_end",
             [&] {
               std::optional<time::UtcSeconds> old_end;
               if (!about_original_.empty()) old_end = span_of(about_original_).end;
               const auto end = now().end;
               return old_end && end ? when_.moment_beside(*old_end, *end, length)
                                     : moment(old_end, length);
             })
        .add("actual_end", [&] { return moment(actual_end_, length); })
        .take();
  }

  // The windows as first announced (see beside_news).
  std::string old_window(Length length) const { return beside_news(about_original_, length); }

  // The SMS's values, the same for the brief and each shorter one: worked out once per pattern.
  const locale::Args& compact_lead_args(const std::string& key) const {
    if (!compact_lead_args_ || compact_lead_args_->first != key)
      compact_lead_args_ = {key, lead_args(Length::compact, key)};
    return compact_lead_args_->second;
  }

  // True when one sentence for all these windows would misstate one of them: they name other
  // systems (or regions), or windows of one stretch start or end at other times. "From 22:00
  // to 12:00, e-Tax and social insurance are unavailable" says e-Tax is down until 12:00 when
  // it is back at 06:00; each window then gets a clause of its own (window_clauses).
  bool needs_window_clauses(const std::vector<ResolvedWindow>& windows) const {
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

  // Each window as a clause of its own: its systems and its times (key.one / key.many by the
  // number of its systems), joined as the language joins such clauses.
  std::string window_clauses(const std::vector<ResolvedWindow>& windows, const std::string& key,
                             Length length) const {
    std::string out;
    for (const auto& w : windows) {
      if (!out.empty()) out += loc_.phrase("lead.window.separator");
      const std::string plurality = w.source->systems.size() == 1 ? ".one" : ".many";
      out += loc_.phrase(key + plurality,
                         {{"systems", window_systems(w)},
                          {"window", windows_text({w}, length, Placement::sentence, when_)}});
    }
    return out;
  }

  // The lead of a message that states the windows ahead or under way, a clause per window
  // (see needs_window_clauses); empty when one sentence for all states them right.
  std::string lead_by_window() const {
    static const std::unordered_set<std::string> kinds{"announcement", "reminder", "started",
                                                       "reschedule"};
    if (!kinds.count(kind_) || !windows_differ_) return {};
    const std::string key = "lead." + kind_ + ".by_window";
    locale::Args args = lead_args(Length::full, key);
    args.emplace_back(
        "windows",
        window_clauses(about_, kind_ == "started" ? "lead.window.started" : "lead.window",
                       Length::full));
    return loc_.phrase(key, args);
  }

  // The lead: the message's own sentence, then a reason typed as a sentence (placed as the
  // language places it, lead.with_reason), then what follows from it (when service is back,
  // the windows left as announced): a reader learns why right after what, not after "The
  // rest of the schedule stays as planned".
  std::string lead() const {
    // Each window's clause gives its own end: no sentence of when service is back.
    if (std::string by_window = lead_by_window(); !by_window.empty())
      return with_reason_sentence(std::move(by_window)) + after_reason() +
             standing_sentence("lead.unchanged", Length::full);
    const std::string plurality = all_systems().size() == 1 ? ".one" : ".many";
    const std::string kind = planned_restoration() ? "restoration.planned" : kind_;
    // Service is as usual only at the times cancelled when other windows go ahead.
    const std::string key = partial_cancellation() ? "lead.cancellation.partial"
                            : new_end_unknown()    ? "lead.extension.open"
                                                   : "lead." + kind + plurality;
    std::string lead =
        with_reason_sentence(loc_.phrase(key, lead_args(Length::full, key)), key) + after_reason();
    if (kind_ == "restoration") lead += outage_sentence();
    // The end of the work under way, before the windows still ahead.
    if (kind_ == "emergency" || kind_ == "started") {
      if (auto end = latest_end())
        lead += loc_.phrase("lead.expected_end", {{"end", when_.moment(*end, Length::full)}});
      else
        lead += loc_.phrase("lead.unknown_end");
    }
    return lead + standing_sentence("lead.unchanged", Length::full);
  }

  // What the lead says after the reason a sentence gave, never between the two: a reminder's
  // request to plan ahead (lead.reminder.ask; empty where the language asks inside the
  // sentence), an outage's "we are working on it" (lead.emergency.working).
  std::string after_reason() const {
    if (kind_ == "reminder") return loc_.phrase("lead.reminder.ask");
    if (kind_ == "emergency")
      return loc_.phrase("lead.emergency.working", {{"organization", text(n_.organization_name)}});
    return {};
  }

  // An extension whose new end is not known yet: "extended, end not yet known" (the .open
  // wordings), never "extended to " with nothing after it.
  bool new_end_unknown() const { return kind_ == "extension" && !latest_end(); }

  // When the work the message is about is expected to end; nullopt when not known.
  std::optional<time::UtcSeconds> latest_end() const {
    std::optional<time::UtcSeconds> e;
    for (const auto& w : about_) {
      if (!w.end) return std::nullopt;
      e = e ? std::max(*e, *w.end) : *w.end;
    }
    return e;
  }

  void add_section(Document& d, std::string_view heading_key, Section s) {
    if (s.lines.empty()) return;
    s.heading = loc_.phrase(heading_key);
    d.sections.push_back(std::move(s));
  }

  // Headings as the language sets them (section.heading: "■{heading}", "{number}、{heading}");
  // numbered only when there are two or more sections: "一、联系方式" alone is a list of one.
  void number_sections(Document& d) const {
    if (d.sections.size() < 2 && loc_.mentions("section.heading", "number")) return;
    const auto& numbers = loc_.section_numbers();
    for (std::size_t i = 0; i < d.sections.size(); ++i)
      d.sections[i].heading = loc_.phrase(
          "section.heading", {{"number", i < numbers.size() ? numbers[i] : std::to_string(i + 1)},
                              {"heading", d.sections[i].heading}});
  }

  // One sentence per text; empty texts (an absent optional field) are left out.
  Section sentences(const std::vector<LocalizedText>& items) const {
    Section s;
    for (const auto& t : items)
      if (!t.empty()) s.lines.push_back(as_sentence(text(t), loc_));
    return s;
  }

  std::string hall_line(const model::ServiceHall& hall) const {
    std::string line = text(hall.name);
    if (!hall.address.empty())
      line = loc_.phrase("hall.address", {{"line", line}, {"address", text(hall.address)}});
    if (!hall.hours.empty())
      line = loc_.phrase("hall.hours", {{"line", line}, {"hours", text(hall.hours)}});
    return line;
  }

  void add_sections(Document& d) {
    if (profile_.restoration) {
      add_section(d, "heading.work_done", sentences(n_.restoration.work_done));
      add_section(d, "heading.root_cause", sentences({n_.incident.root_cause}));
      std::vector<LocalizedText> follow_up = n_.restoration.follow_up;
      follow_up.insert(follow_up.end(), n_.actions_after.begin(), n_.actions_after.end());
      add_section(d, "heading.follow_up", sentences(follow_up));
      add_section(d, "heading.remedy", sentences(n_.remedy));
      add_section(d, "heading.data", sentences(n_.restoration.data));
      add_section(d, "heading.prevention", sentences({n_.incident.prevention}));
    }
    // The schedule lists the windows still ahead or under way: work over before the message
    // (an extension's earlier nights) is not listed as if it were to come. When every window
    // stops the same systems, the lead has named them and each line is its times alone.
    std::vector<const TimedWindow*> listed;
    for (const auto& w : d.windows)
      if (!w.over) listed.push_back(&w);
    if (profile_.schedule && listed.size() > 1) {
      const bool same_systems = std::all_of(listed.begin(), listed.end(), [&](const auto* w) {
        return w->systems == listed.front()->systems;
      });
      Section schedule;
      schedule.systems_column = loc_.phrase("table.systems");
      schedule.when_column = loc_.phrase("table.when");
      for (const TimedWindow* w : listed) {
        ScheduleRow row{window_systems(*w), w->when};
        schedule.lines.push_back(
            same_systems ? row.when
                         : as_sentence(loc_.phrase("window.row",
                                                   {{"systems", row.systems}, {"when", row.when}}),
                                       loc_));
        schedule.table.push_back(std::move(row));
      }
      // "停机时间", not "停机时间及范围", over lines that give times alone.
      add_section(d, same_systems ? "heading.windows.times" : "heading.windows",
                  std::move(schedule));
    }

    // Items typed as names go into the language's list ("Still available: ATMs and cards.");
    // one typed as a sentence ("ATM取款不受影响。", "Card payments keep working.") is a line of
    // its own, never "以下服务不受影响：ATM取款不受影响。。".
    Section affected;
    auto add_impact = [&](std::string_view key, const std::vector<LocalizedText>& items) {
      std::vector<std::string> names, sentences;
      for (const auto& item : items) {
        ShapedText shaped = shape_of(text(item), loc_, Field::item);
        (shaped.shape == Shape::sentence ? sentences : names).push_back(std::move(shaped.text));
      }
      if (!names.empty()) affected.lines.push_back(loc_.phrase(key, {{"items", join(names)}}));
      for (auto& sentence : sentences) affected.lines.push_back(std::move(sentence));
    };
    add_impact("affected.unavailable", n_.unavailable);
    add_impact("affected.degraded", n_.degraded);
    add_impact("affected.still_available", n_.still_available);
    if (profile_.affected) add_section(d, "heading.affected", std::move(affected));

    if (profile_.mitigation)
      add_section(d, "heading.mitigation", sentences({n_.incident.mitigation}));
    if (profile_.alternatives) {
      Section alternatives = sentences(n_.alternatives);
      for (const auto& hall : n_.service_halls) alternatives.lines.push_back(hall_line(hall));
      add_section(d, "heading.alternatives", std::move(alternatives));
    }
    if (profile_.before) add_section(d, "heading.before", sentences(n_.actions_before));
    if (profile_.after) add_section(d, "heading.after", sentences(n_.actions_after));
    if (profile_.updates) {
      Section log;
      for (const auto& u : n_.updates) {
        if (!u.at.value || u.text.empty()) continue;
        log.lines.push_back(as_sentence(
            loc_.phrase("update.line",
                        {{"time", when_.moment(zone_.to_utc(*u.at.value).utc, Length::full)},
                         {"text", text(u.text)}}),
            loc_));
      }
      add_section(d, "heading.updates", std::move(log));
    }

    Section next;
    const bool any_estimate = std::any_of(n_.windows.begin(), n_.windows.end(),
                                          [](const auto& w) { return w.end_is_estimate; });
    if (n_.early_finish) next.lines.push_back(loc_.phrase("next.early_finish"));
    if (n_.may_change || (any_estimate && kind_ != "emergency" && kind_ != "started"))
      next.lines.push_back(loc_.phrase("next.may_change"));
    if (n_.next_update.value) {
      next.lines.push_back(loc_.phrase(
          "next.update_at",
          {{"time", when_.moment(zone_.to_utc(*n_.next_update.value).utc, Length::full)}}));
    }
    if (profile_.next) add_section(d, "heading.next", std::move(next));

    // Readers elsewhere get the times in their own zone: the windows, or once service is back,
    // since when.
    Section local_times;
    for (const auto& other : other_reader_zones(n_, zone_)) {
      const WhenWriter there(loc_, other);
      if (kind_ == "restoration" && actual_end_)
        local_times.lines.push_back(
            loc_.phrase("local_time.back", {{"time", there.moment(*actual_end_, Length::full)}}));
      else
        local_times.lines.push_back(loc_.phrase(
            "local_time.line",
            {{"zone", there.zone_title()},
             {"window", windows_text(not_over(), Length::full, Placement::title, there)}}));
    }
    if (profile_.local_times) add_section(d, "heading.local_times", std::move(local_times));

    Section contacts;
    contacts.intro = loc_.phrase("contacts.intro");
    for (const auto& c : n_.contacts) contacts.lines.push_back(contact_line(c));
    add_section(d, "heading.contacts", std::move(contacts));
  }

  std::string contact_label(const model::Contact& c) const {
    if (!c.label.empty()) return text(c.label);
    const std::string key = "contact.label." + c.kind;
    return loc_.has(key) ? loc_.phrase(key) : loc_.phrase("contact.label.other");
  }

  std::string contact_line(const model::Contact& c) const {
    std::string line =
        loc_.phrase("contact.line", {{"label", contact_label(c)}, {"value", c.value}});
    if (!c.name.empty())
      line = loc_.phrase("contact.person", {{"line", line}, {"name", text(c.name)}});
    if (!c.hours.empty())
      line = loc_.phrase("contact.hours", {{"line", line}, {"hours", text(c.hours)}});
    return line;
  }

  std::string issuer() const {
    if (n_.organization_unit.empty())
      return loc_.phrase("issuer", {{"organization", text(n_.organization_name)}});
    return loc_.phrase("issuer.with_unit", {{"organization", text(n_.organization_name)},
                                            {"unit", text(n_.organization_unit)}});
  }

  Brief brief(const Document& d, const BriefCuts& cuts) const {
    Brief b;
    b.signature = n_.sms_signature.empty() ? text(n_.organization_name) : text(n_.sms_signature);
    if (!cuts.greeting && loc_.settings().sms_greeting) b.greeting = greeting("sms.greeting.");
    // A reschedule whose moved windows differ says each of them (see needs_window_clauses).
    // Windows left as they were stand (sms.unchanged, a sentence of their own) and windows
    // already over are not news: a "started" SMS names only the work under way.
    const bool by_window = kind_ == "reschedule" && windows_differ_;
    // An SMS names at most three systems ("A and 6 other services" for more), as its reader
    // needs the first to know it is about them; the letter lists them all.
    const bool compact_list = cuts.systems_list || all_systems().size() > kMostSystemsNamed;
    std::vector<const TimedWindow*> told;
    for (const auto& w : d.windows)
      if (w.is_news()) told.push_back(&w);
    if (told.empty())
      for (const auto& w : d.windows) told.push_back(&w);
    const auto window_clause = [&](const TimedWindow& w, const std::string& when) {
      return loc_.phrase(agreeing("sms.window." + kind_, w.systems.size()),
                         {{"systems", window_systems(w, compact_list)}, {"window", when}});
    };
    std::vector<std::string> clauses;
    // Nights of the same systems are one clause with their dates ("12月12日、15日、19日23:00至
    // 次日05:00"), as in the lead: three clauses naming the systems three times cost the SMS
    // a part. An outage says each start of its own.
    if (told.size() > 1 && !windows_differ_ && kind_ != "emergency")
      clauses.push_back(window_clause(
          *told.front(), windows_text(about_, Length::compact, Placement::title, when_)));
    else
      for (const TimedWindow* w : told) clauses.push_back(window_clause(*w, w->when_brief));
    std::string windows;
    for (std::size_t i = 0; i < clauses.size(); ++i) {
      if (i) windows += loc_.phrase("clause.separator");
      windows += clauses[i];
    }
    std::string lead_key = planned_restoration()    ? "sms.lead.restoration.planned"
                           : partial_cancellation() ? "sms.lead.cancellation.partial"
                           : by_window              ? "sms.lead.reschedule.by_window"
                           : new_end_unknown()      ? "sms.lead.extension.open"
                                                    : "sms.lead." + kind_;
    lead_key = agreeing(std::move(lead_key), all_systems().size());
    locale::Args args = compact_lead_args(lead_key);
    args.emplace_back("windows", windows);
    for (auto& [key, value] : args) {
      if (cuts.reason && (key == "reason_clause" || key == "change_reason_clause" ||
                          key == "reason_sentence" || key == "change_reason_sentence"))
        value.clear();
      if (compact_list && key == "systems") value = compact_systems(all_systems());
    }
    // A sentence reason goes with the SMS's lead where the language's SMS says the reason.
    std::string lead = as_sentence(loc_.phrase(lead_key, args), loc_);
    const char* reason_slot = model::is_change(kind_) ? "change_reason_clause" : "reason_clause";
    if (!cuts.reason && loc_.mentions(lead_key, reason_slot))
      lead = with_reason_sentence(std::move(lead));
    b.sentences.push_back(std::move(lead));
    std::string standing = standing_sentence("sms.unchanged", Length::compact);
    if (cuts.standing && !standing.empty()) {
      standing.clear();
      b.every_window = false;
    }
    if (!standing.empty()) {
      b.sentences.push_back(as_sentence(std::move(standing), loc_));
      b.window_sentences = 2;
    }
    if (kind_ == "emergency") {
      if (auto end = latest_end())
        b.sentences.push_back(as_sentence(
            loc_.phrase("sms.expected_end", {{"end", when_.moment(*end, Length::brief)}}), loc_));
      if (n_.next_update.value)
        b.sentences.push_back(as_sentence(
            loc_.phrase(
                "sms.next_update",
                {{"time", when_.moment(zone_.to_utc(*n_.next_update.value).utc, Length::brief)}}),
            loc_));
      // With neither an end nor an update promised, the reader is told they will hear again.
      else if (!latest_end())
        b.sentences.push_back(as_sentence(loc_.phrase("sms.unknown_end"), loc_));
    }
    if (profile_.before && !cuts.actions && !n_.actions_before.empty())
      b.sentences.push_back(as_sentence(text(n_.actions_before.front()), loc_));
    if (profile_.alternatives && !cuts.alternatives && !n_.alternatives.empty())
      b.sentences.push_back(as_sentence(text(n_.alternatives.front()), loc_));
    if (profile_.restoration && !cuts.actions && !n_.restoration.follow_up.empty())
      b.sentences.push_back(as_sentence(text(n_.restoration.follow_up.front()), loc_));
    if (const model::Contact* c = sms_contact()) {
      b.contact = as_sentence(loc_.phrase("sms.contact", {{"contact", c->value}}), loc_);
    }
    return b;
  }

  // A phone number reaches more people by SMS than an address or a link.
  const model::Contact* sms_contact() const {
    for (const auto& c : n_.contacts)
      if (c.kind == "phone") return &c;
    return n_.contacts.empty() ? nullptr : &n_.contacts.front();
  }

  const Notice& n_;
  const Locale& loc_;
  const time::Zone& zone_;
  WhenWriter when_;
  std::string kind_;
  const KindProfile& profile_;
  std::vector<ResolvedWindow> windows_;
  std::vector<ResolvedWindow> original_;  // as first announced (extension, reschedule)
  model::WindowChanges changes_;
  // What the message is about: the windows it announces, or in a change message those that
  // changed (or, in a cancellation, were cancelled), and their originals; see sort_out_changes.
  std::vector<ResolvedWindow> about_, about_original_;
  // Windows the message leaves as announced (a change message's unchanged ones, the stretches
  // after the work under way), and those over before it; see sort_out_under_way.
  std::vector<ResolvedWindow> standing_, over_;
  std::optional<time::UtcSeconds> actual_end_;
  std::optional<time::UtcSeconds> sent_;    // Notice::sent
  std::vector<std::string> about_systems_;  // see all_systems
  std::string notice_word_;
  bool windows_differ_ = false;        // needs_window_clauses(about_)
  ShapedText reason_, change_reason_;  // as typed: see text_shape.h
  mutable std::optional<std::pair<std::string, locale::Args>> compact_lead_args_;  // by key
};

// The subject of a notice in several languages: each language's title, primary first. While
// that is over the subject limit, the longest title gives way to its next shorter wording.
std::string joined_subject(const Document& d) {
  std::vector<const Document*> docs = {&d};
  for (const auto& t : d.translations) docs.push_back(&t);
  std::vector<std::size_t> option(docs.size(), 0);
  const auto title = [&](std::size_t i) -> const std::string& {
    return docs[i]->title_options[option[i]];
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
      if (option[i] + 1 == docs[i]->title_options.size()) continue;
      if (!longest || text::count_code_points(title(i)) > text::count_code_points(title(*longest)))
        longest = i;
    }
    if (!longest) return subject;
    ++option[*longest];
  }
}

// A composer with the zone it writes in, kept while its document may still ask for its
// shorter briefs (see ShorterBriefs).
struct Writer {
  Writer(const Notice& n, const Locale& loc, time::Zone z, std::string kind)
      : zone(std::move(z)), composer(n, loc, zone, std::move(kind)) {}
  const time::Zone zone;
  Composer composer;
};

}  // namespace

Document compose(const model::Notice& notice, std::string_view notice_language,
                 std::string_view kind) {
  const auto zone = time::Zone::find(notice.time_zone);
  const std::string message_kind = model::message_kind(kind);
  std::vector<Document> editions;
  for (const auto& tag : model::edition_tags(notice_language)) {
    const Locale& loc = *Locale::find(tag);
    const auto writer = std::make_shared<Writer>(notice, loc, *zone, message_kind);
    editions.push_back(writer->composer.compose());
    editions.back().shorter =
        ShorterBriefs([writer](const Document& d) { return writer->composer.shorter_briefs(d); });
    if (editions.size() > 1) editions.back().edition_note = loc.phrase("edition.follows");
  }
  Document d = std::move(editions.front());
  if (editions.size() > 1) {
    d.translations.assign(std::make_move_iterator(editions.begin() + 1),
                          std::make_move_iterator(editions.end()));
    d.subject = joined_subject(d);
  }
  return d;
}

}  // namespace noticekit::compose
