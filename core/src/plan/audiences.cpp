#include "plan/audiences.h"

#include <algorithm>

#include "compose/role_version.h"

namespace noticekit::planner {
namespace {

using ordered_json = nlohmann::ordered_json;

std::vector<std::string> texts(const std::vector<model::LocalizedText>& items,
                               const locale::Locale& loc) {
  std::vector<std::string> out;
  for (const auto& t : items) out.emplace_back(t.best(loc.text_preference()));
  return out;
}

// The channels a role's version goes out on: those the sheet names for the role that the
// organisation has (a finding for each it lacks), else every recommended channel.
ordered_json role_channels(const model::Notice& n, const model::Role& role,
                           const ordered_json& recommended, const locale::Locale& loc,
                           std::vector<model::Finding>& findings) {
  if (role.channels.empty()) return recommended;
  const auto& available = n.channels_available;
  ordered_json out = ordered_json::array();
  for (std::size_t i = 0; i < role.channels.size(); ++i) {
    const std::string& c = role.channels[i];
    if (available.empty() || std::find(available.begin(), available.end(), c) != available.end())
      out.push_back(c);
    else
      findings.push_back({"plan.channel_unavailable",
                          model::Severity::warning,
                          (role.path / "channels" / i).str(),
                          {{"channel", loc.phrase("plan.channel." + c)}}});
  }
  return out.empty() ? recommended : out;
}

}  // namespace

ordered_json audiences(const model::Notice& n, model::MessageKind message_kind,
                       const std::vector<RankedChannel>& ranked, const locale::Locale& loc,
                       std::vector<model::Finding>& findings) {
  ordered_json recommended = ordered_json::array();
  for (const auto& r : ranked)
    if (r.recommended) recommended.push_back(std::string(channels::name(r.traits->channel)));

  ordered_json out = ordered_json::array();
  for (const auto& role : n.audience.roles) {
    const std::string name(role.name.best(loc.text_preference()));
    const model::Notice version = compose::role_version(n, role);
    // Each role is greeted by name, so readers see at once the notice is theirs; what they
    // must do is said to each of them, their own lines first.
    std::string why = loc.phrase("plan.audience_version.why", {{"role", name}});
    if (!role.actions_before.empty() || !role.actions_after.empty())
      why += loc.phrase(
          "plan.audience_version.own_actions",
          {{"count", std::to_string(role.actions_before.size() + role.actions_after.size())}});
    else if (!version.actions_before.empty())
      why += loc.phrase("plan.audience_version.actions");
    const ordered_json channels = role_channels(n, role, recommended, loc, findings);
    if (channels != recommended) why += loc.phrase("plan.audience_version.own_channels");
    out.push_back({{"role", name},
                   {"notice", std::string(model::name(message_kind))},
                   {"greeting", loc.phrase("greeting.roles", {{"roles", name}})},
                   {"channels", channels},
                   {"actions_before", texts(version.actions_before, loc)},
                   {"actions_after", texts(version.actions_after, loc)},
                   {"why", why}});
  }
  // Planned work is filed internally before it is announced (临时停机备案).
  if (message_kind == model::MessageKind::announcement) {
    const std::string report(channels::name(channels::ChannelId::report));
    out.push_back({{"role", loc.phrase("plan.role.approvers")},
                   {"notice", report},
                   {"greeting", ""},
                   {"channels", ordered_json::array({report})},
                   {"actions_before", ordered_json::array()},
                   {"actions_after", ordered_json::array()},
                   {"why", loc.phrase("plan.audience_report.why")}});
  }
  return out;
}

}  // namespace noticekit::planner
