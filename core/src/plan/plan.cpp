#include "plan/plan.h"

#include "model/notice_language.h"

#include "channels/channel.h"
#include "compose/compose.h"
#include "model/notice_language.h"
#include "plan/audiences.h"
#include "plan/costs.h"
#include "plan/ics.h"
#include "plan/message_plan.h"
#include "plan/ranking.h"
#include "plan/reader_zones.h"
#include "plan/schedule.h"
#include "plan/support.h"
#include "time/utc_format.h"

namespace noticekit::planner {
namespace {

using ordered_json = nlohmann::ordered_json;

// The step in each reader zone:
// [{"zone":"America/New_York","at":"2026-12-05T09:00","quiet":false}].
ordered_json reader_times_json(const Step& s) {
  ordered_json out = ordered_json::array();
  for (const auto& r : s.reader_times)
    out.push_back({{"zone", r.zone}, {"at", time::format_sheet_time(r.at)}, {"quiet", r.quiet}});
  return out;
}

ordered_json channels_json(const std::vector<RankedChannel>& ranked, const locale::Locale& loc) {
  ordered_json out = ordered_json::array();
  for (const auto& r : ranked) {
    const std::string name(channels::name(r.traits->channel));
    out.push_back({{"channel", name},
                   {"name", loc.phrase("plan.channel." + name)},
                   {"score", r.score},
                   {"recommended", r.recommended},
                   {"reasons", r.reasons}});
  }
  return out;
}

ordered_json schedule_json(const std::vector<Step>& schedule, const time::Zone& zone,
                           const locale::Locale& loc) {
  ordered_json out = ordered_json::array();
  for (const auto& s : schedule) {
    const std::string step(name(s.step));
    ordered_json step_channels = ordered_json::array();
    for (const auto c : s.channels) step_channels.push_back(channels::name(c));
    out.push_back(
        {{"step", step},
         {"name", loc.phrase("plan.step." + step)},
         {"channels", step_channels},
         {"at",
          s.at ? ordered_json(time::format_sheet_time(zone.to_local(*s.at))) : ordered_json()},
         {"at_utc", s.at ? ordered_json(time::format_iso8601_utc(*s.at)) : ordered_json()},
         {"local_times", reader_times_json(s)},
         {"note", s.note}});
  }
  return out;
}

// The SMS the plan would send, measured in the first language being written.
std::optional<SmsMeasure> measure_sms(const model::Notice& n, model::MessageKind kind,
                                      const std::vector<std::string>& languages) {
  const auto* loc =
      languages.empty() ? nullptr : locale::Locale::find(model::primary_tag(languages.front()));
  if (!loc) return std::nullopt;
  const auto out = channels::render_sms(compose::compose(n, languages.front(), kind), *loc, {});
  const auto segments = out.metrics.find("segments");
  if (segments == out.metrics.end() || !segments->is_number_integer()) return std::nullopt;
  return SmsMeasure{languages.front(), segments->get<int>()};
}

}  // namespace

ordered_json empty_plan() {
  return {{"channels", ordered_json::array()},  {"schedule", ordered_json::array()},
          {"costs", ordered_json::object()},    {"support", ordered_json::object()},
          {"audiences", ordered_json::array()}, {"ics", ""}};
}

ordered_json make_plan(const model::Notice& n, model::MessageKind message_kind,
                       const std::vector<std::string>& languages, const locale::Locale& loc,
                       std::vector<model::Finding>& findings) {
  const auto zone = time::Zone::find(n.time_zone);
  if (!zone) return empty_plan();
  const MessagePlan message = message_plan(message_kind, n.kind.member);
  const auto ranked = rank_channels(n, message, loc, findings);
  auto schedule = build_schedule(n, message, *zone, ranked, loc, findings);
  add_reader_times(n, *zone, schedule, loc, findings);
  time::UtcSeconds stamp = 0;
  if (n.sent.value)
    stamp = zone->to_utc(*n.sent.value).utc;
  else if (!schedule.empty() && schedule.front().at)
    stamp = *schedule.front().at;

  ordered_json out;
  out["channels"] = channels_json(ranked, loc);
  out["schedule"] = schedule_json(schedule, *zone, loc);
  out["costs"] = costs(n, ranked, schedule, measure_sms(n, message_kind, languages),
                       languages.size(), loc, findings);
  out["support"] = support(n, loc, findings);
  out["audiences"] = audiences(n, message_kind, ranked, loc, findings);
  out["ics"] = schedule_ics(schedule, stamp, loc);
  return out;
}

}  // namespace noticekit::planner
