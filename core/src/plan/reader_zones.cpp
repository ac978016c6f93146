#include "plan/reader_zones.h"

#include <algorithm>

#include "compose/when.h"

namespace noticekit::planner {
namespace {

struct ReaderZone {
  time::Zone zone;
  std::size_t index;                     // in audience.time_zones, for the finding's path
  std::vector<std::string> quiet_steps;  // localized step names, each once
};

// Known zones other than the sheet's, each once; an unknown one is the validator's error.
std::vector<ReaderZone> reader_zones(const model::Notice& n, const time::Zone& sheet_zone) {
  std::vector<ReaderZone> out;
  for (std::size_t i = 0; i < n.audience.time_zones.size(); ++i) {
    auto zone = time::Zone::find(n.audience.time_zones[i]);
    if (!zone || zone->name() == sheet_zone.name()) continue;
    const bool seen = std::any_of(
        out.begin(), out.end(), [&](const ReaderZone& z) { return z.zone.name() == zone->name(); });
    if (!seen) out.push_back({*zone, i, {}});
  }
  return out;
}

}  // namespace

void add_reader_times(const model::Notice& n, const time::Zone& sheet_zone,
                      std::vector<Step>& schedule, const locale::Locale& loc,
                      std::vector<model::Finding>& findings) {
  auto zones = reader_zones(n, sheet_zone);
  if (zones.empty()) return;
  for (auto& step : schedule) {
    if (!step.at) continue;
    std::vector<std::string> quiet_here;  // "New York 03:00"
    for (auto& z : zones) {
      const time::LocalDateTime local = z.zone.to_local(*step.at);
      const bool quiet = in_quiet_hours(local.hour);
      step.reader_times.push_back({z.zone.name(), local, quiet});
      if (!quiet) continue;
      const compose::WhenWriter when(loc, z.zone);
      quiet_here.push_back(loc.phrase(
          "labelled.time",
          {{"time", when.clock(local.hour, local.minute)}, {"zone", when.zone_title()}}));
      const std::string name = loc.phrase("plan.step." + std::string(planner::name(step.step)));
      if (std::find(z.quiet_steps.begin(), z.quiet_steps.end(), name) == z.quiet_steps.end())
        z.quiet_steps.push_back(name);
    }
    if (!quiet_here.empty())
      step.note += loc.phrase("plan.note.quiet_elsewhere", {{"zones", loc.list(quiet_here)}});
  }
  for (const auto& z : zones)
    if (!z.quiet_steps.empty())
      findings.push_back({"plan.quiet_hours",
                          model::Severity::info,
                          model::pointer_append("/audience/time_zones", z.index),
                          {{"zone", compose::WhenWriter(loc, z.zone).zone_title()},
                           {"steps", loc.list(z.quiet_steps)}}});
}

}  // namespace noticekit::planner
