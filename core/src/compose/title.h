// The title of a message and its fitting ladder: every wording from the fullest (each system
// named, the windows with their times) to the shortest (the systems counted, the dates alone),
// the one kept within the subject limit, a calendar event's title for one window, and the
// subject of a notice in several languages.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "compose/document.h"
#include "compose/facts.h"

namespace noticekit::compose {

class TitleWriter {
 public:
  // The facts must outlive the writer.
  explicit TitleWriter(const MessageFacts& facts) : m_(facts) {}

  // The fullest wording within the subject limit, else the last (see Document::title).
  std::string title() const;
  // Every wording and the compact one (see Document::title_options).
  TitleLadder ladder() const;

  // The title of window `w` alone (TimedWindow::title), `t` being its other words.
  std::string window_title(const TimedWindow& t, const ResolvedWindow& w) const;

 private:
  using TitleParts = std::pair<std::string, std::string>;  // the systems named, the time

  std::string headline_when(const std::vector<ResolvedWindow>& windows, const KindProfile& kind,
                            Length length) const;
  std::string headline_when(Length length) const;
  std::optional<time::UtcSeconds> headline_moment() const;
  bool states_windows() const;
  std::string headline_day() const;
  bool starts_on_one_date(const std::vector<ResolvedWindow>& windows) const;
  bool within_one_day(time::UtcSeconds start, time::UtcSeconds end) const;
  std::string title_key(const KindProfile& kind, std::size_t count,
                        const std::vector<ResolvedWindow>& windows) const;
  std::string kind_title(const std::string& key, const std::string& systems,
                         const std::string& when) const;
  // Gives `take` each wording in turn, fullest first, until it says it has what it needs (true).
  // `shortest` is worded when a wording needs it, and then kept for the caller.
  void each_option(std::optional<TitleParts>& shortest,
                   const std::function<bool(const std::string&)>& take) const;
  TitleParts shortest_title_parts() const;
  std::string dated_for_readers(std::string dates) const;
  bool same_dates_everywhere() const;
  std::string compact_title(const std::string& shortest, const TitleParts& parts) const;

  const MessageFacts& m_;
};

// The subject of a notice in several languages: each language's title, primary first. While
// that is over the subject limit, the longest title gives way to its next shorter wording.
std::string joined_subject(const Document& d);

}  // namespace noticekit::compose
