#include "validate/completeness.h"

#include <algorithm>

namespace noticekit::validate {
namespace {

struct Item {
  const char* name;
  int weight;  // the weights add up to 100
  bool (*present)(const model::Notice&);
};

template <typename Pred>
bool every_window(const model::Notice& n, Pred pred) {
  return !n.windows.empty() && std::all_of(n.windows.begin(), n.windows.end(), pred);
}

// What a reader must be able to answer without asking, most important first: what is down,
// when, whom to call during it, why, what it means for them, what to do instead; and the
// date that tells them how current the notice is.
constexpr Item items[] = {
    {"systems", 20,
     [](const model::Notice& n) {
       return every_window(n, [](const auto& w) { return !w.systems.empty(); });
     }},
    {"start", 15,
     [](const model::Notice& n) {
       return every_window(n, [](const auto& w) { return w.start.value.has_value(); });
     }},
    // An end, or an honest "unknown" with the time of the next update.
    {"end", 15,
     [](const model::Notice& n) {
       return every_window(n, [&](const auto& w) {
         return w.end.value || (!w.end.present && n.next_update.value);
       });
     }},
    {"contact", 15,
     [](const model::Notice& n) {
       return std::any_of(n.contacts.begin(), n.contacts.end(), [](const auto& c) {
         return model::reachable_during_outage(c.kind.member);
       });
     }},
    {"reason", 10, [](const model::Notice& n) { return !n.reason.empty(); }},
    {"impact", 10,
     [](const model::Notice& n) { return !n.unavailable.empty() || !n.degraded.empty(); }},
    {"alternatives", 10, [](const model::Notice& n) { return !n.alternatives.empty(); }},
    {"issued", 5, [](const model::Notice& n) { return n.issued.value.has_value(); }},
};

}  // namespace

Completeness completeness(const model::Notice& notice) {
  Completeness c;
  for (const auto& item : items) {
    if (item.present(notice))
      c.score += item.weight;
    else
      c.missing.emplace_back(item.name);
  }
  return c;
}

}  // namespace noticekit::validate
