// The closed sets' names live in one table each (model/names.h); the core compares members,
// never names. These tests hold the tables to that and fail when a comparison with a name
// comes back into core/src.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "channels/channel.h"
#include "channels/channel_id.h"
#include "model/audience_kind.h"
#include "model/contact_kind.h"
#include "model/message_kind.h"
#include "plan/step_kind.h"

namespace {

using namespace noticekit;

// Every name read into a member or written from one: each table, and the sheet's "planned".
std::vector<std::string> every_name() {
  std::vector<std::string> out;
  const auto add = [&](const auto& table) { out.insert(out.end(), table.begin(), table.end()); };
  add(model::message_kind_names);
  add(model::contact_kind_names);
  add(model::audience_kind_names);
  add(channels::channel_names);
  add(planner::step_kind_names);
  out.emplace_back(model::planned_sheet_kind);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

template <typename Member, std::size_t N>
void check_round_trip(const std::array<std::string_view, N>& names) {
  for (std::size_t i = 0; i < N; ++i) {
    CAPTURE(names[i]);
    const auto member = model::member_named<Member>(names, names[i]);
    REQUIRE(member);
    CHECK(static_cast<std::size_t>(*member) == i);
    CHECK(model::name_in(names, *member) == names[i]);
  }
  CHECK(std::set<std::string_view>(names.begin(), names.end()).size() == N);
  CHECK_FALSE(model::member_named<Member>(names, ""));
}

}  // namespace

TEST_CASE("names: each table reads every name into its member and writes it back", "[names]") {
  check_round_trip<model::MessageKind>(model::message_kind_names);
  check_round_trip<model::ContactKind>(model::contact_kind_names);
  check_round_trip<model::AudienceKind>(model::audience_kind_names);
  check_round_trip<channels::ChannelId>(channels::channel_names);
  check_round_trip<planner::StepKind>(planner::step_kind_names);
  CHECK(model::message_kind_named("planned") == model::MessageKind::announcement);
  CHECK_FALSE(model::message_kind_named("postponement"));
}

TEST_CASE("names: every channel renders, in ChannelId order, as find_channel assumes", "[names]") {
  const auto& all = channels::all_channels();
  REQUIRE(all.size() == channels::channel_names.size());
  for (std::size_t i = 0; i < all.size(); ++i) CHECK(static_cast<std::size_t>(all[i].id) == i);
}

TEST_CASE("names: core/src compares members, never a kind, channel or step name", "[names]") {
  std::string alternatives;
  for (const auto& name : every_name()) alternatives += (alternatives.empty() ? "" : "|") + name;
  // `== "sms"`, `!= "web"`, `"emergency" ==`: a name compared where a member should be.
  const std::regex comparison("(==|!=)\\s*\"(" + alternatives + ")\"|\"(" + alternatives +
                              ")\"\\s*(==|!=)");
  const std::filesystem::path root = NOTICEKIT_CORE_SRC_DIR;
  std::vector<std::string> found;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    const auto relative = entry.path().lexically_relative(root);
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number)
      if (std::regex_search(line, comparison))
        found.push_back(relative.generic_string() + ":" + std::to_string(number) + ": " + line);
  }
  std::ostringstream listed;
  for (const auto& f : found) listed << f << '\n';
  INFO(listed.str());
  CHECK(found.empty());
}
