// Status page: the post a hosted status page (Atlassian Statuspage, Instatus, …) imports — a
// title and body to paste, and the same as a JSON payload in Statuspage's incident shape.
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
#include "channels/message_kind.h"
#include "text/utf8.h"
#include "time/utc_format.h"

namespace noticekit::channels {
namespace {

// Statuspage: "Incident Name. There is a maximum limit of 255 characters."
constexpr std::size_t name_limit = 255;

// Planned work is posted as a scheduled maintenance; an emergency and its restoration as an
// incident.
bool is_planned(std::string_view kind) {
  return looks_ahead(kind) || kind == "started" || kind == "extension" || kind == "cancellation";
}

// Statuspage statuses: realtime incidents investigating | identified | monitoring | resolved;
// scheduled ones scheduled | in_progress | verifying | completed. It has no "cancelled": a
// cancelled maintenance is closed as completed with the cancellation as its body.
std::string_view incident_status(std::string_view kind) {
  if (kind == "started" || kind == "extension") return "in_progress";
  if (kind == "cancellation") return "completed";
  if (kind == "restoration") return "resolved";
  if (kind == "emergency") return "investigating";
  return "scheduled";
}

// impact_override: none | minor | major | critical | maintenance.
std::string_view impact(const compose::Document& d) {
  if (is_planned(d.message_kind)) return "maintenance";
  if (d.message_kind == "restoration") return "none";
  return d.unavailable.empty() && !d.degraded.empty() ? "minor" : "major";
}

std::vector<std::string> components(const compose::Document& d) {
  std::vector<std::string> out;
  for (const auto& w : d.windows)
    for (const auto& s : w.systems)
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  return out;
}

}  // namespace

Output render_status_page(const compose::Document& d, const locale::Locale& loc, const Fields&) {
  Output out;
  out.channel = "status_page";
  const std::string body = letter_text(d, loc, WithTitle::no);
  out.text = d.subject + "\n\n" + body;

  nlohmann::ordered_json payload = {{"name", d.subject},
                                    {"status", incident_status(d.message_kind)},
                                    {"impact_override", impact(d)}};
  if (!d.windows.empty()) {
    time::UtcSeconds start = d.windows.front().start;
    std::optional<time::UtcSeconds> end = d.windows.front().end;
    for (const auto& w : d.windows) {
      start = std::min(start, w.start);
      end = end && w.end ? std::optional(std::max(*end, *w.end)) : std::nullopt;
    }
    if (is_planned(d.message_kind)) {
      payload["scheduled_for"] = time::format_iso8601_utc(start);
      if (end) payload["scheduled_until"] = time::format_iso8601_utc(*end);
    } else {
      payload["started_at"] = time::format_iso8601_utc(start);
    }
  }
  payload["body"] = body;
  payload["components"] = components(d);
  out.files.emplace_back(
      "payload",
      payload.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");

  const std::size_t name_characters = text::count_code_points(d.subject);
  out.metrics = {{"characters", text::count_code_points(out.text)},
                 {"name_characters", name_characters},
                 {"components", payload["components"].size()},
                 {"limit", name_limit},
                 {"limit_unit", "name_characters"},
                 {"ok", name_characters <= name_limit}};
  return out;
}

}  // namespace noticekit::channels
