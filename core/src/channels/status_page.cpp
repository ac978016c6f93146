// Status page: the post a hosted status page (Atlassian Statuspage, Instatus, …) imports — a
// title and body to paste, and the same as a JSON payload: an array of incidents in
// Statuspage's shape, one per stretch of work (usually one).
// Field names follow Statuspage's "Create an incident" API
// (https://developer.statuspage.io/#operation/postPagesPageIdIncidents; the model is mirrored in
// https://github.com/alissonlinneker/statuspage-php-sdk/blob/main/docs/Model/PostPagesPageIdIncidentsIncident.md):
// name, status, impact_override, scheduled_for, scheduled_until, body, components. Components
// are given by name: the page's component ids are not known here and are mapped on import.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "channels/channel.h"
#include "channels/letter.h"
#include "channels/post.h"
#include "compose/when.h"
#include "text/json_string.h"
#include "text/utf8.h"
#include "time/utc_format.h"

namespace noticekit::channels {
namespace {

using model::MessageKind;

// Statuspage: "Incident Name. There is a maximum limit of 255 characters."
constexpr std::size_t name_limit = 255;

// Planned work is posted as a scheduled maintenance; an emergency and its restoration as an
// incident.
bool is_planned(MessageKind kind) {
  return kind != MessageKind::emergency && kind != MessageKind::restoration;
}

// Statuspage statuses: realtime incidents investigating | identified | monitoring | resolved;
// scheduled ones scheduled | in_progress | verifying | completed. It has no "cancelled": a
// cancelled maintenance is closed as completed with the cancellation as its body.
std::string_view incident_status(MessageKind kind) {
  switch (kind) {
    case MessageKind::started:
    case MessageKind::extension: return "in_progress";
    case MessageKind::cancellation: return "completed";
    case MessageKind::restoration: return "resolved";
    case MessageKind::emergency: return "investigating";
    case MessageKind::announcement:
    case MessageKind::reminder:
    case MessageKind::reschedule: break;
  }
  return "scheduled";
}

// impact_override: none | minor | major | critical | maintenance.
std::string_view impact(const compose::Document& d) {
  if (is_planned(d.message_kind)) return "maintenance";
  if (d.message_kind == MessageKind::restoration) return "none";
  return d.unavailable.empty() && !d.degraded.empty() ? "minor" : "major";
}

// Statuspage holds one scheduled window per maintenance: work on three separate nights is
// three maintenances, never one from the first night to the last. One per stretch of work
// (see compose::stretches) that holds a window the message is about, not one it leaves as
// announced; windows already over are left out.
struct Stretch {
  compose::WindowTimes times;
  std::vector<std::string> components;  // the systems of its windows, each once, by name
};

std::vector<Stretch> stretches_told(const compose::Document& d) {
  std::vector<const compose::TimedWindow*> current;
  for (const auto& w : d.windows)
    if (!w.over) current.push_back(&w);
  std::vector<compose::WindowTimes> times;
  for (const auto* w : current) times.push_back({w->start, w->end, w->end_is_estimate});
  std::vector<Stretch> out;
  for (const auto& t : compose::stretches(times)) {
    Stretch s{t, {}};
    bool told = false;
    for (const auto* w : current) {
      if (w->start < t.start || (t.end && w->start > *t.end)) continue;
      told = told || !w->stands;
      for (const auto& name : w->systems)
        if (std::find(s.components.begin(), s.components.end(), name) == s.components.end())
          s.components.push_back(name);
    }
    if (told) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

Output render_status_page(const compose::Document& notice, const locale::Locale& loc,
                          const Fields&) {
  const compose::Document d = as_post(notice);
  Output out;
  out.channel = ChannelId::status_page;
  const std::string body = letter_text(d, loc, WithTitle::no);
  out.text = d.subject + "\n\n" + body;

  nlohmann::ordered_json payload = nlohmann::ordered_json::array();
  for (const auto& stretch : stretches_told(d)) {
    nlohmann::ordered_json incident = {{"name", d.subject},
                                       {"status", incident_status(d.message_kind)},
                                       {"impact_override", impact(d)}};
    if (is_planned(d.message_kind)) {
      incident["scheduled_for"] = time::format_iso8601_utc(stretch.times.start);
      if (stretch.times.end)
        incident["scheduled_until"] = time::format_iso8601_utc(*stretch.times.end);
    } else {
      incident["started_at"] = time::format_iso8601_utc(stretch.times.start);
    }
    incident["body"] = body;
    incident["components"] = stretch.components;
    payload.push_back(std::move(incident));
  }
  out.files.emplace_back("payload", text::json_text(payload, 2) + "\n");

  const std::size_t name_characters = text::count_code_points(d.subject);
  out.metrics = {{"characters", text::count_code_points(out.text)},
                 {"name_characters", name_characters},
                 {"incidents", payload.size()},
                 {"limit", name_limit},
                 {"limit_unit", "name_characters"},
                 {"ok", name_characters <= name_limit}};
  return out;
}

}  // namespace noticekit::channels
