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
#include "text/json_writer.h"
#include "time/utc_format.h"

namespace noticekit::planner {
namespace {

using text::JsonWriter;

// The step in each reader zone:
// [{"zone":"America/New_York","at":"2026-12-05T09:00","quiet":false}].
void write_reader_times(JsonWriter& out, const Step& s) {
  out.open_array();
  for (const auto& r : s.reader_times) {
    out.open_object();
    out.key("zone").string(r.zone);
    out.key("at").string(time::format_sheet_time(r.at));
    out.key("quiet").boolean(r.quiet);
    out.close_object();
  }
  out.close_array();
}

void write_channels(JsonWriter& out, const std::vector<RankedChannel>& ranked,
                    const locale::Locale& loc) {
  out.open_array();
  for (const auto& r : ranked) {
    const std::string name(channels::name(r.traits->channel));
    out.open_object();
    out.key("channel").string(name);
    out.key("name").string(loc.phrase("plan.channel." + name));
    out.key("score").integer(r.score);
    out.key("recommended").boolean(r.recommended);
    out.key("reasons").strings(r.reasons);
    out.close_object();
  }
  out.close_array();
}

void write_schedule(JsonWriter& out, const std::vector<Step>& schedule, const time::Zone& zone,
                    const locale::Locale& loc) {
  out.open_array();
  for (const auto& s : schedule) {
    const std::string step(name(s.step));
    out.open_object();
    out.key("step").string(step);
    out.key("name").string(loc.phrase("plan.step." + step));
    out.key("channels").open_array();
    for (const auto c : s.channels) out.string(channels::name(c));
    out.close_array();
    if (s.at) {
      out.key("at").string(time::format_sheet_time(zone.to_local(*s.at)));
      out.key("at_utc").string(time::format_iso8601_utc(*s.at));
    } else {
      out.key("at").null();
      out.key("at_utc").null();
    }
    out.key("local_times");
    write_reader_times(out, s);
    out.key("note").string(s.note);
    out.close_object();
  }
  out.close_array();
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

void append_plan(std::string& text, const model::Notice& n, model::MessageKind message_kind,
                 const std::vector<std::string>& languages, const locale::Locale& loc,
                 std::vector<model::Finding>& findings) {
  const auto zone = time::Zone::find(n.time_zone);
  if (!zone) {
    text += empty_plan;
    return;
  }
  const MessagePlan message = message_plan(message_kind, n.kind.member);
  const auto ranked = rank_channels(n, message, loc, findings);
  auto schedule = build_schedule(n, message, *zone, ranked, loc, findings);
  add_reader_times(n, *zone, schedule, loc, findings);
  time::UtcSeconds stamp = 0;
  if (n.sent.value)
    stamp = zone->to_utc(*n.sent.value).utc;
  else if (!schedule.empty() && schedule.front().at)
    stamp = *schedule.front().at;

  JsonWriter out(text);
  out.open_object().key("channels");
  write_channels(out, ranked, loc);
  out.key("schedule");
  write_schedule(out, schedule, *zone, loc);
  out.key("costs");
  write_costs(out, n, ranked, schedule, measure_sms(n, message_kind, languages), languages.size(),
              loc, findings);
  out.key("support");
  write_support(out, n, loc, findings);
  out.key("audiences");
  write_audiences(out, n, message_kind, ranked, loc, findings);
  out.key("ics").string(schedule_ics(schedule, stamp, loc)).close_object();
}

}  // namespace noticekit::planner
