#include "validate/validate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

#include "locale/language_index.h"
#include "locale/locale.h"
#include "model/notice_texts.h"
#include "model/service_back.h"
#include "model/window_changes.h"
#include "plan/channel_traits.h"
#include "text/ascii.h"
#include "text/clock_time.h"
#include "text/digits.h"
#include "text/kept_text.h"
#include "text/utf8.h"
#include "text/words.h"
#include "time/utc_format.h"
#include "validate/language_signs.h"
#include "validate/moment_rules.h"

namespace noticekit::validate {
namespace {

using model::ContactKind;
using model::Finding;
using model::LocalizedText;
using model::MessageKind;
using model::MessageKindTraits;
using model::Notice;
using model::Severity;

using text::clock_time_at;
using text::is_ascii_letter;

// Minutes since midnight of a daily range written like "9:00-17:00", "09:00–17:30" or
// "8:30至20:00"; nullopt for anything else.
struct DailyRange {
  int from, to;
};

std::optional<DailyRange> daily_range(std::string_view text) {
  std::vector<int> minutes;
  for (std::size_t i = 0; i < text.size();) {
    // H:MM or HH:MM, also H.MM as hours are often written in Europe ("9.00-17.30").
    const auto clock = clock_time_at(text, i, ":.");
    if (!clock) {
      ++i;
      continue;
    }
    // An impossible time makes the whole text no range: it is not read for overlaps.
    if (!clock->is_valid()) return std::nullopt;
    minutes.push_back(clock->hour * 60 + clock->minute);
    i += clock->length;
  }
  if (minutes.size() != 2 || minutes[0] >= minutes[1]) return std::nullopt;
  return DailyRange{minutes[0], minutes[1]};
}

// True when the window touches the daily range on any day it covers (or is open-ended).
bool overlaps_daily(const model::Window& w, const DailyRange& r) {
  if (!w.start.value || !w.end.value) return true;
  const auto& s = *w.start.value;
  const auto& e = *w.end.value;
  const int start = s.hour * 60 + s.minute;
  // Minutes from the start day's midnight to the end; a window of a day or more always overlaps.
  const long days = time::day_number(e) - time::day_number(s);
  if (days >= 2 || (days == 1 && e.hour * 60 + e.minute >= start)) return true;
  const int end = static_cast<int>(days) * 1440 + e.hour * 60 + e.minute;
  for (int offset : {0, 1440})
    if (start < r.to + offset && r.from + offset < end) return true;
  return false;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool has_digit(std::string_view s) { return std::any_of(s.begin(), s.end(), text::is_ascii_digit); }

// name@domain.tld, no spaces: enough to catch a phone number or a name typed as an address.
bool looks_like_email(std::string_view s) {
  const auto at = s.find('@');
  if (at == 0 || at == std::string_view::npos || s.find('@', at + 1) != std::string_view::npos)
    return false;
  const std::string_view domain = s.substr(at + 1);
  const auto dot = domain.find('.');
  return s.find(' ') == std::string_view::npos && dot != std::string_view::npos && dot > 0 &&
         dot + 1 < domain.size();
}

// https://…, http://…, or a host with a dot (status.example.com/path), no spaces.
bool looks_like_web_address(std::string_view s) {
  if (s.find(' ') != std::string_view::npos) return false;
  for (const std::string_view scheme : {"https://", "http://"})
    if (s.substr(0, scheme.size()) == scheme) return s.size() > scheme.size();
  const std::string_view host = s.substr(0, s.find('/'));
  const auto dot = host.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < host.size();
}

class Rules {
 public:
  Rules(const Notice& n, const std::vector<std::string>& languages, std::optional<MessageKind> kind)
      : n_(n), languages_(languages), kind_(kind), reads_as_own_(languages.size()) {
    for (const auto& lang : languages_) {
      const auto* loc = locale::Locale::find(lang);
      locales_.push_back(loc);
      if (!roc_language_ && loc && loc->mentions("date.full", "roc_year")) roc_language_ = &lang;
    }
  }

  std::vector<Finding> run() {
    required_facts();
    const auto zone = zone_rule();
    lifecycle_facts();
    if (zone) {
      for (const auto& w : n_.windows) window_rules(w, *zone);
      overlapping_windows(*zone);
      contacts_open_during_outage();
      for (const auto& w : n_.change.original_windows) window_time_rules(w, *zone);
      local_time_rule(n_.restoration.actual_end, *zone);
      local_time_rule(n_.issued, *zone);
      local_time_rule(n_.next_update, *zone);
      lead_time(*zone);
      moment_rules(n_, kind_, *zone, out_);
    }
    contact_values();
    audience_kind();
    audience_zones();
    channel_ids();
    untranslated_text();
    plain_language();
    return std::move(out_);
  }

 private:
  // A wall-clock time of the sheet in the notice's zone (the only zone the rules convert in),
  // converted once: the rules read each window's times several times, and a conversion in a
  // zone with summer time works out that year's changes each time.
  time::ResolvedTime to_utc(const time::LocalDateTime& t, const time::Zone& zone) {
    for (const auto& [local, resolved] : resolved_)
      if (local == t) return resolved;
    return resolved_.emplace_back(t, zone.to_utc(t)).second;
  }

  void add(std::string code, Severity s, std::string path, model::Finding::Args args = {}) {
    out_.push_back({std::move(code), s, std::move(path), std::move(args)});
  }
  void add(std::string code, Severity s, const model::SheetPointer& at,
           model::Finding::Args args = {}) {
    add(std::move(code), s, at.str(), std::move(args));
  }

  void required_facts() {
    if (n_.kind.text.empty())
      add("kind.missing", Severity::error, "/kind");
    else if (!n_.kind.member)
      add("kind.unsupported", Severity::error, "/kind", {{"value", n_.kind.text}});
    if (n_.organization_name.empty())
      add("organization.missing", Severity::error, "/organization/name");
    if (n_.windows.empty()) add("windows.missing", Severity::error, "/windows");
    // A calendar event carries the whole notice, which lists every window: the .ics grows
    // with the square of the count (2,000 windows took minutes). No reader follows a notice
    // of more than 100 windows either; such work is several notices (`noticekit batch`).
    constexpr std::size_t kMaxWindows = 100;
    if (n_.windows.size() > kMaxWindows)
      add("windows.too_many", Severity::error, "/windows",
          {{"count", std::to_string(n_.windows.size())}, {"limit", std::to_string(kMaxWindows)}});
    if (n_.reason.empty()) add("reason.missing", Severity::warning, "/reason/text");
    reason_repeats_frame();
    if (n_.unavailable.empty() && n_.degraded.empty())
      add("impact.missing", Severity::warning, "/impact/unavailable");
    if (n_.alternatives.empty()) add("alternatives.missing", Severity::warning, "/alternatives");
    if (n_.contacts.empty()) add("contact.missing", Severity::warning, "/contacts");
    // A web page may be on the very system that is down; a phone, mailbox or chat is not.
    const bool reachable = std::any_of(
        n_.contacts.begin(), n_.contacts.end(),
        [](const model::Contact& c) { return model::reachable_during_outage(c.kind.member); });
    if (!n_.contacts.empty() && !reachable)
      add("contact.unreachable", Severity::warning, "/contacts");
    if (!n_.issued.present) add("issued.missing", Severity::warning, "/issued");
    if (n_.sms_signature.empty() && !n_.organization_name.empty())
      add("sms_signature.missing", Severity::info, "/organization/sms_signature");
    const bool open_ended = std::any_of(n_.windows.begin(), n_.windows.end(),
                                        [](const auto& w) { return !w.end.present; });
    if (open_ended && !n_.next_update.present)
      add("next_update.missing", Severity::warning, "/next_update");
  }

  std::optional<time::Zone> zone_rule() {
    if (n_.time_zone.empty()) {
      add("time_zone.missing", Severity::error, "/time_zone");
      return std::nullopt;
    }
    auto zone = time::Zone::find(n_.time_zone);
    if (!zone) add("time_zone.unknown", Severity::error, "/time_zone", {{"value", n_.time_zone}});
    return zone;
  }

  // A wall-clock time that a DST change skips or repeats is read, but flagged.
  void local_time_rule(const model::SheetTime& t, const time::Zone& zone) {
    if (!t.value) return;
    const auto resolved = to_utc(*t.value, zone);
    // Calendars (.ics), mail headers and ISO dates hold years 0001 to 9999: 9999-12-31T22:00
    // in New York would be written "DTSTART:100000101T030000Z". The bounds are
    // 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z (proleptic Gregorian), in seconds since
    // 1970: 719,162 days before it and 2,932,897 after.
    constexpr time::UtcSeconds first_second = -719'162LL * 86'400;
    constexpr time::UtcSeconds past_last_second = 2'932'897LL * 86'400;
    if (resolved.utc < first_second || resolved.utc >= past_last_second) {
      add("time.out_of_range", Severity::error, t.path,
          {{"value", time::format_sheet_time(*t.value)}, {"zone", zone.name()}});
      return;
    }
    // A notice dated in the ROC era ("date.full" with {roc_year}) has no year for what came
    // before its year 1, 1912: it would print "民國-1910年".
    if (roc_language_ && t.value->year <= time::kRocEraOffset) {
      add("time.before_calendar", Severity::error, t.path,
          {{"value", time::format_sheet_time(*t.value)}, {"language", *roc_language_}});
      return;
    }
    if (resolved.kind == time::LocalTimeKind::unique) return;
    const auto local = zone.to_local(resolved.utc);
    const auto offset = zone.offset_at(resolved.utc);
    add(resolved.kind == time::LocalTimeKind::nonexistent ? "time.nonexistent" : "time.ambiguous",
        Severity::warning, t.path,
        {{"value", time::format_sheet_time(*t.value)},
         {"zone", zone.name()},
         {"resolved", time::format_sheet_time(local) + " " + offset.abbreviation}});
  }

  // True when every window stands as first announced and none was dropped.
  bool moves_nothing() const {
    const auto& original = n_.change.original_windows;
    const auto changes = model::pair_windows(n_.windows, original);
    if (std::find(changes.cancelled.begin(), changes.cancelled.end(), true) !=
        changes.cancelled.end())
      return false;
    for (std::size_t i = 0; i < n_.windows.size(); ++i)
      if (!changes.unchanged(n_.windows, original, i)) return false;
    return true;
  }

  // What the message being written needs beyond the common facts.
  void lifecycle_facts() {
    const bool changed = has(kind_, &MessageKindTraits::moves_window);
    if (changed && n_.change.original_windows.empty())
      add("change.original_missing", Severity::error, "/change/original_windows",
          {{"kind", kind_name()}});
    // An extension is about the end: "until 08:00 (was 06:00)" needs the old end.
    if (kind_ == MessageKind::extension && !n_.change.original_windows.empty() &&
        std::none_of(n_.change.original_windows.begin(), n_.change.original_windows.end(),
                     [](const model::Window& w) { return w.end.present; }))
      add("change.original_missing", Severity::error, n_.change.original_windows.front().end.path,
          {{"kind", kind_name()}});
    // "Extended to 01:00 (originally 01:00)": a change that moves no window says nothing new.
    if (changed && !n_.change.original_windows.empty() && moves_nothing())
      add("change.nothing_moved", Severity::warning, "/windows");
    if (has(kind_, &MessageKindTraits::is_change) && n_.change.reason.empty())
      add("change.reason_missing", Severity::warning, "/change/reason", {{"kind", kind_name()}});
    if (kind_ == MessageKind::restoration) {
      // After planned work the window's end may stand for it, with a word to the user.
      if (const auto* back = model::service_back(n_); !back)
        add("restoration.actual_end_missing", Severity::error, "/restoration/actual_end");
      else if (!n_.restoration.actual_end.present)
        add("restoration.actual_end_assumed", Severity::info, "/restoration/actual_end",
            {{"end", time::format_sheet_time(*back->value)}});
      if (n_.restoration.work_done.empty())
        add("restoration.work_done_missing", Severity::warning, "/restoration/work_done");
    }
  }

  // The same system in two windows that overlap: readers get two answers to "until when?".
  // Each window is reported once, against the first earlier window it clashes with. Only
  // windows sharing a system are compared, and each window's times are converted once: a
  // sheet of 10,000 windows once took minutes and gigabytes (a finding per pair).
  void overlapping_windows(const time::Zone& zone) {
    struct Span {
      time::UtcSeconds start, end;
    };
    const auto& windows = n_.windows;
    if (windows.size() < 2) return;  // most notices: nothing to compare
    std::vector<std::optional<Span>> spans;
    for (const auto& w : windows) {
      if (!w.start.value)
        spans.emplace_back();
      else
        spans.push_back(Span{to_utc(*w.start.value, zone).utc,
                             w.end.value ? to_utc(*w.end.value, zone).utc
                                         : std::numeric_limits<time::UtcSeconds>::max()});
    }
    auto first_text = [](const LocalizedText& t) -> std::string_view {
      return t.by_language.front().second;
    };
    std::map<std::string_view, std::vector<std::size_t>> by_system;  // windows naming it, in order
    for (std::size_t j = 0; j < windows.size(); ++j) {
      for (const auto& system : windows[j].systems) {
        auto& list = by_system[first_text(system)];
        if (list.empty() || list.back() != j) list.push_back(j);
      }
    }
    std::vector<std::optional<std::size_t>> clash(windows.size());  // the first earlier window
    for (const auto& [system, list] : by_system) {
      for (std::size_t b = 1; b < list.size(); ++b) {
        const auto& sj = spans[list[b]];
        for (std::size_t a = 0; a < b && sj; ++a) {
          const auto& si = spans[list[a]];
          if (!si || si->end <= sj->start || sj->end <= si->start) continue;
          auto& first = clash[list[b]];
          if (!first || list[a] < *first) first = list[a];
          break;
        }
      }
    }
    for (std::size_t j = 0; j < windows.size(); ++j) {
      if (!clash[j]) continue;
      const auto& others = windows[*clash[j]].systems;
      for (const auto& sj : windows[j].systems) {
        const bool shared = std::any_of(others.begin(), others.end(), [&](const auto& si) {
          return first_text(si) == first_text(sj);
        });
        if (!shared) continue;
        add("window.overlap", Severity::warning, windows[j].path,
            {{"system", std::string(first_text(sj))}, {"other", windows[*clash[j]].path.str()}});
        break;
      }
    }
  }

  // A hotline whose hours ("9:00-17:00") miss the whole outage cannot help during it. Hours
  // that do not read as a daily range ("24 hours", "工作日") count as open.
  // A contact the notice cannot state: no kind (how to reach it), no value ("call … on ."),
  // or a value of the wrong shape for its kind. Each is an error: the notice would send
  // readers nowhere.
  void contact_values() {
    for (const auto& c : n_.contacts) {
      if (c.kind.text.empty())
        add("contact.kind_missing", Severity::error, c.path / "kind");
      else if (!c.kind.member)
        add("contact.kind_unknown", Severity::error, c.path / "kind", {{"value", c.kind.text}});
      const std::string_view value = trimmed(c.value);
      if (value.empty()) {
        add("contact.value_missing", Severity::error, c.path / "value");
      } else if (c.kind.member == ContactKind::phone && !has_digit(value)) {
        add("contact.phone_invalid", Severity::error, c.path / "value", {{"value", c.value}});
      } else if (c.kind.member == ContactKind::email && !looks_like_email(value)) {
        add("contact.email_invalid", Severity::error, c.path / "value", {{"value", c.value}});
      } else if (c.kind.member == ContactKind::web && !looks_like_web_address(value)) {
        add("contact.web_invalid", Severity::error, c.path / "value", {{"value", c.value}});
      }
    }
  }

  void contacts_open_during_outage() {
    if (n_.contacts.empty() || n_.windows.empty()) return;
    bool any_open = false, any_hours = false;
    for (const auto& c : n_.contacts) {
      if (c.kind.member == ContactKind::web) continue;
      const auto hours =
          c.hours.empty() ? std::nullopt : daily_range(c.hours.by_language.front().second);
      any_hours = any_hours || hours.has_value();
      if (!hours) {
        any_open = true;
        continue;
      }
      for (const auto& w : n_.windows) any_open = any_open || overlaps_daily(w, *hours);
    }
    if (any_hours && !any_open) add("contact.closed_during_outage", Severity::warning, "/contacts");
  }

  void window_rules(const model::Window& w, const time::Zone& zone) {
    if (w.systems.empty()) add("window.systems_missing", Severity::error, w.path / "systems");
    if (!w.end.present && has(kind_, &MessageKindTraits::looks_ahead))
      add("window.end_unknown", Severity::warning, w.end.path);
    window_time_rules(w, zone);
  }

  void window_time_rules(const model::Window& w, const time::Zone& zone) {
    if (!w.start.present) add("window.start_missing", Severity::error, w.start.path);
    local_time_rule(w.start, zone);
    local_time_rule(w.end, zone);
    if (w.start.value && w.end.value &&
        to_utc(*w.end.value, zone).utc <= to_utc(*w.start.value, zone).utc) {
      add("window.end_before_start", Severity::error, w.end.path,
          {{"start", time::format_sheet_time(*w.start.value)},
           {"end", time::format_sheet_time(*w.end.value)}});
    }
  }

  // Planned work is announced ≥ 24 h ahead (NOTICE-CONVENTIONS.md: "24 hours minimum").
  void lead_time(const time::Zone& zone) {
    if (kind_ != MessageKind::announcement || !n_.sent.value) return;
    for (const auto& w : n_.windows) {
      if (!w.start.value) continue;
      const auto issued = to_utc(*n_.sent.value, zone).utc;
      const auto start = to_utc(*w.start.value, zone).utc;
      const double hours = static_cast<double>(start - issued) / 3600.0;
      const std::string shown = text::tenths(static_cast<std::int64_t>(std::floor(hours * 10)));
      if (start < issued) {
        add("window.before_issued", Severity::error, w.start.path,
            {{"start", time::format_sheet_time(*w.start.value)},
             {"issued", time::format_sheet_time(*n_.sent.value)}});
      } else if (hours < 2) {
        add("lead_time.too_short", Severity::error, w.start.path, {{"hours", shown}});
      } else if (hours < 24) {
        add("lead_time.short", Severity::warning, w.start.path, {{"hours", shown}});
      }
    }
  }

  // An audience of no kind the core knows would get no word for the notice, no greeting and
  // no plan of its own.
  void audience_kind() {
    if (!n_.audience.kind.member)
      add("audience.kind_unknown", Severity::error, "/audience/kind",
          {{"value", n_.audience.kind.text}});
  }

  void audience_zones() {
    for (std::size_t i = 0; i < n_.audience.time_zones.size(); ++i) {
      if (!time::Zone::find(n_.audience.time_zones[i]))
        add("audience.time_zone_unknown", Severity::error,
            model::pointer_append("/audience/time_zones", i),
            {{"value", n_.audience.time_zones[i]}});
    }
  }

  // Channel ids the sheet names for the plan besides channels_available (which the plan
  // itself judges): a misspelt preference or role channel would silently be ignored.
  void channel_ids() {
    auto check = [&](const std::vector<std::string>& ids, const model::SheetPointer& path) {
      for (std::size_t i = 0; i < ids.size(); ++i)
        if (!planner::find_channel_traits(ids[i]))
          add("audience.channel_unknown", Severity::error, path / i,
              {{"value", ids[i]}, {"known", planner::known_channel_ids()}});
    };
    check(n_.audience.preferred_channels,
          model::SheetPointer() / "audience" / "preferred_channels");
    for (const auto& role : n_.audience.roles) check(role.channels, role.path / "channels");
  }

  // A planned notice's reason that names the work itself ("scheduled maintenance", "系统维护")
  // repeats the frame it goes into ("…will carry out scheduled maintenance for scheduled
  // maintenance", "因系统维护，…进行系统停机维护"): the writer is asked for the cause instead —
  // unless the sheet's reason category says the cause is maintenance itself.
  void reason_repeats_frame() {
    if (n_.kind.member != MessageKind::announcement || n_.reason_category == "maintenance") return;
    for (const auto& [lang, text] : n_.reason.by_language) {
      const auto* terms = text_language(lang).terms;
      if (!terms) continue;
      if (const auto found = terms->frame_words.find_all(text); !found.empty())
        add("reason.repeats_frame", Severity::warning, n_.reason.path,
            {{"word", terms->locale->frame_words()[found.front()]}});
    }
  }

  // Each text is read against the jargon list of its own language.
  void jargon(const LocalizedText& t) {
    for (const auto& [lang, text] : t.by_language) {
      const auto* terms = text_language(lang).terms;
      if (!terms) continue;
      for (const std::size_t i : terms->jargon.find_all(text)) {
        const auto& [term, suggestion] = *terms->jargon_entries[i];
        add("plain_language.jargon", Severity::warning, t.path,
            {{"term", term}, {"suggestion", suggestion}});
      }
    }
  }

  // A half-width mark typed beside Chinese or Japanese ("如有紧急业务,请前往…"): the generator
  // writes full-width marks around the text, so the typed one stands out; the writer is told
  // which mark to write instead. One finding per text and mark.
  void halfwidth_punctuation(const LocalizedText& t) {
    for (const auto& [lang, text] : t.by_language) {
      const auto* loc = text_language(lang).locale;
      if (!loc || loc->fullwidth_punctuation().empty()) continue;
      // Most texts hold none of the marks: they are not decoded. (A view, as clang 14 cannot
      // capture a structured binding.)
      const std::string_view typed = text;
      const bool any_mark = std::any_of(loc->fullwidth_punctuation().begin(),
                                        loc->fullwidth_punctuation().end(), [&](const auto& entry) {
                                          // A mark beyond ASCII is compared as a code point below,
                                          // not as a byte.
                                          const char mark = entry.first.front();
                                          return static_cast<unsigned char>(mark) >= 0x80 ||
                                                 typed.find(mark) != std::string_view::npos;
                                        });
      if (!any_mark) continue;
      const std::vector<char32_t> cps = text::code_points(text);
      for (const auto& [mark, fullwidth] : loc->fullwidth_punctuation()) {
        const char32_t m = static_cast<unsigned char>(mark.front());
        for (std::size_t i = 0; i < cps.size(); ++i) {
          if (cps[i] != m) continue;
          const bool beside = (i > 0 && text::is_cjk(cps[i - 1])) ||
                              (i + 1 < cps.size() && text::is_cjk(cps[i + 1]));
          if (!beside) continue;
          add("text.halfwidth_punctuation", Severity::warning, t.path,
              {{"language", std::string(lang)}, {"mark", mark}, {"fullwidth", fullwidth}});
          break;
        }
      }
    }
  }

  // A text typed in another language than its field's ("a failure in a storage component" as
  // the Chinese reason, a French sentence in the German field): readers of that notice get it
  // as it is. Told by the languages' function words: three words or more, none of the field
  // language's own that the other lacks (and, for Chinese, Japanese or Korean, none of their
  // characters), two or more of the other's. One finding per text and language.
  void other_language(const LocalizedText& t) {
    const auto& index = locale::language_index();
    for (const auto& [lang, text] : t.by_language) {
      const auto own = text_language(lang).place;
      if (!own || text::contains_cjk(text)) continue;
      // For each language, by its place in the index: the text's words it lists that the field's
      // language does not, and those both list. One pass over the words serves every language.
      const auto& tells = LanguageTells::get();
      other_words_.assign(index.size(), 0);
      shared_words_.assign(index.size(), 0);
      std::size_t words = 0, own_words = 0;
      text::for_each_lower_case_word(text, [&](std::string_view word) {
        ++words;
        const auto* in = tells.languages_of(word);
        if (!in) return;
        const bool own_lists = std::find(in->begin(), in->end(), *own) != in->end();
        own_words += own_lists ? 1 : 0;
        for (const std::size_t i : *in) ++(own_lists ? shared_words_ : other_words_)[i];
      });
      if (words < 3) continue;
      // Words both languages have ("de", "des", "en") tell neither.
      std::string_view other;
      std::size_t best = 1;
      for (std::size_t i = 0; i < index.size(); ++i) {
        if (!tells.may_be_typed_in(*own, i) || shared_words_[i] < own_words) continue;
        if (other_words_[i] > best) {
          best = other_words_[i];
          other = index[i].tag;
        }
      }
      if (!other.empty())
        add("text.other_language", Severity::warning, t.path,
            {{"language", std::string(lang)}, {"used", std::string(other)}});
    }
  }

  // Names and labels are left alone: they are what they are.
  void plain_language() {
    model::for_each_text(n_, [this](const LocalizedText& t, model::TextKind kind) {
      if (kind == model::TextKind::prose) plain_language(t);
    });
  }

  // What the plain-language rules find in a text depends on its languages and words alone, and
  // most texts have nothing to find: that a text has nothing is kept once per run on this
  // thread (text::kept_text), and such a text is not searched again; a batch's notices repeat
  // their reasons and alternatives word for word, and the page checks every text again at each
  // keystroke.
  void plain_language(const LocalizedText& t) {
    key_.assign(1, 'p');
    for (const auto& [lang, text] : t.by_language) {
      text::append_field(key_, lang);
      text::append_field(key_, text);
    }
    bool is_new = false;
    std::string& found = text::kept_text(key_, is_new);
    if (!is_new && found.empty()) return;
    const std::size_t before = out_.size();
    jargon(t);
    halfwidth_punctuation(t);
    other_language(t);
    if (out_.size() > before) found = "found";
  }

  void untranslated(const LocalizedText& t) {
    if (t.empty()) return;
    for (std::size_t i = 0; i < languages_.size(); ++i) {
      const auto* loc = locales_[i];
      if (!loc) continue;
      const std::string_view used = t.best_language(loc->text_preference());
      // en text in an en-US notice is no translation gap; zh-CN text in a zh-TW one is.
      if (reads_as_own(i, used)) continue;
      // Named after the language actually used, so the message can say what readers get.
      add("text.untranslated", Severity::warning, t.path,
          {{"language", languages_[i]}, {"used", std::string(used)}});
    }
  }

  // Whether the locale of languages_[i] reads text in `tag` as its own, kept for the last tag
  // asked: a sheet's texts are mostly in one language, read once per language rendered.
  bool reads_as_own(std::size_t i, std::string_view tag) {
    auto& [last_tag, own] = reads_as_own_[i];
    if (!last_tag || *last_tag != tag) {
      last_tag = tag;
      own = locales_[i]->reads_as_own(tag);
    }
    return own;
  }

  void untranslated_text() {
    model::for_each_text(n_, [this](const LocalizedText& t, model::TextKind) { untranslated(t); });
  }

  // What the text rules read of a language that texts are typed in.
  struct TextLanguage {
    std::string_view tag;
    const LanguageTerms* terms;        // nullptr: no locale reads the tag
    const locale::Locale* locale;      // likewise
    std::optional<std::size_t> place;  // in the language index
  };
  // Looked up once per language of the sheet: the rules ask it of every text, and most sheets
  // type all their texts in one language. The reference is good until the next call.
  const TextLanguage& text_language(std::string_view tag) {
    for (const auto& known : text_languages_)
      if (known.tag == tag) return known;
    // Looked for each sheet, and nothing kept while a language's data is not there: the page
    // may be given it after a first sheet was read without it.
    const auto place = language_place(tag);
    const auto* loc = locale::Locale::find(tag);
    return text_languages_.emplace_back(
        TextLanguage{tag, place && loc ? &language_terms(*place, *loc) : nullptr, loc, place});
  }

  const Notice& n_;
  const std::vector<std::string>& languages_;
  std::optional<MessageKind> kind_;
  std::vector<const locale::Locale*> locales_;  // of languages_, nullptr where none reads
  // By reads_as_own, for each of languages_: the last tag asked, and the answer.
  std::vector<std::pair<std::optional<std::string_view>, bool>> reads_as_own_;
  // The first of languages_ that dates in the ROC era, if any.
  const std::string* roc_language_ = nullptr;
  std::vector<std::pair<time::LocalDateTime, time::ResolvedTime>> resolved_;  // by to_utc
  // other_language's counts, kept from text to text.
  std::vector<std::size_t> other_words_, shared_words_;
  std::vector<TextLanguage> text_languages_;  // by text_language
  std::string key_;                           // by plain_language, kept from text to text

  // The message's name for findings about it, which only a named message has.
  std::string kind_name() const { return std::string(name(*kind_)); }
  std::vector<Finding> out_;
};

}  // namespace

std::vector<Finding> validate(const Notice& notice, const std::vector<std::string>& languages,
                              std::optional<MessageKind> message_kind) {
  return Rules(notice, languages, message_kind).run();
}

}  // namespace noticekit::validate
