#include "validate/moment_rules.h"

#include <cstdlib>

#include "model/localized_text.h"
#include "model/window_changes.h"
#include "time/utc_format.h"
#include "validate/dates_in_text.h"

namespace noticekit::validate {
namespace {

using model::MessageKind;
using model::MessageKindTraits;
using model::Severity;
using model::SheetTime;
using model::Window;
using time::format_sheet_time;
using time::LocalDateTime;

const Window* first_window(const std::vector<Window>& windows) {
  const Window* first = nullptr;
  for (const auto& w : windows)
    if (w.start.value && (!first || *w.start.value < *first->start.value)) first = &w;
  return first;
}

// A date typed without a year is the one nearest to `near` (a deadline in early January
// for work in late December is next year's).
LocalDateTime deadline_of(const DateInText& d, const LocalDateTime& near) {
  LocalDateTime best{};
  long best_distance = -1;
  for (int year = d.year.value_or(near.year - 1); year <= d.year.value_or(near.year + 1); ++year) {
    const LocalDateTime t{year, d.month, d.day, d.hour.value_or(0), d.minute.value_or(0)};
    const long distance = std::labs(time::day_number(t) - time::day_number(near));
    if (best_distance < 0 || distance < best_distance) {
      best = t;
      best_distance = distance;
    }
  }
  return best;
}

class MomentRules {
 public:
  MomentRules(const model::Notice& n, std::optional<MessageKind> kind, const time::Zone& zone,
              std::vector<model::Finding>& out)
      : n_(n), kind_(kind), zone_(zone), out_(out) {}

  void run() {
    const Window* first = first_window(n_.windows);
    if (n_.sent.value && first) {
      sent_before_start(*first);
      if (kind_ == MessageKind::cancellation) cancelled_windows_begun();
      // (An announcement sent after a window began has window.before_issued, an error.)
      if (has(kind_, &MessageKindTraits::looks_ahead) && kind_ != MessageKind::announcement)
        windows_over();
      if (kind_ == MessageKind::emergency) outage_windows_ahead(*first);
      // A restoration and a cancellation promise no further update.
      if (!has(kind_, &MessageKindTraits::is_over)) next_update_before_sent();
    }
    if (first && has(kind_, &MessageKindTraits::looks_ahead)) deadlines(*first);
  }

 private:
  time::UtcSeconds utc(const LocalDateTime& t) const { return zone_.to_utc(t).utc; }

  void sent_before_start(const Window& first) {
    if (has(kind_, &MessageKindTraits::says_begun) && utc(*n_.sent.value) < utc(*first.start.value))
      out_.push_back({"sent.before_start",
                      Severity::warning,
                      n_.sent.path.str(),
                      {{"sent", format_sheet_time(*n_.sent.value)},
                       {"start", format_sheet_time(*first.start.value)}}});
  }

  // The windows a cancellation cancels: the originals no window continues, else every window.
  void cancelled_windows_begun() {
    const auto& original = n_.change.original_windows;
    const auto changes = model::pair_windows(n_.windows, original);
    const auto begun = [&](const Window& w) {
      if (!w.start.value || utc(*w.start.value) > utc(*n_.sent.value)) return;
      out_.push_back({"cancellation.begun",
                      Severity::warning,
                      w.start.path.str(),
                      {{"start", format_sheet_time(*w.start.value)},
                       {"sent", format_sheet_time(*n_.sent.value)}}});
    };
    if (original.empty()) {
      for (const auto& w : n_.windows) begun(w);
      return;
    }
    for (std::size_t i = 0; i < original.size(); ++i)
      if (changes.cancelled[i]) begun(original[i]);
  }

  // A message about work to come would tell a window already over as still ahead ("will go
  // ahead as planned").
  void windows_over() {
    for (const auto& w : n_.windows)
      if (w.start.value && w.end.value && utc(*w.end.value) <= utc(*n_.sent.value))
        out_.push_back({"window.over",
                        Severity::warning,
                        w.end.path.str(),
                        {{"start", format_sheet_time(*w.start.value)},
                         {"end", format_sheet_time(*w.end.value)},
                         {"sent", format_sheet_time(*n_.sent.value)}}});
  }

  // An outage message tells what has happened: a later window would be "down since" a time
  // still to come. (The first window starting later is sent.before_start's.)
  void outage_windows_ahead(const Window& first) {
    for (const auto& w : n_.windows)
      if (&w != &first && w.start.value && utc(*w.start.value) > utc(*n_.sent.value))
        out_.push_back({"outage.window_ahead",
                        Severity::warning,
                        w.start.path.str(),
                        {{"start", format_sheet_time(*w.start.value)},
                         {"sent", format_sheet_time(*n_.sent.value)}}});
  }

  void next_update_before_sent() {
    const auto& next = n_.next_update;
    if (next.value && utc(*next.value) < utc(*n_.sent.value))
      out_.push_back({"next_update.before_sent",
                      Severity::warning,
                      next.path.str(),
                      {{"next_update", format_sheet_time(*next.value)},
                       {"sent", format_sheet_time(*n_.sent.value)}}});
  }

  // A deadline typed into actions.before must still fall before the window it prepares for.
  void deadlines(const Window& first) {
    const Window* original = first_window(n_.change.original_windows);
    const bool moved =
        kind_ == MessageKind::reschedule && original &&
        time::day_number(*original->start.value) != time::day_number(*first.start.value);
    for (const auto& action : n_.actions_before)
      deadline(action, *first.start.value, moved ? &*original->start.value : nullptr);
  }

  // The first stale date in any language of one action; one finding is enough per action.
  void deadline(const model::LocalizedText& action, const LocalDateTime& start,
                const LocalDateTime* original) {
    for (const auto& [lang, text] : action.by_language)
      for (const auto& date : dates_in_text(text)) {
        const LocalDateTime by = deadline_of(date, start);
        model::Finding::Args args = {{"deadline", format_sheet_time(by).substr(0, 10)},
                                     {"start", format_sheet_time(start)}};
        // "by 5 Dec" for a window on the evening of the 5th still comes first.
        const bool after_start =
            date.hour ? by > start : time::day_number(by) > time::day_number(start);
        if (after_start) {
          out_.push_back({"actions.deadline_after_start", Severity::warning, action.path.str(),
                          std::move(args)});
          return;
        }
        // A deadline on the day first announced, or the day before, belonged to that window.
        const long ahead = original ? time::day_number(*original) - time::day_number(by) : -1;
        if (ahead == 0 || ahead == 1) {
          args.emplace_back("original", format_sheet_time(*original));
          out_.push_back(
              {"actions.deadline_moved", Severity::warning, action.path.str(), std::move(args)});
          return;
        }
      }
  }

  const model::Notice& n_;
  std::optional<MessageKind> kind_;
  const time::Zone& zone_;
  std::vector<model::Finding>& out_;
};

}  // namespace

void moment_rules(const model::Notice& notice, std::optional<MessageKind> message_kind,
                  const time::Zone& zone, std::vector<model::Finding>& out) {
  MomentRules(notice, message_kind, zone, out).run();
}

}  // namespace noticekit::validate
