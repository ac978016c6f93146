// A notice composed in one language, before any channel formats it. Channels decide layout
// and markup; every word comes from here, so all channels say the same thing.
#pragma once

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compose/text_shape.h"
#include "model/contact_kind.h"
#include "model/message_kind.h"
#include "time/zone.h"

namespace noticekit::compose {

// Email subjects longer than this are cut off by many clients (RFC 5322 §2.1.1 recommends
// lines of at most 78 characters); the composer shortens the system list to fit.
inline constexpr std::size_t subject_limit = 78;

// Between the titles of a notice in several languages, "关于…的公告 / Scheduled maintenance: …":
// punctuation every script's readers take as "the same in another language".
inline constexpr std::string_view subject_separator = " / ";

struct ScheduleRow {
  std::string systems;
  std::string when;
};

struct Section {
  std::string heading;             // already numbered where the language numbers sections
  std::string intro;               // an optional sentence before the lines
  std::vector<std::string> lines;  // sentences or list items, plain text
  std::vector<ScheduleRow> table;  // the per-system schedule, for channels that draw tables
  std::string systems_column, when_column;
};

// The pieces short channels (SMS) assemble: no headings, one sentence per fact.
struct Brief {
  std::string signature;               // sender name, e.g. 某某税务
  std::string greeting;                // may be empty
  std::vector<std::string> sentences;  // each ends with its punctuation
  std::string contact;                 // e.g. 详询12366。
  // How many of the first sentences say the windows: the lead, and the windows that stand as
  // announced when the message names them apart ("… will go ahead as planned").
  std::size_t window_sentences = 1;
  // False when the windows left as announced were given up (an SMS may; a post keeps them).
  bool every_window = true;

  bool operator==(const Brief&) const = default;
};

// A shorter wording of the brief for a channel with a hard size limit (the SMS). Each one
// gives up one more optional part than the one before, in the order of `given_up`; the
// windows, the systems (at most compacted) and the contact are never given up.
struct ShorterBrief {
  std::vector<std::string> given_up;  // e.g. {"reason", "alternatives"}
  Brief brief;
};

struct Document;

// A part of a document worded when a channel first asks for it, for the document it belongs to
// (or given worded already: a test's): most channels read few of the parts a notice could need.
template <typename Value>
class OnAsking {
 public:
  using Word = std::function<Value(const Document&)>;

  OnAsking() = default;
  explicit OnAsking(Word word) : word_(std::move(word)) {}
  explicit OnAsking(Value value) : value_(std::move(value)) {}

  const Value& of(const Document& d) const {
    if (!value_) value_ = word_ ? word_(d) : Value();
    return *value_;
  }

 private:
  Word word_;
  mutable std::optional<Value> value_;
};

// A document's brief and its shorter wordings (shortest last; none when nothing can go), worded
// when a channel first asks for them: only the SMS and the short posts read a brief, and most
// notices fit their SMS whole and never need the shorter ones.
class Briefs {
 public:
  // Word them for the document they belong to.
  struct Wording {
    std::function<Brief(const Document&)> whole;
    std::function<std::vector<ShorterBrief>(const Document&)> shorter;
  };

  Briefs() = default;
  explicit Briefs(Wording wording)
      : whole_(std::move(wording.whole)), shorter_(std::move(wording.shorter)) {}
  // Briefs worded already (a test's, say).
  Briefs(Brief whole, std::vector<ShorterBrief> shorter)
      : whole_(std::move(whole)), shorter_(std::move(shorter)) {}

  const Brief& whole(const Document& d) const { return whole_.of(d); }
  const std::vector<ShorterBrief>& shorter(const Document& d) const { return shorter_.of(d); }

 private:
  OnAsking<Brief> whole_;
  OnAsking<std::vector<ShorterBrief>> shorter_;
};

// The title's other wordings, besides the one a document keeps (see Document::title_options).
struct TitleLadder {
  // Every wording, fullest first.
  std::vector<std::string> options;
  // See Document::compact_title.
  std::string compact;
};

// A window with its instants, for channels that need machine-readable times (calendar files,
// status pages, UTC fields).
struct TimedWindow {
  std::vector<std::string> systems;  // in this language
  std::string regions;               // joined, may be empty
  time::UtcSeconds start = 0;
  std::optional<time::UtcSeconds> end;  // nullopt: unknown
  bool end_is_estimate = false;
  // The same for this window in every language and every message of the lifecycle (the
  // window as first announced, the organisation and systems in the sheet's first language),
  // so a calendar can match a reschedule or cancellation to the event it changes.
  std::string event_key;
  std::string when;        // full wording in the sheet's zone, as in the letter
  std::string when_brief;  // short wording, as in the SMS
  // The message leaves this window as announced: an extension or a reschedule did not change
  // it, or it is still ahead of the work a started message or a restoration is about.
  bool stands = false;
  // A started message or a restoration: this window's work was over before the work the
  // message is about; it is listed, but not told again.
  bool over = false;
  // Neither standing nor over: what the message tells.
  bool is_news() const { return !stands && !over; }
  // An extension's or a reschedule's window as first announced, when it changed.
  struct Original {
    time::UtcSeconds start = 0;
    std::optional<time::UtcSeconds> end;
    bool end_is_estimate = false;
  };
  std::optional<Original> original;
};

// The message's title for each window of a document alone (a calendar event's summary), worded
// when a channel first asks for it: only the calendar reads them.
class WindowTitles {
 public:
  // Words window `window` of the document the titles belong to.
  using Word = std::function<std::string(const Document&, std::size_t window)>;

  WindowTitles() = default;
  explicit WindowTitles(Word word) : word_(std::move(word)) {}

  const std::string& of(const Document& d, std::size_t window) const {
    if (titles_.size() <= window) titles_.resize(window + 1);
    std::optional<std::string>& title = titles_[window];
    if (!title) title = word_ ? word_(d, window) : std::string();
    return *title;
  }

 private:
  Word word_;
  mutable std::vector<std::optional<std::string>> titles_;
};

// Every system of these windows once, in the order the windows name them.
inline std::vector<std::string> systems_of(const std::vector<TimedWindow>& windows) {
  std::vector<std::string> systems;
  for (const auto& w : windows)
    for (const auto& s : w.systems)
      if (std::find(systems.begin(), systems.end(), s) == systems.end()) systems.push_back(s);
  return systems;
}

struct ContactLine {
  model::ContactKind kind;
  std::string value;  // as written in the sheet
  std::string label;  // in this language; empty when the sheet gives none (`line` then has a
                      // default label for the kind)
  std::string hours;  // may be empty
  std::string line;   // the whole line as the letter writes it
};

struct Document {
  model::MessageKind message_kind;
  std::string language;
  std::string
      title;  // the heading of this language's notice; kept within the subject limit where possible
  // Worded on asking (see OnAsking): a title is mostly the first wording that fits, and only the
  // posts with a shorter limit and a notice in several languages read the others.
  OnAsking<TitleLadder> title_ladder;
  // Every wording of the title, fullest first (fewer systems named, then no time of day);
  // `title` is the fullest that keeps within the subject limit, else the last.
  const std::vector<std::string>& title_options() const { return title_ladder.of(*this).options; }
  // The title in fewer words (title.compact.<kind>: "Maintenance: mobile banking, 3 dates from
  // Sat 27 Jun"), for a title field shorter than a subject (WeChat's 64); empty when the
  // message has none, or it is no shorter than the last option.
  const std::string& compact_title() const { return title_ladder.of(*this).compact; }
  // The one-line name of the whole notice (an email's subject, a chat header, a calendar
  // summary): the title, or in a notice of several languages each language's title.
  std::string subject;
  std::string greeting;
  std::string lead;
  // The lead as it follows the greeting, where the language writes on in lower case ("seit
  // Samstag …" after "Sehr geehrte Kundinnen und Kunden,"): see opening_paragraph.
  std::string lead_after_greeting;
  std::vector<Section> sections;
  std::vector<std::string> closing;  // the apology and thanks
  // A letter's closing formula ("特此公告。", "Cordialement,", "Mit freundlichen Grüßen"); empty
  // in a post (channels/post.h), which is no letter, and where the language has none.
  std::string sign_off;
  std::string issuer;
  std::string date;  // the issue date, empty when the sheet has none
  // Worded from the notice on first use (see Briefs): the notice composed must outlive the
  // document.
  Briefs briefs;
  const Brief& brief() const { return briefs.whole(*this); }
  const std::vector<ShorterBrief>& shorter_briefs() const { return briefs.shorter(*this); }

  // The facts in this language, for channels that lay them out their own way.
  std::string organization;
  // The notice's reference number (文号), as the sheet writes it; may be empty.
  std::string reference;
  std::string time_zone;                 // IANA name of the sheet's zone
  std::optional<time::UtcSeconds> sent;  // when this message is sent (Notice::sent)
  std::optional<time::UtcSeconds> back;  // in a restoration, when service came back
  bool after_planned_work = false;       // in a restoration: the work was planned, no outage
  ShapedText reason;                     // its text may be empty
  // Why the windows changed, in a message about the change (extension, reschedule,
  // cancellation); empty otherwise or when the sheet gives none.
  ShapedText change_reason;
  std::vector<TimedWindow> windows;
  // The title of each of `windows` alone (see WindowTitles): the notice composed must outlive
  // the document.
  WindowTitles window_titles;
  const std::string& window_title(std::size_t window) const {
    return window_titles.of(*this, window);
  }
  // A cancellation's windows that are not cancelled and go ahead as announced (stands).
  std::vector<TimedWindow> going_ahead;
  std::vector<std::string> unavailable, degraded, still_available, alternatives, actions_before,
      actions_after;
  std::vector<ContactLine> contacts;
  std::optional<time::UtcSeconds> next_update;
  int revision = 0;  // how often the windows changed after the announcement (sheet "revision")
  std::optional<int> sms_max_segments;  // the sheet's "sms.max_segments"

  // The same notice in the further languages of a bilingual (or multilingual) notice, each
  // printed after this one, which is the primary language's. Empty for one language.
  std::vector<Document> translations;
  // In a translation: what tells its readers, under the primary language's title, that their
  // language follows ("English version below."). Empty in the primary document.
  std::string edition_note;
};

// The paragraph a document opens with: the lead, as it follows the greeting when there is one
// (a post has none: channels/post.h).
inline const std::string& opening_paragraph(const Document& d) {
  return d.greeting.empty() ? d.lead : d.lead_after_greeting;
}

// What a document closes with, in order: the apology and thanks, then its sign-off if any.
inline std::vector<std::string> closing_lines(const Document& d) {
  std::vector<std::string> lines = d.closing;
  if (!d.sign_off.empty()) lines.push_back(d.sign_off);
  return lines;
}

}  // namespace noticekit::compose
