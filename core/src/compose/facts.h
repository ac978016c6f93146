// The facts one message of the lifecycle tells, worked out from the sheet for its kind in one
// language: which windows it is about (those that changed, were cancelled, or are under way),
// which it leaves as announced and which are over, when service came back, the systems it
// names; and those facts in this language's words (systems lists, windows, moments), which
// the title, the lead, the sections and the SMS brief all say alike.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compose/document.h"
#include "compose/kind_profile.h"
#include "compose/text_shape.h"
#include "compose/when.h"
#include "locale/locale.h"
#include "model/message_kind.h"
#include "model/notice.h"
#include "model/window_changes.h"
#include "time/zone.h"

namespace noticekit::compose {

// The most systems a title or an SMS names one by one; more are "A and 6 other services".
inline constexpr std::size_t most_systems_named = 3;

// A window of the sheet with its instants in UTC.
struct ResolvedWindow {
  const model::Window* source;
  std::size_t index;  // in the list it came from (the sheet's windows or the originals)
  time::UtcSeconds start;
  std::optional<time::UtcSeconds> end;
};

// The whole downtime: earliest start to latest end (unknown if any end is unknown), and
// whether that end is an estimate.
struct Span {
  time::UtcSeconds start = 0;
  std::optional<time::UtcSeconds> end;
  bool estimate = false;
};

Span span_of(const std::vector<ResolvedWindow>& windows);

std::vector<WindowTimes> times_of(const std::vector<ResolvedWindow>& windows);

// True when these windows are told as one window without an end: its wording carries its own
// preposition ("from Sat 12 Dec, 23:00, until further notice"), so a frame that puts one
// before the time ("unavailable on {when}", "{window}に実施") has a wording without it where
// the language needs one (<key>.open_window: "unavailable {when}", "{start}より実施").
bool one_open_stretch(const std::vector<ResolvedWindow>& windows);

// The readers' zones other than the sheet's, as audience.time_zones lists them (an unknown
// one is the validator's error).
std::vector<time::Zone> other_reader_zones(const model::Notice& n, const time::Zone& zone);

class MessageFacts {
 public:
  // The notice, the locale and the zone must outlive the facts.
  MessageFacts(const model::Notice& n, const locale::Locale& loc, const time::Zone& zone,
               model::MessageKind kind);

  const model::Notice& notice() const { return n_; }
  const locale::Locale& locale() const { return loc_; }
  const time::Zone& zone() const { return zone_; }
  const WhenWriter& when() const { return when_; }
  model::MessageKind kind() const { return kind_; }
  // The kind's name, as the phrase keys name it (title.<kind>, lead.<kind>).
  std::string kind_name() const { return std::string(model::name(kind_)); }
  const KindProfile& profile() const { return profile_; }

  // The sheet's windows.
  const std::vector<ResolvedWindow>& windows() const { return windows_; }
  // What the message is about: the windows it announces, or in a change message those that
  // changed (or, in a cancellation, were cancelled); and their originals.
  const std::vector<ResolvedWindow>& about() const { return about_; }
  const std::vector<ResolvedWindow>& about_original() const { return about_original_; }
  // Windows the message leaves as announced (a change message's unchanged ones, the stretches
  // after the work under way), and those over before it.
  const std::vector<ResolvedWindow>& standing() const { return standing_; }
  const std::vector<ResolvedWindow>& over() const { return over_; }
  // The sheet's windows but those over before the message.
  std::vector<ResolvedWindow> not_over() const;
  // The window as first announced that a window of the sheet continues, if any (none for an
  // original itself, or an added window).
  const ResolvedWindow* original_of(const ResolvedWindow& w) const;

  std::optional<time::UtcSeconds> actual_end() const { return actual_end_; }
  std::optional<time::UtcSeconds> sent() const { return sent_; }  // Notice::sent
  // Every system the message is about, once, in the order the sheet names them.
  const std::vector<std::string>& systems() const { return about_systems_; }
  // True when one sentence for all the windows the message is about would misstate one of
  // them: they name other systems (or regions), or windows of one stretch start or end at
  // other times. "From 22:00 to 12:00, e-Tax and social insurance are unavailable" says e-Tax
  // is down until 12:00 when it is back at 06:00; each window then gets a clause of its own.
  bool windows_differ() const { return windows_differ_; }
  // As typed: see text_shape.h.
  const ShapedText& reason() const { return reason_; }
  const ShapedText& change_reason() const { return change_reason_; }
  // What the audience calls a notice (公告, 通知), in every title and the sign-off.
  const std::string& notice_word() const { return notice_word_; }

  // A restoration after planned work says the work is complete and thanks readers; after an
  // incident (an emergency sheet) it says service is back and apologises.
  bool planned_restoration() const;
  // A cancellation of some windows while others go ahead.
  bool partial_cancellation() const { return profile_.cancels && !standing_.empty(); }
  // True when service came back later than a window of the stretch of work it came back from
  // would (an estimated end included): a restoration apologises for that.
  bool overran() const;
  // An extension whose new end is not known yet: "extended, end not yet known" (the .open
  // wordings), never "extended to " with nothing after it.
  bool new_end_unknown() const;
  // When the work the message is about is expected to end; nullopt when not known.
  std::optional<time::UtcSeconds> latest_end() const;

  // Words, in this language.
  std::string text(const model::LocalizedText& t) const;
  std::vector<std::string> texts(const std::vector<model::LocalizedText>& ts) const;
  std::string join(const std::vector<std::string>& items) const { return loc_.list(items); }
  std::string window_systems(const TimedWindow& w, bool compact = false) const;
  std::string window_systems(const ResolvedWindow& w) const;
  // "A and 2 more" for several systems; one as it is.
  std::string first_and_more(const std::vector<std::string>& systems) const;
  // The shorter of the whole list and "A and 2 more".
  std::string compact_systems(const std::vector<std::string>& systems) const;
  // Every system of these windows once, in the order the sheet names them.
  std::vector<std::string> systems_of(const std::vector<ResolvedWindow>& windows) const;
  // A short text's frame for several systems where the language has one (key + ".plural",
  // optional): a list of two or more is plural whatever was typed, so the frame may agree with
  // it ("A y otros 6 servicios no disponibles", where the frame for any noun, "sin servicio",
  // repeats the list's noun).
  std::string agreeing(std::string key, std::size_t systems) const;
  // The windows as words, each as itself (WhenWriter::windows).
  static std::string windows_text(const std::vector<ResolvedWindow>& windows, Length length,
                                  Placement placement, const WhenWriter& when);
  std::string moment(std::optional<time::UtcSeconds> at, Length length) const;
  // Windows said after the news (the originals of moved ones, those left as announced): a short
  // text whose windows keep the hours the news has just given says their days alone ("It was
  // planned for Sat 5 and Tue 8 Dec", "Se mantiene el 12 dic").
  std::string beside_news(const std::vector<ResolvedWindow>& windows, Length length) const;

 private:
  const ResolvedWindow* original_by_index(std::size_t index) const;
  void sort_out_changes();
  void retire_past_standing();
  void sort_out_under_way();
  bool needs_window_clauses(const std::vector<ResolvedWindow>& windows) const;
  std::string in_regions(std::string systems, const std::string& regions) const;

  const model::Notice& n_;
  const locale::Locale& loc_;
  const time::Zone& zone_;
  WhenWriter when_;
  model::MessageKind kind_;
  const KindProfile& profile_;
  std::vector<ResolvedWindow> windows_;
  std::vector<ResolvedWindow> original_;  // as first announced (extension, reschedule)
  model::WindowChanges changes_;
  std::vector<ResolvedWindow> about_, about_original_;  // see about()
  std::vector<ResolvedWindow> standing_, over_;         // see standing()
  std::optional<time::UtcSeconds> actual_end_;
  std::optional<time::UtcSeconds> sent_;
  std::vector<std::string> about_systems_;
  std::string notice_word_;
  bool windows_differ_ = false;
  ShapedText reason_, change_reason_;
};

}  // namespace noticekit::compose
