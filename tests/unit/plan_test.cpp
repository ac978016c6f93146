// The send plan, one row per rule: a base sheet, one change (a JSON Patch), and what the plan
// must say — the channels at the top in order, every send step with its local time, the
// findings it adds, and for some rows a further check (costs, support, calendar).
//
// The base sheet: planned work for the public (1 000 people, one zone), issued long before a
// 22:00–06:00 window, with email, SMS, website, WeChat official account and Weibo. Its scores
// by the table in core/src/plan/channel_traits.cpp (planned fit + public fit + reliability):
//   wechat_oa 30+30+7 = 67, web 30+30+6 = 66, sms 20+25+10 = 55, email 35+5+7 = 47,
//   weibo 20+20+6 = 46 — all recommended (≥ 45).
#include <fstream>
#include <functional>
#include <iterator>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "noticekit/noticekit.h"

using nlohmann::json;

namespace {

json base_sheet() {
  return json::parse(R"({
    "schema": "noticekit/1", "kind": "planned",
    "organization": {"name": "Acme", "sms_signature": "Acme"},
    "issued": "2026-11-20T10:00", "time_zone": "Asia/Shanghai", "languages": ["en"],
    "audience": {"kind": "public", "size": 1000},
    "windows": [{"systems": ["Portal"], "start": "2026-12-05T22:00", "end": "2026-12-06T06:00"}],
    "reason": {"text": "an upgrade"},
    "impact": {"unavailable": ["Signing in"]},
    "alternatives": ["Visit a service hall"],
    "contacts": [{"kind": "phone", "value": "12366", "hours": "24 hours"}],
    "channels_available": ["email", "sms", "web", "wechat_oa", "weibo"]
  })");
}

struct Row {
  std::string name;
  std::string patch;             // RFC 6902 JSON Patch applied to the base sheet
  std::vector<std::string> top;  // the first channels of the ranking, in order
  std::vector<std::string>
      steps;  // every step as "step@local time" ("-" for no time); empty: not checked
  std::vector<std::string> findings = {};  // codes that must be among the findings
  std::function<void(const json&)> more = {};
  std::string kind = {};  // the message planned (plan --kind); empty: the sheet's own
};

json run_plan(const json& sheet, const std::vector<std::string>& languages = {},
              const std::string& kind = {}) {
  noticekit::Request request;
  request.languages = languages;
  request.kind = kind;
  return json::parse(noticekit::plan(sheet.dump(), request).json);
}

// The finding with this code, or null.
json finding(const json& plan, std::string_view code) {
  for (const auto& f : plan["findings"])
    if (f["code"] == code) return f;
  return nullptr;
}

// The channels the base sheet's announcement goes out on: a change must reach the same people.
json announcement_channels() {
  const json base = run_plan(base_sheet());
  for (const auto& s : base["schedule"])
    if (s["step"] == "announcement") return s["channels"];
  return nullptr;
}

const json& channel(const json& plan, std::string_view name) {
  for (const auto& c : plan["channels"])
    if (c["channel"] == name) return c;
  FAIL("no channel " << name);
  return plan;
}

const json& step(const json& plan, std::string_view name) {
  for (const auto& s : plan["schedule"])
    if (s["step"] == name) return s;
  FAIL("no step " << name);
  return plan;
}

const json& sms_cost(const json& plan) { return plan["costs"]["sms"]; }

// The emergency rows: customers, email/SMS/Slack/status page, the outage began at 22:00 and
// was announced at 22:10 with the next update promised for 22:50 (an interval of 40 min).
const char* emergency_patch =
    R"({"op":"replace","path":"/kind","value":"emergency"},
       {"op":"replace","path":"/audience/kind","value":"customers"},
       {"op":"replace","path":"/issued","value":"2026-12-05T22:10"},
       {"op":"replace","path":"/windows/0/end","value":null},
       {"op":"add","path":"/next_update","value":"2026-12-05T22:50"},
       {"op":"replace","path":"/channels_available","value":["email","sms","slack","status_page"]})";

std::string with_emergency(std::string more = "") {
  return std::string("[") + emergency_patch + (more.empty() ? "" : "," + more) + "]";
}

std::vector<std::string> steps_of(const json& plan) {
  std::vector<std::string> out;
  for (const auto& s : plan["schedule"])
    out.push_back(s["step"].get<std::string>() + "@" +
                  (s["at"].is_string() ? s["at"].get<std::string>() : "-"));
  return out;
}

std::vector<std::string> emergency_updates(std::vector<std::string> times) {
  std::vector<std::string> out = {"emergency@2026-12-05T22:10",
                                  "emergency_detail@2026-12-05T22:25"};
  for (const auto& t : times) out.push_back("update@" + t);
  out.push_back("restoration@-");
  return out;
}

}  // namespace

TEST_CASE("channel ranking and send schedule, one row per rule", "[plan]") {
  const std::vector<std::string> base_steps = {
      "announcement@2026-11-28T22:00",  // 7 days ahead
      "reminder_24h@2026-12-04T20:00",  // T-24 h is 22:00, in quiet hours: moved to 20:00
      "reminder_1h@2026-12-05T21:00", "started@2026-12-05T22:00", "restoration@2026-12-06T06:00"};

  const std::vector<Row> rows = {
      {"base: public planned work ranks the official account, website and SMS first",
       "[]",
       {"wechat_oa", "web", "sms", "email", "weibo"},
       base_steps,
       {},
       [](const json& p) {
         CHECK(step(p, "announcement")["channels"] ==
               json({"wechat_oa", "web", "sms", "email", "weibo"}));
         // SMS once (nobody must act), the official account for announcement and restoration only.
         CHECK(step(p, "reminder_24h")["channels"] == json({"web", "email", "weibo"}));
         CHECK(step(p, "reminder_1h")["channels"] == json({"web"}));
         CHECK(step(p, "started")["channels"] == json({"web", "weibo"}));
         CHECK(step(p, "restoration")["channels"] == json({"wechat_oa", "web", "email", "weibo"}));
         CHECK(channel(p, "wechat_oa")["score"] == 67);
         CHECK(channel(p, "weibo")["score"] == 46);
       }},
      {"times are given in the sheet's zone and in UTC",
       "[]",
       {"wechat_oa"},
       base_steps,
       {},
       [](const json& p) {
         CHECK(step(p, "announcement")["at_utc"] == "2026-11-28T14:00:00Z");
         CHECK(step(p, "restoration")["at_utc"] == "2026-12-05T22:00:00Z");
       }},
      {"emergency for customers: SMS, status page and Slack before email",
       with_emergency(),
       {"sms", "status_page", "slack", "email"},
       emergency_updates({"2026-12-05T22:50", "2026-12-05T23:30", "2026-12-06T00:10",
                          "2026-12-06T00:50", "2026-12-06T01:30", "2026-12-06T02:10",
                          "2026-12-06T02:50", "2026-12-06T03:30"}),
       {},
       [](const json& p) {
         CHECK(channel(p, "sms")["score"] == 75);          // 40 + 25 + 10
         CHECK(channel(p, "status_page")["score"] == 74);  // 35 + 30 + 9
         CHECK(channel(p, "slack")["score"] == 58);        // 35 + 15 + 8
         CHECK(channel(p, "email")["score"] == 47);        // 15 + 25 + 7
         CHECK(step(p, "emergency")["channels"] == json({"sms", "status_page", "slack"}));
         CHECK(step(p, "emergency_detail")["channels"] == json({"email"}));
         CHECK(step(p, "restoration")["channels"] ==
               json({"sms", "status_page", "slack", "email"}));
         CHECK(step(p, "restoration")["at_utc"].is_null());
       }},
      {"emergency: a promised update 20 minutes on is kept, then every 30 minutes",
       with_emergency(R"({"op":"replace","path":"/next_update","value":"2026-12-05T22:30"})"),
       {"sms"},
       emergency_updates({"2026-12-05T22:30", "2026-12-05T23:00", "2026-12-05T23:30",
                          "2026-12-06T00:00", "2026-12-06T00:30", "2026-12-06T01:00",
                          "2026-12-06T01:30", "2026-12-06T02:00"})},
      {"emergency: a promise 2 hours on becomes hourly updates",
       with_emergency(R"({"op":"replace","path":"/next_update","value":"2026-12-06T00:10"})"),
       {"sms"},
       emergency_updates({"2026-12-06T00:10", "2026-12-06T01:10", "2026-12-06T02:10",
                          "2026-12-06T03:10", "2026-12-06T04:10", "2026-12-06T05:10",
                          "2026-12-06T06:10", "2026-12-06T07:10"})},
      {"emergency without a promised update: every 30 minutes",
       with_emergency(R"({"op":"remove","path":"/next_update"})"),
       {"sms"},
       emergency_updates({"2026-12-05T22:40", "2026-12-05T23:10", "2026-12-05T23:40",
                          "2026-12-06T00:10", "2026-12-06T00:40", "2026-12-06T01:10",
                          "2026-12-06T01:40", "2026-12-06T02:10"})},
      {"emergency with a known end: updates stop there and restoration is sent then",
       with_emergency(R"({"op":"replace","path":"/windows/0/end","value":"2026-12-06T00:00"})"),
       {"sms"},
       {"emergency@2026-12-05T22:10", "emergency_detail@2026-12-05T22:25",
        "update@2026-12-05T22:50", "update@2026-12-05T23:30", "restoration@2026-12-06T00:00"}},
      {"emergency with no push channel is a finding",
       with_emergency(R"({"op":"replace","path":"/channels_available","value":["email","web"]})"),
       {"email", "web"},
       {},
       {"plan.no_urgent_channel"}},  // 15+25+7 = 47, 20+15+6 = 41
      {"emergency for several time zones: no night penalty, minutes matter",
       with_emergency(
           R"({"op":"add","path":"/audience/time_zones","value":["Europe/Berlin","America/New_York"]})"),
       {"sms", "status_page", "slack", "email"},
       {},
       {},
       [](const json& p) { CHECK(channel(p, "sms")["score"] == 75); }},
      {"staff: WeCom first, announced 72 hours ahead",
       R"([{"op":"replace","path":"/audience/kind","value":"staff"},
           {"op":"replace","path":"/channels_available","value":["email","wecom","web"]}])",
       {"wecom", "email", "web"},  // 25+30+8 = 63, 35+20+7 = 62, 30+5+6 = 41
       {"announcement@2026-12-02T22:00", "reminder_24h@2026-12-04T20:00",
        "reminder_1h@2026-12-05T21:00", "started@2026-12-05T22:00", "restoration@2026-12-06T06:00"},
       {},
       [](const json& p) {
         CHECK(channel(p, "web")["recommended"] == false);
         CHECK(step(p, "reminder_1h")["channels"] == json({"wecom"}));
         CHECK(p["costs"]["im"][0]["limit_per_minute"] == 20);
         CHECK(p["costs"]["im"][0]["ok"] == true);
       }},
      {"staff on DingTalk and Feishu: both IM, DingTalk first by table order",
       R"([{"op":"replace","path":"/audience/kind","value":"staff"},
           {"op":"replace","path":"/channels_available","value":["feishu","dingtalk"]}])",
       {"dingtalk", "feishu"},
       {},
       {},
       [](const json& p) {
         CHECK(p["costs"]["im"][0]["limit_per_minute"] == 20);   // DingTalk
         CHECK(p["costs"]["im"][1]["limit_per_minute"] == 100);  // Feishu
       }},
      {"partners: email first (35+25+7), then the status page",
       R"([{"op":"replace","path":"/audience/kind","value":"partners"},
           {"op":"replace","path":"/channels_available","value":["email","status_page","sms","weibo"]}])",
       {"email", "status_page", "sms", "weibo"},
       {}},
      {"issued 20 hours ahead: announce at once, with a finding; the T-24 h reminder is gone",
       R"([{"op":"replace","path":"/issued","value":"2026-12-05T02:00"}])",
       {"wechat_oa", "web", "sms"},  // SMS 55 + 10 for the short lead = 65
       {"announcement@2026-12-05T02:00", "reminder_1h@2026-12-05T21:00", "started@2026-12-05T22:00",
        "restoration@2026-12-06T06:00"},
       {"plan.announcement_late", "lead_time.short"},
       [](const json& p) { CHECK(channel(p, "sms")["score"] == 65); }},
      {"issued 50 hours ahead: announced on issue, push channels gain",
       R"([{"op":"replace","path":"/issued","value":"2026-12-03T20:00"}])",
       {"wechat_oa", "web", "sms"},
       {"announcement@2026-12-03T20:00", "reminder_24h@2026-12-04T20:00",
        "reminder_1h@2026-12-05T21:00", "started@2026-12-05T22:00", "restoration@2026-12-06T06:00"},
       {},
       [](const json& p) { CHECK(channel(p, "sms")["score"] == 65); }},
      {"no issue date: announced 7 days ahead",
       R"([{"op":"remove","path":"/issued"}])",
       {"wechat_oa"},
       base_steps,
       {"issued.missing"}},
      {"readers must act first: SMS gains and carries the T-24 h reminder",
       R"([{"op":"add","path":"/actions","value":{"before":["File your return"]}}])",
       {"wechat_oa", "web", "sms"},
       base_steps,
       {},
       [](const json& p) {
         CHECK(channel(p, "sms")["score"] == 65);
         CHECK(step(p, "reminder_24h")["channels"] == json({"web", "sms", "email", "weibo"}));
       }},
      {"850 000 recipients: SMS costs count against it",
       R"([{"op":"replace","path":"/audience/size","value":850000}])",
       {"wechat_oa", "web", "sms"},
       base_steps,
       {},
       [](const json& p) {
         CHECK(channel(p, "sms")["score"] == 50);
         CHECK(sms_cost(p)["recipients"] == 850000);
       }},
      {"phone for 850 000 people is impractical",
       R"([{"op":"replace","path":"/audience/size","value":850000},
           {"op":"replace","path":"/channels_available","value":["web","phone"]}])",
       {"web", "phone"},
       {},
       {},
       [](const json& p) { CHECK(channel(p, "phone")["score"] == 8); }},
      {"phone for a small audience: not penalised, still not for planned work",
       R"([{"op":"replace","path":"/channels_available","value":["web","phone"]}])",
       {"web", "phone"},
       {},
       {},
       [](const json& p) {
         CHECK(channel(p, "phone")["score"] == 23);
         CHECK(channel(p, "phone")["recommended"] == false);
       }},
      {"customers in three zones: email and the status page gain, SMS loses",
       R"([{"op":"replace","path":"/audience/kind","value":"customers"},
           {"op":"add","path":"/audience/time_zones","value":["Europe/Berlin","America/New_York"]},
           {"op":"replace","path":"/channels_available","value":["email","sms","status_page","slack"]}])",
       {"email", "status_page", "sms", "slack"},  // 72, 69, 50, 43
       {},
       {},
       [](const json& p) {
         CHECK(channel(p, "email")["score"] == 72);
         CHECK(channel(p, "slack")["score"] == 43);
       }},
      {"no channels listed: every channel is ranked, with a warning",
       R"([{"op":"remove","path":"/channels_available"}])",
       {"wechat_oa", "web", "sms", "email", "weibo"},
       {},
       {"plan.channels_unknown"},
       [](const json& p) { CHECK(p["channels"].size() == 13); }},
      {"an unknown channel is left out with a finding",
       R"([{"op":"add","path":"/channels_available/-","value":"fax"}])",
       {"wechat_oa"},
       {},
       {"plan.channel_unknown"},
       [](const json& p) { CHECK(p["channels"].size() == 5); }},
      {"the best channels missing: never recommended, each a finding",
       R"([{"op":"replace","path":"/channels_available","value":["email","weibo"]}])",
       {"email", "weibo"},
       {},
       {"plan.channel_absent"},
       [](const json& p) {
         int absent = 0;
         for (const auto& f : p["findings"]) absent += f["code"] == "plan.channel_absent";
         CHECK(absent == 3);  // wechat_oa, web, sms
       }},
      {"one channel only, even with a low score, is recommended",
       R"([{"op":"replace","path":"/channels_available","value":["x"]}])",
       {"x"},
       {"announcement@2026-11-28T22:00", "reminder_24h@2026-12-04T20:00",
        "started@2026-12-05T22:00", "restoration@2026-12-06T06:00"},
       {},
       [](const json& p) { CHECK(channel(p, "x")["recommended"] == true); }},
      {"a promised update inside a planned window sets the interval",
       R"([{"op":"add","path":"/next_update","value":"2026-12-06T00:00"}])",
       {"wechat_oa"},
       {"announcement@2026-11-28T22:00", "reminder_24h@2026-12-04T20:00",
        "reminder_1h@2026-12-05T21:00", "started@2026-12-05T22:00", "update@2026-12-06T00:00",
        "update@2026-12-06T02:00", "update@2026-12-06T04:00", "restoration@2026-12-06T06:00"}},
      {"an estimated end: restoration at the latest then",
       R"([{"op":"add","path":"/windows/0/end_is_estimate","value":true}])",
       {"wechat_oa"},
       base_steps,
       {},
       [](const json& p) {
         CHECK(step(p, "restoration")["note"].get<std::string>().find("estimate") !=
               std::string::npos);
       }},
      {"two windows: started at the first start, restoration at the last end",
       R"([{"op":"add","path":"/windows/-","value":{"systems":["Invoices"],"start":"2026-12-05T23:00","end":"2026-12-06T12:00"}}])",
       {"wechat_oa"},
       {"announcement@2026-11-28T22:00", "reminder_24h@2026-12-04T20:00",
        "reminder_1h@2026-12-05T21:00", "started@2026-12-05T22:00",
        "restoration@2026-12-06T12:00"}},
      {"a daytime window: the T-24 h reminder stays at T-24 h",
       R"([{"op":"replace","path":"/windows/0/start","value":"2026-12-05T10:00"},
           {"op":"replace","path":"/windows/0/end","value":"2026-12-05T12:00"}])",
       {"wechat_oa"},
       {"announcement@2026-11-28T10:00", "reminder_24h@2026-12-04T10:00",
        "reminder_1h@2026-12-05T09:00", "started@2026-12-05T10:00",
        "restoration@2026-12-05T12:00"}},
      {"an early-morning window: the reminder moves to 20:00 two evenings before",
       R"([{"op":"replace","path":"/windows/0/start","value":"2026-12-05T02:00"},
           {"op":"replace","path":"/windows/0/end","value":"2026-12-05T04:00"}])",
       {"wechat_oa"},
       {"announcement@2026-11-28T02:00", "reminder_24h@2026-12-03T20:00",
        "reminder_1h@2026-12-05T01:00", "started@2026-12-05T02:00",
        "restoration@2026-12-05T04:00"}},
      {"SMS price: segments × recipients × sends × price",
       R"([{"op":"add","path":"/sms","value":{"price_per_segment":0.05,"currency":"CNY"}},
           {"op":"add","path":"/actions","value":{"before":["File your return"]}}])",
       {"wechat_oa", "web", "sms"},
       base_steps,
       {},
       [](const json& p) {
         const json& sms = sms_cost(p);
         const int segments = sms["segments"];
         CHECK(segments >= 1);
         CHECK(sms["sends"] == 2);  // the announcement and the T-24 h reminder
         CHECK(sms["messages"] == segments * 1000 * 2);
         CHECK(sms["per_send"].get<double>() == Approx(segments * 1000 * 0.05));
         CHECK(sms["total"].get<double>() == Approx(segments * 1000 * 0.05 * 2));
         CHECK(sms["currency"] == "CNY");
       }},
      {"no SMS price: messages counted, money not, with an info finding",
       "[]",
       {"wechat_oa"},
       {},
       {"plan.sms_price_missing"},
       [](const json& p) { CHECK(sms_cost(p)["total"].is_null()); }},
      {"no audience size: neither costs nor reach are counted",
       R"([{"op":"remove","path":"/audience/size"}])",
       {"wechat_oa"},
       {},
       {"plan.audience_size_missing"},
       [](const json& p) {
         CHECK(sms_cost(p)["recipients"].is_null());
         CHECK(p["costs"]["reach"]["combined"]["people"].is_null());
       }},
      {"reach of all recommended channels together: 1 − Π(1 − share)",
       "[]",
       {"wechat_oa"},
       {},
       {},
       [](const json& p) {
         // public: wechat_oa .35, web .40, sms .90, email .20, weibo .10
         const double together = 1 - (1 - .35) * (1 - .40) * (1 - .90) * (1 - .20) * (1 - .10);
         CHECK(p["costs"]["reach"]["combined"]["share"].get<double>() ==
               Approx(together).epsilon(0.01));
         CHECK(p["costs"]["reach"]["channels"][2]["people"] == 900);  // SMS: 90 % of 1 000
       }},
      {"a web page is no contact during the outage",
       R"([{"op":"replace","path":"/contacts","value":[{"kind":"web","value":"https://acme.example/help"}]}])",
       {"wechat_oa"},
       {},
       {"contact.unreachable"},
       [](const json& p) {
         CHECK(p["support"]["reachable"].empty());
         CHECK(p["support"]["at_risk"].size() == 1);
         CHECK(p["support"]["warning"].is_string());
       }},
      {"a help desk named after the system that is down is at risk",
       R"([{"op":"replace","path":"/contacts","value":[{"kind":"other","value":"Portal help desk"}]}])",
       {"wechat_oa"},
       {},
       {"plan.support_missing"},
       [](const json& p) { CHECK(p["support"]["at_risk"][0]["value"] == "Portal help desk"); }},
      {"a hotline with office hours: reachable, check the hours",
       R"([{"op":"replace","path":"/contacts/0/hours","value":"9:00-17:00"}])",
       {"wechat_oa"},
       {},
       {},
       [](const json& p) {
         CHECK(p["support"]["reachable"][0]["note"].get<std::string>().find("9:00-17:00") !=
               std::string::npos);
         CHECK(p["support"]["warning"].is_null());
       }},
      {"roles: one version each, and the filing report for approvers",
       R"([{"op":"add","path":"/audience/roles","value":["taxpayers","withholding agents"]}])",
       {"wechat_oa"},
       {},
       {},
       [](const json& p) {
         REQUIRE(p["audiences"].size() == 3);
         CHECK(p["audiences"][0]["greeting"] == "Dear taxpayers,");
         CHECK(p["audiences"][1]["role"] == "withholding agents");
         CHECK(p["audiences"][2]["notice"] == "report");
       }},
      {"cancellation: one message to everyone who had the announcement",
       R"([{"op":"replace","path":"/kind","value":"cancellation"},
           {"op":"add","path":"/change","value":{"reason":"the supplier postponed"}}])",
       {"wechat_oa"},
       {"cancellation@2026-11-20T10:00"}},
      {"restoration: sent when service came back",
       R"([{"op":"replace","path":"/kind","value":"restoration"}, {"op":"replace","path":"/issued","value":"2026-12-06T05:40"},
           {"op":"add","path":"/restoration","value":{"actual_end":"2026-12-06T05:30","work_done":["Upgraded"]}}])",
       {"wechat_oa"},
       {"restoration@2026-12-06T05:40"}},
      {"extension: urgent, so SMS leads; said at once, then the restoration at the new end",
       R"([{"op":"replace","path":"/kind","value":"extension"}, {"op":"replace","path":"/issued","value":"2026-12-06T05:00"},
           {"op":"replace","path":"/windows/0/end","value":"2026-12-06T08:00"},
           {"op":"add","path":"/change","value":{"reason":"data checks take longer",
            "original_windows":[{"systems":["Portal"],"start":"2026-12-05T22:00","end":"2026-12-06T06:00"}]}}])",
       {"sms", "web", "wechat_oa", "weibo"},
       {"extension@2026-12-06T05:00", "restoration@2026-12-06T08:00"}},
      {"reschedule: said at once, then the reminders of the new window",
       R"([{"op":"replace","path":"/kind","value":"reschedule"},
           {"op":"add","path":"/change","value":{"reason":"a holiday",
            "original_windows":[{"systems":["Portal"],"start":"2026-11-28T22:00","end":"2026-11-29T06:00"}]}}])",
       {"wechat_oa"},
       {"reschedule@2026-11-20T10:00", "reminder_24h@2026-12-04T20:00",
        "reminder_1h@2026-12-05T21:00", "started@2026-12-05T22:00",
        "restoration@2026-12-06T06:00"}},
      {"started, issued after the start: sent on issue; the outage is on, so SMS leads (40+25+10)",
       R"([{"op":"replace","path":"/kind","value":"started"}, {"op":"replace","path":"/issued","value":"2026-12-05T22:30"}])",
       {"sms", "web", "wechat_oa", "weibo"},
       {"started@2026-12-05T22:30", "restoration@2026-12-06T06:00"}},

      // Stated preferences (audience.preferred_channels): +15 for the first choice, +10 for
      // the second, +5 for any later one; a preferred channel the organisation lacks is
      // never ranked, but said; an id that is no channel is an error at its pointer.
      {"preference: email as first choice gains 15 (47 → 62)",
       R"([{"op":"add","path":"/audience/preferred_channels","value":["email"]}])",
       {"wechat_oa", "web", "email", "sms", "weibo"},
       base_steps,
       {},
       [](const json& p) {
         CHECK(channel(p, "email")["score"] == 62);
         CHECK(channel(p, "email")["reasons"][3].get<std::string>().find(
                   "preferred (choice 1 of 1)") != std::string::npos);
         CHECK(channel(p, "sms")["reasons"].size() == 4);  // no preference reason for the others
       }},
      {"preference order: 15, 10, 5 (weibo 61, sms 60, email 57)",
       R"([{"op":"add","path":"/audience/preferred_channels","value":["weibo","email","sms"]}])",
       {"wechat_oa", "web", "weibo", "sms", "email"},
       {},
       {},
       [](const json& p) {
         CHECK(channel(p, "weibo")["score"] == 61);
         CHECK(channel(p, "email")["score"] == 57);
         CHECK(channel(p, "sms")["score"] == 60);
       }},
      {"a preferred channel the organisation lacks: never ranked, a warning where it is stated",
       R"([{"op":"add","path":"/audience/preferred_channels","value":["slack","email"]}])",
       {"wechat_oa", "web", "email", "sms", "weibo"},
       {},
       {"plan.channel_unavailable"},
       [](const json& p) {
         CHECK(p["channels"].size() == 5);
         CHECK(finding(p, "plan.channel_unavailable")["path"] == "/audience/preferred_channels/0");
         CHECK(finding(p, "plan.channel_unavailable")["message"].get<std::string>().find("Slack") ==
               0);
         CHECK(channel(p, "email")["score"] == 57);  // second choice: +10
       }},
      {"a preferred id that is no channel: an error at its pointer, no plan",
       R"([{"op":"add","path":"/audience/preferred_channels","value":["email","fax"]}])",
       {},
       {},
       {"audience.channel_unknown"},
       [](const json& p) {
         CHECK(p["channels"].empty());
         CHECK(finding(p, "audience.channel_unknown")["path"] == "/audience/preferred_channels/1");
         CHECK(finding(p, "audience.channel_unknown")["message"].get<std::string>().find(
                   "wechat_oa") != std::string::npos);
       }},
      {"preferred_channels of the wrong type: the sheet is unusable, the pointer says where",
       R"([{"op":"add","path":"/audience/preferred_channels","value":"email"}])",
       {},
       {},
       {"type.mismatch"},
       [](const json& p) {
         CHECK(finding(p, "type.mismatch")["path"] == "/audience/preferred_channels");
       }},

      // Verified webhook limits (core/src/plan/channel_traits.cpp): Slack 1 a second, Teams
      // 60 per 30 seconds.
      {"staff on Slack and Teams: 60 a minute each",
       R"([{"op":"replace","path":"/audience/kind","value":"staff"},
           {"op":"replace","path":"/channels_available","value":["teams","slack"]}])",
       {"slack", "teams"},
       {},
       {},
       [](const json& p) {
         CHECK(p["costs"]["im"][0]["limit_per_minute"] == 60);
         CHECK(p["costs"]["im"][1]["limit_per_minute"] == 60);
         CHECK(p["costs"]["im"][1]["source"].get<std::string>().find("learn.microsoft.com") !=
               std::string::npos);
       }},

      // Readers in other zones (audience.time_zones): every step also in their local time;
      // one in quiet hours (21:00–08:00) there gets a note and a finding for the zone.
      {"readers in New York: the 20:00 reminder is 07:00 there, in quiet hours",
       R"([{"op":"add","path":"/audience/time_zones","value":["America/New_York"]}])",
       {"web", "wechat_oa", "email", "sms", "weibo"},  // 71, 67, 52, 50, 46: two zones
       base_steps,
       {"plan.quiet_hours"},
       [](const json& p) {
         CHECK(
             step(p, "reminder_24h")["local_times"] ==
             json::parse(R"([{"zone":"America/New_York","at":"2026-12-04T07:00","quiet":true}])"));
         CHECK(step(p, "reminder_24h")["note"].get<std::string>().find("quiet hours") !=
               std::string::npos);
         CHECK(step(p, "announcement")["local_times"][0]["at"] == "2026-11-28T09:00");
         CHECK(step(p, "reminder_1h")["local_times"][0]["quiet"] == false);  // 08:00
         CHECK(step(p, "started")["note"].get<std::string>().find("quiet hours") ==
               std::string::npos);
         CHECK(step(p, "started")["at"] == "2026-12-05T22:00");  // the sheet's zone, as before
         CHECK(step(p, "started")["at_utc"] == "2026-12-05T14:00:00Z");
         CHECK(finding(p, "plan.quiet_hours")["path"] == "/audience/time_zones/0");
       }},
      {"the sheet's own zone among the readers' is not repeated; Berlin gets the 06:00 end at "
       "23:00",
       R"([{"op":"add","path":"/audience/time_zones","value":["Asia/Shanghai","Europe/Berlin"]}])",
       {},
       base_steps,
       {"plan.quiet_hours"},
       [](const json& p) {
         CHECK(step(p, "started")["local_times"] ==
               json::parse(R"([{"zone":"Europe/Berlin","at":"2026-12-05T15:00","quiet":false}])"));
         CHECK(step(p, "restoration")["local_times"][0]["at"] == "2026-12-05T23:00");
         CHECK(step(p, "restoration")["local_times"][0]["quiet"] == true);
         CHECK(finding(p, "plan.quiet_hours")["path"] == "/audience/time_zones/1");
       }},
      {"no reader zones: no local times",
       "[]",
       {"wechat_oa"},
       base_steps,
       {},
       [](const json& p) {
         for (const auto& s : p["schedule"]) CHECK(s["local_times"].empty());
         CHECK(finding(p, "plan.quiet_hours").is_null());
       }},

      // plan --kind K: the message planned sets the urgency, and the schedule starts with it.
      {"--kind emergency on a planned sheet: SMS first (40+25+10), the alert at the start",
       "[]",
       {"sms", "web", "wechat_oa", "weibo", "email"},
       {},
       {},
       [](const json& p) {
         CHECK(steps_of(p)[0] == "emergency@2026-12-05T22:00");
         CHECK(steps_of(p)[1] == "emergency_detail@2026-12-05T22:15");
         CHECK(step(p, "emergency")["channels"] == json({"sms"}));
         CHECK(step(p, "emergency_detail")["channels"] == json({"web", "weibo"}));
         CHECK(channel(p, "email")["recommended"] == false);  // 15+5+7 = 27
         CHECK(channel(p, "sms")["reasons"][0].get<std::string>().find("emergency") !=
               std::string::npos);
       },
       "emergency"},
      {"--kind started: the outage is news, SMS first; the start goes on every recommended channel",
       "[]",
       {"sms", "web", "wechat_oa", "weibo"},
       {"started@2026-12-05T22:00", "restoration@2026-12-06T06:00"},
       {},
       [](const json& p) {
         CHECK(step(p, "started")["channels"] == json({"sms", "web", "wechat_oa", "weibo"}));
         CHECK(step(p, "restoration")["channels"] == json({"sms", "web", "wechat_oa", "weibo"}));
         CHECK(channel(p, "sms")["reasons"][0].get<std::string>().find("down now") !=
               std::string::npos);
       },
       "started"},
      {"--kind extension on a planned sheet: urgent, said at once, restoration at the new end",
       R"([{"op":"replace","path":"/issued","value":"2026-12-06T05:00"},
           {"op":"replace","path":"/windows/0/end","value":"2026-12-06T08:00"},
           {"op":"add","path":"/change","value":{"reason":"data checks take longer",
            "original_windows":[{"systems":["Portal"],"start":"2026-12-05T22:00","end":"2026-12-06T06:00"}]}}])",
       {"sms", "web", "wechat_oa", "weibo"},
       {"extension@2026-12-06T05:00", "restoration@2026-12-06T08:00"},
       {},
       [](const json& p) { CHECK(step(p, "extension")["channels"][0] == "sms"); },
       "extension"},
      {"--kind reminder: no announcement, the schedule starts with the reminders",
       "[]",
       {"wechat_oa", "web", "sms", "email", "weibo"},
       {"reminder_24h@2026-12-04T20:00", "reminder_1h@2026-12-05T21:00", "started@2026-12-05T22:00",
        "restoration@2026-12-06T06:00"},
       {},
       {},
       "reminder"},
      {"--kind cancellation: ranked like the announcement, sent on every channel it used",
       R"([{"op":"add","path":"/change","value":{"reason":"the supplier postponed"}}])",
       {"wechat_oa", "web", "sms", "email", "weibo"},
       {"cancellation@2026-11-20T10:00"},
       {},
       [](const json& p) {
         CHECK(step(p, "cancellation")["channels"] == announcement_channels());
         CHECK(channel(p, "wechat_oa")["reasons"][0].get<std::string>().find(
                   "change to announced work") != std::string::npos);
       },
       "cancellation"},
      {"--kind reschedule: the change on every channel the announcement used, then the new "
       "reminders",
       R"([{"op":"add","path":"/change","value":{"reason":"a holiday",
            "original_windows":[{"systems":["Portal"],"start":"2026-11-28T22:00","end":"2026-11-29T06:00"}]}}])",
       {"wechat_oa", "web", "sms", "email", "weibo"},
       {"reschedule@2026-11-20T10:00", "reminder_24h@2026-12-04T20:00",
        "reminder_1h@2026-12-05T21:00", "started@2026-12-05T22:00", "restoration@2026-12-06T06:00"},
       {},
       [](const json& p) { CHECK(step(p, "reschedule")["channels"] == announcement_channels()); },
       "reschedule"},
      {"--kind restoration after an emergency: as fast as the alert, SMS included",
       with_emergency(R"({"op":"replace","path":"/issued","value":"2026-12-06T01:00"},
                         {"op":"add","path":"/restoration","value":{"actual_end":"2026-12-06T00:50","work_done":["Replaced a disk"]}})"),
       {"sms", "status_page", "slack", "email"},
       {"restoration@2026-12-06T01:00"},
       {},
       [](const json& p) {
         CHECK(step(p, "restoration")["channels"] ==
               json({"sms", "status_page", "slack", "email"}));
         CHECK(channel(p, "sms")["reasons"][0].get<std::string>().find("after an emergency") !=
               std::string::npos);
       },
       "restoration"},
      {"--kind restoration after planned work: no SMS, everyone who read the announcement",
       R"([{"op":"replace","path":"/issued","value":"2026-12-06T05:40"},
           {"op":"add","path":"/restoration","value":{"actual_end":"2026-12-06T05:30","work_done":["Upgraded"]}}])",
       {"wechat_oa", "web", "sms"},
       {"restoration@2026-12-06T05:40"},
       {},
       [](const json& p) {
         CHECK(step(p, "restoration")["channels"] == json({"wechat_oa", "web", "email", "weibo"}));
         CHECK(channel(p, "web")["reasons"][0].get<std::string>().find("Service is back") == 0);
       },
       "restoration"},

      // Roles as objects: their own actions and channels; plain texts keep working.
      {"a role object: its own channels and things to do; the others keep the recommended channels",
       R"([{"op":"add","path":"/audience/roles","value":["taxpayers",
            {"name":"withholding agents","actions_before":["Declare withheld tax by 18:00"],"channels":["sms","email"]}]}])",
       {"wechat_oa", "web", "sms"},  // SMS 55 + 10: readers must act
       {},
       {},
       [](const json& p) {
         REQUIRE(p["audiences"].size() == 3);
         const json& taxpayers = p["audiences"][0];
         const json& agents = p["audiences"][1];
         CHECK(taxpayers["channels"] == json({"wechat_oa", "web", "sms", "email", "weibo"}));
         CHECK(taxpayers["actions_before"].empty());
         CHECK(agents["greeting"] == "Dear withholding agents,");
         CHECK(agents["channels"] == json({"sms", "email"}));
         CHECK(agents["actions_before"] == json({"Declare withheld tax by 18:00"}));
         CHECK(agents["why"].get<std::string>().find("what only they must do (1)") !=
               std::string::npos);
         CHECK(agents["why"].get<std::string>().find("channels the sheet names") !=
               std::string::npos);
         CHECK(step(p, "reminder_24h")["channels"] == json({"web", "sms", "email", "weibo"}));
       }},
      {"a role channel the organisation lacks: left out, a warning at its pointer",
       R"([{"op":"add","path":"/audience/roles","value":[{"name":"agents","channels":["sms","slack"]}]}])",
       {"wechat_oa"},
       {},
       {"plan.channel_unavailable"},
       [](const json& p) {
         CHECK(p["audiences"][0]["channels"] == json({"sms"}));
         CHECK(finding(p, "plan.channel_unavailable")["path"] == "/audience/roles/0/channels/1");
       }},
      {"a role channel that is no channel: an error at its pointer",
       R"([{"op":"add","path":"/audience/roles","value":["taxpayers",{"name":"agents","channels":["fax"]}]}])",
       {},
       {},
       {"audience.channel_unknown"},
       [](const json& p) {
         CHECK(finding(p, "audience.channel_unknown")["path"] == "/audience/roles/1/channels/0");
       }},
      {"a role object without a name: the pointer names the missing field",
       R"([{"op":"add","path":"/audience/roles","value":[{"actions_before":["Declare"]}]}])",
       {},
       {},
       {"type.mismatch"},
       [](const json& p) {
         CHECK(finding(p, "type.mismatch")["path"] == "/audience/roles/0/name");
       }},
      {"a role in several languages is still a plain role",
       R"([{"op":"add","path":"/audience/roles","value":[{"en":"taxpayers","zh-CN":"纳税人"}]}])",
       {"wechat_oa"},
       {},
       {},
       [](const json& p) {
         CHECK(p["audiences"][0]["role"] == "taxpayers");
         CHECK(p["audiences"][0]["channels"] ==
               json({"wechat_oa", "web", "sms", "email", "weibo"}));
       }},
  };

  for (const auto& row : rows) {
    SECTION(row.name) {
      const json plan = run_plan(base_sheet().patch(json::parse(row.patch)), {}, row.kind);
      INFO(plan.dump(1));
      std::vector<std::string> top;
      for (std::size_t i = 0; i < row.top.size() && i < plan["channels"].size(); ++i)
        top.push_back(plan["channels"][i]["channel"]);
      CHECK(top == row.top);
      if (!row.steps.empty()) CHECK(steps_of(plan) == row.steps);
      for (const auto& code : row.findings) {
        INFO("finding " << code);
        CHECK(std::any_of(plan["findings"].begin(), plan["findings"].end(),
                          [&](const json& f) { return f["code"] == code; }));
      }
      for (const auto& c : plan["channels"]) CHECK_FALSE(c["reasons"].empty());
      if (row.more) row.more(plan);
    }
  }
}

TEST_CASE("a sheet with errors gets an empty plan and its findings", "[plan]") {
  json sheet = base_sheet();
  sheet["windows"] = json::array();
  const auto r = noticekit::plan(sheet.dump());
  CHECK(r.status == noticekit::Status::invalid);
  const json p = json::parse(r.json);
  CHECK(p["channels"].empty());
  CHECK(p["schedule"].empty());
  CHECK(p["findings"][0]["code"] == "windows.missing");
  CHECK(noticekit::plan("{").status == noticekit::Status::unusable);
}

TEST_CASE("reasons, notes and step names follow the requested language", "[plan]") {
  const json zh = run_plan(base_sheet(), {"zh-CN"});
  CHECK(zh["channels"][0]["name"] == "微信公众号");
  CHECK(zh["channels"][0]["reasons"][0].get<std::string>().find("计划停机") == 0);
  CHECK(zh["schedule"][0]["name"] == "停机公告");
  const json en = run_plan(base_sheet(), {"en"});
  CHECK(en["channels"][0]["reasons"].size() == zh["channels"][0]["reasons"].size());
  CHECK(en["schedule"][0]["name"] == "Announcement");
}

TEST_CASE("the schedule as .ics: CRLF, folded at 75 octets, one VEVENT per timed step", "[plan]") {
  const json p = run_plan(base_sheet().patch(json::parse(with_emergency())), {"en"});
  const std::string ics = p["ics"];
  REQUIRE(ics.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
  CHECK(ics.size() >= 15);
  CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
  std::size_t events = 0, timed = 0, pos = 0;
  while ((pos = ics.find("BEGIN:VEVENT", pos)) != std::string::npos) ++events, ++pos;
  for (const auto& s : p["schedule"]) timed += s["at"].is_string();
  CHECK(events == timed);  // the restoration "when service is back" has no event
  CHECK(ics.find("DTSTART:20261205T141000Z") != std::string::npos);  // 22:10 in Shanghai
  std::size_t start = 0;
  while (start < ics.size()) {
    const auto end = ics.find("\r\n", start);
    REQUIRE(end != std::string::npos);
    CHECK(end - start <= 75);
    CHECK(ics.substr(start, end - start).find('\n') == std::string::npos);
    start = end + 2;
  }
}

TEST_CASE("the two examples: what the issue asks of them", "[plan]") {
  auto read = [](const char* name) {
    std::ifstream in(std::string(NOTICEKIT_GOLDEN_DIR) + "/" + name + "/sheet.json");
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  auto position = [](const json& p, std::string_view name) {
    for (std::size_t i = 0; i < p["channels"].size(); ++i)
      if (p["channels"][i]["channel"] == name) return i;
    return std::size_t(99);
  };
  const json saas = json::parse(noticekit::plan(read("saas-emergency")).json);
  for (const char* fast : {"sms", "slack", "status_page"})
    CHECK(position(saas, fast) < position(saas, "email"));

  const json tax = json::parse(noticekit::plan(read("tax-bureau-planned")).json);
  CHECK(position(tax, "web") < 3);
  CHECK(position(tax, "wechat_oa") < 3);
  CHECK(position(tax, "sms") < 3);
  const std::string first = tax["schedule"][0]["at"];
  CHECK(first <= "2026-12-04T22:00");  // at least 24 h before the 22:00 start on 5 December
}

TEST_CASE(
    "a role's version: greeted by name, its own things to do first; the common notice as before",
    "[plan]") {
  json sheet = base_sheet();
  sheet["actions"] = {{"before", {"Keep your receipts"}}};
  sheet["audience"]["roles"] = json::parse(
      R"(["taxpayers", {"name": "withholding agents", "actions_before": ["Declare withheld tax by 18:00"]}])");
  auto render = [&](const std::string& role, const std::string& channel) {
    noticekit::Request request;
    request.languages = {"en"};
    request.channels = {channel};
    request.role = role;
    return noticekit::render(sheet.dump(), request);
  };

  const json agents = json::parse(render("withholding agents", "email").json);
  const std::string letter = agents["outputs"][0]["text"];
  CHECK(letter.find("Dear withholding agents,") != std::string::npos);
  CHECK(letter.find("taxpayers") == std::string::npos);
  const auto own = letter.find("Declare withheld tax by 18:00");
  REQUIRE(own != std::string::npos);
  CHECK(own < letter.find("Keep your receipts"));
  // The SMS keeps one thing to do: the role's own.
  const std::string sms =
      json::parse(render("withholding agents", "sms").json)["outputs"][0]["text"];
  CHECK(sms.find("Declare withheld tax by 18:00") != std::string::npos);

  const json everyone = json::parse(render("", "email").json);
  const std::string common = everyone["outputs"][0]["text"];
  CHECK(common.find("Dear taxpayers and withholding agents,") != std::string::npos);
  CHECK(common.find("Declare withheld tax") == std::string::npos);

  const auto unknown = render("agents", "email");
  CHECK(unknown.status == noticekit::Status::unusable);
  CHECK(json::parse(unknown.json)["findings"].back()["code"] == "role.unknown");
}
