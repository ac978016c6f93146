#include "plan/schedule.h"

#include <algorithm>
#include <cstdint>

namespace noticekit::planner {
namespace {

using model::MessageKind;
using model::Notice;
using model::Severity;
using time::UtcSeconds;

// Which media each step uses. SMS is paid per message and a WeChat official account may push
// only a few articles a month, so they carry the steps that matter most; IM, the website and
// a status page carry every step. The news that changes plans (an announcement, a change, a
// cancellation, and "started" when it is the message being planned) goes on every
// recommended channel; an emergency's first alert only on those that reach people at once.
// `urgent`: the message planned is urgent (MessagePlan::urgent), so the restoration is too.
bool step_uses(StepKind step, Medium m, bool must_act, bool urgent, bool lead) {
  const bool everywhere = step == StepKind::announcement || step == StepKind::extension ||
                          step == StepKind::reschedule || step == StepKind::cancellation ||
                          (step == StepKind::started && lead);
  if (everywhere) return true;
  switch (m) {
    case Medium::sms:
      return step == StepKind::emergency || (step == StepKind::reminder_24h && must_act) ||
             (step == StepKind::restoration && urgent);
    case Medium::phone: return step == StepKind::emergency;
    case Medium::im:
    case Medium::status: return step != StepKind::emergency_detail;
    case Medium::web: return step != StepKind::emergency;
    case Medium::email:
      return step == StepKind::reminder_24h || step == StepKind::emergency_detail ||
             step == StepKind::restoration;
    case Medium::social:
      return step == StepKind::emergency_detail || step == StepKind::reminder_24h ||
             step == StepKind::started || step == StepKind::restoration;
    case Medium::wechat_oa: return step == StepKind::restoration;
  }
  return false;
}

class Scheduler {
 public:
  Scheduler(const Notice& n, const MessagePlan& message, const time::Zone& zone,
            const std::vector<RankedChannel>& ranked, const locale::Locale& loc,
            std::vector<model::Finding>& findings)
      : n_(n), message_(message), zone_(zone), ranked_(ranked), loc_(loc), findings_(findings) {
    for (const auto& w : n.windows) {
      if (!w.start.value) continue;
      const UtcSeconds s = zone.to_utc(*w.start.value).utc;
      start_ = start_ ? std::min(*start_, s) : s;
      if (!w.end.value)
        open_ended_ = true;
      else {
        const UtcSeconds e = zone.to_utc(*w.end.value).utc;
        if (!end_ || e > *end_) end_ = e;
        estimate_ = estimate_ || w.end_is_estimate;
      }
    }
    if (open_ended_) end_.reset();
    if (n.sent.value) sent_ = zone.to_utc(*n.sent.value).utc;
    if (n.next_update.value) next_update_ = zone.to_utc(*n.next_update.value).utc;
  }

  std::vector<Step> build() {
    if (!start_) return {};
    // The schedule starts with the message being planned; what came before it was sent.
    switch (message_.message) {
      case MessageKind::emergency: emergency(); break;
      case MessageKind::cancellation:
        add(StepKind::cancellation, now(), "plan.note.cancellation");
        break;
      case MessageKind::restoration: restoration_only(); break;
      case MessageKind::extension:
        add(StepKind::extension, now(), "plan.note.extension");
        during_and_after();
        break;
      case MessageKind::started:
        add(StepKind::started, std::max(*start_, now()), "plan.note.started");
        during_and_after();
        break;
      case MessageKind::reschedule:
        add(StepKind::reschedule, now(), "plan.note.reschedule");
        before_window();
        during_and_after();
        break;
      case MessageKind::announcement:
        announcement();
        before_window();
        during_and_after();
        break;
      case MessageKind::reminder:
        before_window();
        during_and_after();
        break;
    }
    std::stable_sort(steps_.begin(), steps_.end(), [](const Step& a, const Step& b) {
      return a.at.value_or(INT64_MAX) < b.at.value_or(INT64_MAX);
    });
    return std::move(steps_);
  }

 private:
  UtcSeconds now() const { return sent_.value_or(*start_); }

  void add(StepKind step, std::optional<UtcSeconds> at, std::string_view note_key,
           locale::Args args = {}) {
    // Steps already past when this message is sent were sent before it, or are moot.
    if (at && sent_ && *at < *sent_) return;
    Step s{step, {}, at, loc_.phrase(note_key, args), {}};
    const bool must_act = actions_before_count(n_) > 0;
    // The first step added is the message being planned (see build()).
    const bool lead = steps_.empty();
    for (const auto& r : ranked_)
      if (r.recommended && step_uses(s.step, r.traits->medium, must_act, message_.urgent, lead))
        s.channels.push_back(r.traits->channel);
    if (!s.channels.empty()) steps_.push_back(std::move(s));
  }

  void announcement() {
    const bool staff = n_.audience.kind.member == AudienceKind::staff;
    const UtcSeconds ahead = staff ? announce_ahead_staff : announce_ahead_public;
    UtcSeconds at = *start_ - ahead;
    const locale::Args days = {{"hours", std::to_string(ahead / 3600)},
                               {"days", std::to_string(ahead / 86400)}};
    if (sent_ && *sent_ > at) {
      at = *sent_;
      const auto lead = (*start_ - at) / 3600;
      if (*start_ - at < minimum_notice) {
        findings_.push_back({"plan.announcement_late",
                             Severity::warning,
                             n_.sent.path.str(),
                             {{"hours", std::to_string(lead)}}});
        add(StepKind::announcement, at, "plan.note.announcement_late",
            {{"hours", std::to_string(lead)}});
        return;
      }
      add(StepKind::announcement, at, "plan.note.announcement_at_issue",
          {{"hours", std::to_string(lead)}});
      return;
    }
    add(StepKind::announcement, at,
        staff ? "plan.note.announcement_staff" : "plan.note.announcement", days);
  }

  void before_window() {
    const UtcSeconds day_before = *start_ - 24 * 3600;
    const UtcSeconds moved = reminder_time(day_before, zone_);
    if (first_send_ahead(moved))
      add(StepKind::reminder_24h, moved,
          moved == day_before ? "plan.note.reminder_24h" : "plan.note.reminder_24h_moved");
    const UtcSeconds hour_before = *start_ - 3600;
    if (first_send_ahead(hour_before))
      add(StepKind::reminder_1h, hour_before, "plan.note.reminder_1h");
    add(StepKind::started, std::max(*start_, now()), "plan.note.started");
  }

  // A reminder is worth sending only after the first message, not at the same moment.
  bool first_send_ahead(UtcSeconds at) const {
    for (const auto& s : steps_)
      if (s.at && *s.at >= at) return false;
    return true;
  }

  void updates(UtcSeconds first, UtcSeconds interval, std::string_view key) {
    const std::string minutes = std::to_string(interval / 60);
    UtcSeconds at = first;
    for (int i = 0; i < max_updates; ++i, at += interval) {
      if (end_ && at >= *end_) return;
      const bool last = i + 1 == max_updates;
      add(StepKind::update, at, last ? "plan.note.update_more" : key, {{"minutes", minutes}});
    }
  }

  void during_and_after() {
    // Planned work: updates only when the sheet promises one inside the window, then at
    // that interval. Emergencies always get them (see emergency()).
    if (next_update_ && *next_update_ > *start_ && (!end_ || *next_update_ < *end_))
      updates(*next_update_, std::max<UtcSeconds>(*next_update_ - *start_, emergency_update_min),
              "plan.note.update");
    restoration();
  }

  void restoration() {
    if (!end_)
      add(StepKind::restoration, std::nullopt, "plan.note.restoration_unknown");
    else
      add(StepKind::restoration, *end_,
          estimate_ ? "plan.note.restoration_estimate" : "plan.note.restoration");
  }

  // Sent at the message's moment (Notice::sent); without one, when service came back.
  void restoration_only() {
    std::optional<UtcSeconds> at = sent_;
    if (!at && n_.restoration.actual_end.value)
      at = zone_.to_utc(*n_.restoration.actual_end.value).utc;
    add(StepKind::restoration, at, "plan.note.restoration_sent");
  }

  void emergency() {
    const UtcSeconds first = now();
    add(StepKind::emergency, first, "plan.note.emergency");
    add(StepKind::emergency_detail, first + emergency_detail_delay, "plan.note.emergency_detail");
    // The promise in the sheet sets the interval, kept within 30–60 minutes.
    UtcSeconds interval = emergency_update_min;
    UtcSeconds next = first + interval;
    if (next_update_ && *next_update_ > first) {
      interval = std::clamp(*next_update_ - first, emergency_update_min, emergency_update_max);
      next = *next_update_;
    }
    updates(next, interval, "plan.note.update_emergency");
    restoration();
  }

  const Notice& n_;
  const MessagePlan& message_;
  const time::Zone& zone_;
  const std::vector<RankedChannel>& ranked_;
  const locale::Locale& loc_;
  std::vector<model::Finding>& findings_;
  std::optional<UtcSeconds> start_, end_, sent_, next_update_;
  bool open_ended_ = false, estimate_ = false;
  std::vector<Step> steps_;
};

}  // namespace

UtcSeconds reminder_time(UtcSeconds at, const time::Zone& zone) {
  time::LocalDateTime local = zone.to_local(at);
  if (!in_quiet_hours(local.hour)) return at;
  // After midnight: the evening before is the day before.
  if (local.hour < quiet_until_hour) local = zone.to_local(at - 24 * 3600);
  local.hour = evening_hour;
  local.minute = 0;
  return zone.to_utc(local).utc;
}

std::vector<Step> build_schedule(const Notice& notice, const MessagePlan& message,
                                 const time::Zone& zone, const std::vector<RankedChannel>& ranked,
                                 const locale::Locale& loc, std::vector<model::Finding>& findings) {
  return Scheduler(notice, message, zone, ranked, loc, findings).build();
}

}  // namespace noticekit::planner
