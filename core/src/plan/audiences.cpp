#include "plan/audiences.h"

#include <algorithm>

#include "compose/role_version.h"

namespace noticekit::planner {
namespace {

std::vector<std::string> texts(const std::vector<model::LocalizedText>& items,
                               const locale::Locale& loc) {
  std::vector<std::string> out;
  for (const auto& t : items) out.emplace_back(t.best(loc.text_preference()));
  return out;
}

// The channels a role's version goes out on: those the sheet names for the role that the
// organisation has (a finding for each it lacks), else every recommended channel.
std::vector<std::string> role_channels(const model::Notice& n, const model::Role& role,
                                       const std::vector<std::string>& recommended,
                                       const locale::Locale& loc,
                                       std::vector<model::Finding>& findings) {
  if (role.channels.empty()) return recommended;
  const auto& available = n.channels_available;
  std::vector<std::string> out;
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

void write_audiences(text::JsonWriter& out, const model::Notice& n, model::MessageKind message_kind,
                     const std::vector<RankedChannel>& ranked, const locale::Locale& loc,
                     std::vector<model::Finding>& findings) {
  std::vector<std::string> recommended;
  for (const auto& r : ranked)
    if (r.recommended) recommended.emplace_back(channels::name(r.traits->channel));

  const auto entry = [&](std::string_view role, std::string_view notice, std::string_view greeting,
                         const std::vector<std::string>& channels,
                         const std::vector<std::string>& actions_before,
                         const std::vector<std::string>& actions_after, std::string_view why) {
    out.open_object();
    out.key("role").string(role);
    out.key("notice").string(notice);
    out.key("greeting").string(greeting);
    out.key("channels").strings(channels);
    out.key("actions_before").strings(actions_before);
    out.key("actions_after").strings(actions_after);
    out.key("why").string(why);
    out.close_object();
  };
  out.open_array();
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
    const std::vector<std::string> channels = role_channels(n, role, recommended, loc, findings);
    if (channels != recommended) why += loc.phrase("plan.audience_version.own_channels");
    entry(name, model::name(message_kind), loc.phrase("greeting.roles", {{"roles", name}}),
          channels, texts(version.actions_before, loc), texts(version.actions_after, loc), why);
  }
  // Planned work is filed internally before it is announced (临时停机备案).
  if (message_kind == model::MessageKind::announcement) {
    const std::string report(channels::name(channels::ChannelId::report));
    entry(loc.phrase("plan.role.approvers"), report, "", {report}, {}, {},
          loc.phrase("plan.audience_report.why"));
  }
  out.close_array();
}

}  // namespace noticekit::planner
