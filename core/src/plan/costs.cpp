#include "plan/costs.h"

#include <algorithm>
#include <cmath>

namespace noticekit::planner {
namespace {

using channels::ChannelId;

using model::Severity;
using ordered_json = nlohmann::ordered_json;

// Money to the cent, shares to the percent: estimates, and stable text in the JSON.
double cents(double v) { return std::round(v * 100.0) / 100.0; }

int sends_on(const std::vector<Step>& schedule, ChannelId channel) {
  return static_cast<int>(std::count_if(schedule.begin(), schedule.end(), [&](const Step& s) {
    return std::find(s.channels.begin(), s.channels.end(), channel) != s.channels.end();
  }));
}

const RankedChannel* ranked_channel(const std::vector<RankedChannel>& ranked, ChannelId channel) {
  for (const auto& r : ranked)
    if (r.traits->channel == channel) return &r;
  return nullptr;
}

ordered_json sms_costs(const model::Notice& n, const std::vector<Step>& schedule,
                       const SmsMeasure& sms, std::vector<model::Finding>& findings) {
  const int sends = sends_on(schedule, ChannelId::sms);
  ordered_json out = {{"language", sms.language}, {"segments", sms.segments}, {"sends", sends}};
  out["recipients"] = n.audience.size ? ordered_json(*n.audience.size) : ordered_json();
  const auto& price = n.sms.price_per_segment;
  out["price_per_segment"] = price ? ordered_json(*price) : ordered_json();
  out["currency"] = n.sms.currency;
  if (!price)
    findings.push_back({"plan.sms_price_missing", Severity::info, "/sms/price_per_segment", {}});
  if (!n.audience.size) {
    out["messages"] = nullptr;
    out["per_send"] = nullptr;
    out["total"] = nullptr;
    return out;
  }
  // Every recipient is billed every segment of every send.
  const std::int64_t per_send_messages = static_cast<std::int64_t>(sms.segments) * *n.audience.size;
  out["messages"] = per_send_messages * sends;
  out["per_send"] =
      price ? ordered_json(cents(static_cast<double>(per_send_messages) * *price)) : ordered_json();
  out["total"] = price
                     ? ordered_json(cents(static_cast<double>(per_send_messages) * *price * sends))
                     : ordered_json();
  return out;
}

// One post per language and group at each step; steps are minutes apart at least, so the
// busiest minute carries one step's posts.
ordered_json im_load(const std::vector<RankedChannel>& ranked, const std::vector<Step>& schedule,
                     std::size_t languages, const locale::Locale& loc,
                     std::vector<model::Finding>& findings) {
  ordered_json out = ordered_json::array();
  for (const auto& r : ranked) {
    if (r.traits->rate_limit_per_minute == 0) continue;
    const int per_minute = static_cast<int>(languages);
    const bool ok = per_minute <= r.traits->rate_limit_per_minute;
    const std::string name(channels::name(r.traits->channel));
    if (!ok)
      findings.push_back({"plan.im_rate_limit",
                          Severity::warning,
                          "/languages",
                          {{"channel", loc.phrase("plan.channel." + name)},
                           {"limit", std::to_string(r.traits->rate_limit_per_minute)},
                           {"count", std::to_string(per_minute)}}});
    out.push_back({{"channel", name},
                   {"sends", sends_on(schedule, r.traits->channel)},
                   {"messages_per_send", per_minute},
                   {"peak_per_minute", per_minute},
                   {"limit_per_minute", r.traits->rate_limit_per_minute},
                   {"ok", ok},
                   {"source", r.traits->rate_limit_source}});
  }
  return out;
}

// Who is reached, per recommended channel, and by all of them together (assuming channels
// reach people independently: 1 − Π(1 − share)).
ordered_json reach(const model::Notice& n, const std::vector<RankedChannel>& ranked,
                   const locale::Locale& loc, std::vector<model::Finding>& findings) {
  const auto kind = static_cast<int>(n.audience.kind.member.value_or(AudienceKind::public_));
  const auto& size = n.audience.size;
  if (!size)
    findings.push_back({"plan.audience_size_missing", Severity::info, "/audience/size", {}});
  auto people = [&](double share) {
    return size ? ordered_json(
                      static_cast<std::int64_t>(std::llround(share * static_cast<double>(*size))))
                : ordered_json();
  };
  ordered_json channels = ordered_json::array();
  double missed = 1.0;
  for (const auto& r : ranked) {
    if (!r.recommended) continue;
    const double share = r.traits->reach[kind];
    missed *= 1.0 - share;
    channels.push_back({{"channel", std::string(name(r.traits->channel))},
                        {"share", cents(share)},
                        {"people", people(share)}});
  }
  const double combined = cents(1.0 - missed);
  return {{"channels", std::move(channels)},
          {"combined", {{"share", combined}, {"people", people(combined)}}},
          {"note", loc.phrase("plan.reach.note")}};
}

}  // namespace

ordered_json costs(const model::Notice& n, const std::vector<RankedChannel>& ranked,
                   const std::vector<Step>& schedule, const std::optional<SmsMeasure>& sms,
                   std::size_t languages, const locale::Locale& loc,
                   std::vector<model::Finding>& findings) {
  ordered_json out = ordered_json::object();
  out["sms"] = sms && ranked_channel(ranked, ChannelId::sms)
                   ? sms_costs(n, schedule, *sms, findings)
                   : ordered_json();
  out["im"] = im_load(ranked, schedule, languages, loc, findings);
  out["reach"] = reach(n, ranked, loc, findings);
  return out;
}

}  // namespace noticekit::planner
