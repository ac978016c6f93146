#include "plan/audiences.h"

namespace noticekit::planner {

nlohmann::ordered_json audiences(const model::Notice& n, std::string_view message_kind,
                                 const std::vector<RankedChannel>& ranked, const locale::Locale& loc) {
  using ordered_json = nlohmann::ordered_json;
  ordered_json channels = ordered_json::array();
  for (const auto& r : ranked)
    if (r.recommended) channels.push_back(std::string(r.traits->name));

  ordered_json out = ordered_json::array();
  for (const auto& role_text : n.audience.roles) {
    const std::string role(role_text.best(loc.tag()));
    // Each role is greeted by name, so readers see at once the notice is theirs; what they
    // must do before the window is said to each of them.
    std::string why = loc.phrase("plan.audience_version.why", {{"role", role}});
    if (!n.actions_before.empty()) why += loc.phrase("plan.audience_version.actions");
    out.push_back({{"role", role},
                   {"notice", std::string(message_kind)},
                   {"greeting", loc.phrase("greeting.roles", {{"roles", role}})},
                   {"channels", channels},
                   {"why", why}});
  }
  // Planned work is filed internally before it is announced (临时停机备案).
  if (n.kind == "planned") {
    out.push_back({{"role", loc.phrase("plan.role.approvers")},
                   {"notice", "report"},
                   {"greeting", ""},
                   {"channels", ordered_json::array({"report"})},
                   {"why", loc.phrase("plan.audience_report.why")}});
  }
  return out;
}

}  // namespace noticekit::planner
