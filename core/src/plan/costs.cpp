#include "plan/costs.h"

#include <algorithm>
#include <cmath>

namespace noticekit::planner {
namespace {

using channels::ChannelId;

using model::Severity;
using text::JsonWriter;

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

void write_sms_costs(JsonWriter& out, const model::Notice& n, const std::vector<Step>& schedule,
                     const SmsMeasure& sms, std::vector<model::Finding>& findings) {
  const int sends = sends_on(schedule, ChannelId::sms);
  const auto& price = n.sms.price_per_segment;
  out.open_object();
  out.key("language").string(sms.language);
  out.key("segments").integer(sms.segments);
  out.key("sends").integer(sends);
  out.key("recipients").integer_or_null(n.audience.size);
  out.key("price_per_segment").number_or_null(price);
  out.key("currency").string(n.sms.currency);
  if (!price)
    findings.push_back({"plan.sms_price_missing", Severity::info, "/sms/price_per_segment", {}});
  if (!n.audience.size) {
    out.key("messages").null().key("per_send").null().key("total").null().close_object();
    return;
  }
  // Every recipient is billed every segment of every send.
  const std::int64_t per_send_messages = static_cast<std::int64_t>(sms.segments) * *n.audience.size;
  out.key("messages").integer(per_send_messages * sends);
  if (price) {
    out.key("per_send").number(cents(static_cast<double>(per_send_messages) * *price));
    out.key("total").number(cents(static_cast<double>(per_send_messages) * *price * sends));
  } else {
    out.key("per_send").null().key("total").null();
  }
  out.close_object();
}

// One post per language and group at each step; steps are minutes apart at least, so the
// busiest minute carries one step's posts.
void write_im_load(JsonWriter& out, const std::vector<RankedChannel>& ranked,
                   const std::vector<Step>& schedule, std::size_t languages,
                   const locale::Locale& loc, std::vector<model::Finding>& findings) {
  out.open_array();
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
    out.open_object();
    out.key("channel").string(name);
    out.key("sends").integer(sends_on(schedule, r.traits->channel));
    out.key("messages_per_send").integer(per_minute);
    out.key("peak_per_minute").integer(per_minute);
    out.key("limit_per_minute").integer(r.traits->rate_limit_per_minute);
    out.key("ok").boolean(ok);
    out.key("source").string(r.traits->rate_limit_source);
    out.close_object();
  }
  out.close_array();
}

// Who is reached, per recommended channel, and by all of them together (assuming channels
// reach people independently: 1 − Π(1 − share)).
void write_reach(JsonWriter& out, const model::Notice& n, const std::vector<RankedChannel>& ranked,
                 const locale::Locale& loc, std::vector<model::Finding>& findings) {
  const auto kind = static_cast<int>(n.audience.kind.member.value_or(AudienceKind::public_));
  const auto& size = n.audience.size;
  if (!size)
    findings.push_back({"plan.audience_size_missing", Severity::info, "/audience/size", {}});
  const auto share_and_people = [&](double share) {
    out.key("share").number(cents(share)).key("people");
    if (size)
      out.integer(std::llround(share * static_cast<double>(*size)));
    else
      out.null();
  };
  out.open_object().key("channels").open_array();
  double missed = 1.0;
  for (const auto& r : ranked) {
    if (!r.recommended) continue;
    const double share = r.traits->reach[kind];
    missed *= 1.0 - share;
    out.open_object().key("channel").string(name(r.traits->channel));
    share_and_people(share);
    out.close_object();
  }
  out.close_array().key("combined").open_object();
  share_and_people(cents(1.0 - missed));
  out.close_object().key("note").string(loc.phrase("plan.reach.note")).close_object();
}

}  // namespace

void write_costs(JsonWriter& out, const model::Notice& n, const std::vector<RankedChannel>& ranked,
                 const std::vector<Step>& schedule, const std::optional<SmsMeasure>& sms,
                 std::size_t languages, const locale::Locale& loc,
                 std::vector<model::Finding>& findings) {
  out.open_object().key("sms");
  if (sms && ranked_channel(ranked, ChannelId::sms))
    write_sms_costs(out, n, schedule, *sms, findings);
  else
    out.null();
  out.key("im");
  write_im_load(out, ranked, schedule, languages, loc, findings);
  out.key("reach");
  write_reach(out, n, ranked, loc, findings);
  out.close_object();
}

}  // namespace noticekit::planner
