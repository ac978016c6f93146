#include "plan/ranking.h"

#include <algorithm>
#include <functional>
#include <optional>

#include "text/sort_order.h"

namespace noticekit::planner {
namespace {

using model::Finding;
using model::Notice;
using model::Severity;

// Score adjustments beyond the table, each with the reason it adds.
constexpr int must_act_bonus = 10;         // readers must do something before the window
constexpr int short_lead_bonus = 10;       // planned work announced < 72 h ahead
constexpr int zones_async_bonus = 5;       // several time zones: read-when-you-wake channels
constexpr int zones_night_penalty = 5;     // several time zones: a push wakes someone at night
constexpr int large_audience_penalty = 5;  // paid per message, ≥ 100 000 recipients
constexpr int calls_penalty = 15;          // phone calls to more than 1 000 people
constexpr std::int64_t large_audience = 100000;
constexpr std::int64_t callable_audience = 1000;
// A stated preference (audience.preferred_channels) counts, most for the first choice: about
// the gap between channels of similar fit, so it decides among them; it cannot outweigh a
// wrong fit for the message (an emergency's 40 for SMS against 15 for email).
constexpr int preferred_bonus[] = {15, 10, 5};

std::optional<time::UtcSeconds> first_start(const Notice& n, const time::Zone& zone) {
  std::optional<time::UtcSeconds> out;
  for (const auto& w : n.windows)
    if (w.start.value) {
      const auto s = zone.to_utc(*w.start.value).utc;
      if (!out || s < *out) out = s;
    }
  return out;
}

// How many different zones the readers are in (the sheet's own zone counts).
std::size_t zone_count(const Notice& n) {
  std::vector<std::string> zones = n.audience.time_zones;
  if (!n.time_zone.empty()) zones.push_back(n.time_zone);
  text::sort_items(zones, std::less<>());
  return static_cast<std::size_t>(std::unique(zones.begin(), zones.end()) - zones.begin());
}

// 15 for the first choice, 10 for the second, 5 for any later one; 0 when not preferred.
int preference_points(const Notice& n, channels::ChannelId channel, std::size_t& rank) {
  const auto& preferred = n.audience.preferred_channels;
  const auto it = std::find(preferred.begin(), preferred.end(), channels::name(channel));
  if (it == preferred.end()) return 0;
  rank = static_cast<std::size_t>(it - preferred.begin());
  return preferred_bonus[std::min(rank, std::size(preferred_bonus) - 1)];
}

class Scorer {
 public:
  Scorer(const Notice& n, const MessagePlan& message, const locale::Locale& loc)
      : n_(n),
        message_(message),
        loc_(loc),
        audience_(n.audience.kind.member.value_or(AudienceKind::public_)) {
    lead_ = lead_hours(n);
    zones_ = zone_count(n);
  }

  RankedChannel score(const ChannelTraits& t) const {
    RankedChannel r{&t, 0, {}, false};
    auto add = [&](int points, std::string_view key, locale::Args args = {}) {
      r.score += points;
      r.reasons.push_back(loc_.phrase(key, args));
    };
    const bool urgent = message_.urgent;
    const int fit = urgent ? t.urgent_fit : t.planned_fit;
    add(fit, fit >= (urgent ? 30 : 25) ? message_.fit_reason : message_.weak_reason);

    const int audience_fit = t.audience_fit[static_cast<int>(audience_)];
    const locale::Args who = {
        {"audience", loc_.phrase("plan.audience." + std::string(model::name(audience_)))}};
    add(audience_fit,
        audience_fit >= 20   ? "plan.reason.audience_good"
        : audience_fit >= 10 ? "plan.reason.audience_some"
                             : "plan.reason.audience_weak",
        who);

    add(t.reliability, "plan.reliability." + std::string(channels::name(t.channel)));

    std::size_t rank = 0;
    if (const int points = preference_points(n_, t.channel, rank))
      add(points, "plan.reason.preferred",
          {{"rank", std::to_string(rank + 1)},
           {"count", std::to_string(n_.audience.preferred_channels.size())}});

    const bool push = is_push(t.medium);
    const std::size_t to_do = actions_before_count(n_);
    if (push && t.medium != Medium::phone && to_do > 0 && message_.before_window)
      add(must_act_bonus, "plan.reason.must_act", {{"count", std::to_string(to_do)}});
    if (push && message_.before_window && lead_ && *lead_ < 72)
      add(short_lead_bonus, "plan.reason.short_lead", {{"hours", std::to_string(*lead_)}});
    if (!urgent && zones_ > 1) {
      const locale::Args zones = {{"count", std::to_string(zones_)}};
      if (push)
        add(-zones_night_penalty, "plan.reason.zones_night", zones);
      else if (t.medium == Medium::email || t.medium == Medium::web || t.medium == Medium::status)
        add(zones_async_bonus, "plan.reason.zones_async", zones);
    }
    const auto size = n_.audience.size;
    if (t.medium == Medium::phone && size && *size > callable_audience)
      add(-calls_penalty, "plan.reason.calls_impractical", {{"recipients", std::to_string(*size)}});
    else if (t.paid_per_message && size && *size >= large_audience)
      add(-large_audience_penalty, "plan.reason.cost_large",
          {{"recipients", std::to_string(*size)}});
    else if (t.paid_per_message)
      r.reasons.push_back(loc_.phrase("plan.reason.cost_paid"));
    if (t.medium == Medium::wechat_oa)
      r.reasons.push_back(loc_.phrase("plan.reason.oa_push_limit"));

    r.score = std::clamp(r.score, 0, 100);
    r.recommended = r.score >= recommended_score;
    return r;
  }

 private:
  const Notice& n_;
  const MessagePlan& message_;
  const locale::Locale& loc_;
  AudienceKind audience_;
  std::optional<long> lead_;
  std::size_t zones_ = 1;
};

void sort_best_first(std::vector<RankedChannel>& ranked) {
  text::stable_sort_items(
      ranked, [](const RankedChannel& a, const RankedChannel& b) { return a.score > b.score; });
}

}  // namespace

std::optional<long> lead_hours(const Notice& n) {
  if (!n.sent.value) return std::nullopt;
  const auto zone = time::Zone::find(n.time_zone);
  if (!zone) return std::nullopt;
  const auto start = first_start(n, *zone);
  if (!start) return std::nullopt;
  const auto seconds = *start - zone->to_utc(*n.sent.value).utc;
  return static_cast<long>(seconds >= 0 ? seconds / 3600 : -((-seconds + 3599) / 3600));
}

std::size_t actions_before_count(const Notice& n) {
  std::size_t count = n.actions_before.size();
  for (const auto& role : n.audience.roles) count += role.actions_before.size();
  return count;
}

std::vector<RankedChannel> rank_channels(const Notice& n, const MessagePlan& message,
                                         const locale::Locale& loc,
                                         std::vector<Finding>& findings) {
  const Scorer scorer(n, message, loc);
  std::vector<RankedChannel> everything;
  for (const auto& t : all_channel_traits()) everything.push_back(scorer.score(t));
  sort_best_first(everything);

  if (n.channels_available.empty()) {
    findings.push_back({"plan.channels_unknown", Severity::warning, "/channels_available", {}});
    return everything;
  }
  for (std::size_t i = 0; i < n.channels_available.size(); ++i)
    if (!find_channel_traits(n.channels_available[i]))
      findings.push_back({"plan.channel_unknown",
                          Severity::info,
                          model::pointer_append("/channels_available", i),
                          {{"value", n.channels_available[i]}}});

  auto available = [&](const RankedChannel& r) {
    return std::find(n.channels_available.begin(), n.channels_available.end(),
                     channels::name(r.traits->channel)) != n.channels_available.end();
  };
  // The best three of all channels: one the organisation lacks is worth setting up.
  for (std::size_t i = 0; i < everything.size() && i < 3; ++i)
    if (!available(everything[i]))
      findings.push_back(
          {"plan.channel_absent",
           Severity::info,
           "/channels_available",
           {{"channel", loc.phrase("plan.channel." +
                                   std::string(channels::name(everything[i].traits->channel)))},
            {"score", std::to_string(everything[i].score)}}});

  // A preference for a channel the organisation lacks cannot be met: say so where it is stated.
  const auto& preferred = n.audience.preferred_channels;
  for (std::size_t i = 0; i < preferred.size(); ++i)
    if (find_channel_traits(preferred[i]) &&
        std::find(n.channels_available.begin(), n.channels_available.end(), preferred[i]) ==
            n.channels_available.end())
      findings.push_back({"plan.channel_unavailable",
                          Severity::warning,
                          model::pointer_append("/audience/preferred_channels", i),
                          {{"channel", loc.phrase("plan.channel." + preferred[i])}}});

  std::vector<RankedChannel> ranked;
  for (auto& r : everything)
    if (available(r)) ranked.push_back(std::move(r));
  if (message.urgent && std::none_of(ranked.begin(), ranked.end(), [](const RankedChannel& r) {
        return is_push(r.traits->medium);
      }))
    findings.push_back({"plan.no_urgent_channel", Severity::warning, "/channels_available", {}});
  // Someone must be told: the best channel is recommended even when every score is low.
  if (!ranked.empty()) ranked.front().recommended = true;
  return ranked;
}

}  // namespace noticekit::planner
