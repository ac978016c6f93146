// One row per rule: a base sheet that passes cleanly, one change, the findings expected
// (code, severity and the JSON pointer of the field to fix).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "base_sheet.h"
#include "noticekit/noticekit.h"

using nlohmann::json;

namespace {

struct Expected {
  std::string code, severity, path;
};

struct Row {
  std::string name;
  std::string patch;  // RFC 6902 JSON Patch applied to the base sheet
  std::vector<Expected> findings;
  int status;
  std::string kind = {};  // the message derived from the sheet (Request::kind)
  std::string at = {};    // when it is sent (Request::at)
};

json run_check(const json& sheet, noticekit::Status& status, const std::string& kind = {},
               const std::string& at = {}) {
  noticekit::Request request;
  request.kind = kind;
  request.at = at;
  auto r = noticekit::check(sheet.dump(), request);
  status = r.status;
  return json::parse(r.json)["findings"];
}

}  // namespace

TEST_CASE("the base sheet has no findings", "[validate]") {
  noticekit::Status status;
  CHECK(run_check(base_sheet(), status).empty());
  CHECK(status == noticekit::Status::ok);
}

TEST_CASE("validation rules, one row each", "[validate]") {
  // clang-format off
  const std::vector<Row> rows = {
      {"end before start", R"([{"op":"replace","path":"/windows/0/end","value":"2026-12-05T06:00"}])",
       {{"window.end_before_start", "error", "/windows/0/end"}}, 1},
      {"end equal to start", R"([{"op":"replace","path":"/windows/0/end","value":"2026-12-05T22:00"}])",
       {{"window.end_before_start", "error", "/windows/0/end"}}, 1},
      {"unknown zone", R"([{"op":"replace","path":"/time_zone","value":"Asia/Atlantis"}])",
       {{"time_zone.unknown", "error", "/time_zone"}}, 1},
      {"zone names are case-sensitive", R"([{"op":"replace","path":"/time_zone","value":"asia/shanghai"}])",
       {{"time_zone.unknown", "error", "/time_zone"}}, 1},
      {"missing zone", R"([{"op":"remove","path":"/time_zone"}])", {{"time_zone.missing", "error", "/time_zone"}}, 1},
      {"impossible date", R"([{"op":"replace","path":"/windows/0/start","value":"2026-02-30T22:00"}])",
       {{"time.invalid", "error", "/windows/0/start"}}, 1},
      {"24:00 is not a time", R"([{"op":"replace","path":"/windows/0/end","value":"2026-12-05T24:00"}])",
       {{"time.invalid", "error", "/windows/0/end"}}, 1},
      {"a zone suffix is not allowed", R"([{"op":"replace","path":"/windows/0/start","value":"2026-12-05T22:00Z"}])",
       {{"time.invalid", "error", "/windows/0/start"}}, 1},
      {"no windows", R"([{"op":"replace","path":"/windows","value":[]}])", {{"windows.missing", "error", "/windows"}}, 1},
      {"window without systems", R"([{"op":"remove","path":"/windows/0/systems"}])",
       {{"window.systems_missing", "error", "/windows/0/systems"}}, 1},
      {"window without start", R"([{"op":"remove","path":"/windows/0/start"}])",
       {{"window.start_missing", "error", "/windows/0/start"}}, 1},
      {"planned work with unknown end", R"([{"op":"replace","path":"/windows/0/end","value":null}])",
       {{"next_update.missing", "warning", "/next_update"}, {"window.end_unknown", "warning", "/windows/0/end"}}, 0},
      {"no organization", R"([{"op":"remove","path":"/organization/name"}])",
       {{"organization.missing", "error", "/organization/name"}}, 1},
      {"no kind", R"([{"op":"remove","path":"/kind"}])", {{"kind.missing", "error", "/kind"}}, 1},
      {"kind not yet supported", R"([{"op":"replace","path":"/kind","value":"outage"}])",
       {{"kind.unsupported", "error", "/kind"}}, 1},
      {"no reason", R"([{"op":"remove","path":"/reason"}])", {{"reason.missing", "warning", "/reason/text"}}, 0},
      {"no impact", R"([{"op":"remove","path":"/impact"}])", {{"impact.missing", "warning", "/impact/unavailable"}}, 0},
      {"no alternatives", R"([{"op":"remove","path":"/alternatives"}])",
       {{"alternatives.missing", "warning", "/alternatives"}}, 0},
      {"no contact", R"([{"op":"remove","path":"/contacts"}])", {{"contact.missing", "warning", "/contacts"}}, 0},
      {"no issue date", R"([{"op":"remove","path":"/issued"}])", {{"issued.missing", "warning", "/issued"}}, 0},
      {"no SMS signature", R"([{"op":"remove","path":"/organization/sms_signature"}])",
       {{"sms_signature.missing", "info", "/organization/sms_signature"}}, 0},
      {"issued 20 hours ahead", R"([{"op":"replace","path":"/issued","value":"2026-12-05T02:00"}])",
       {{"lead_time.short", "warning", "/windows/0/start"}}, 0},
      {"issued 1 hour ahead", R"([{"op":"replace","path":"/issued","value":"2026-12-05T21:00"}])",
       {{"lead_time.too_short", "error", "/windows/0/start"}}, 1},
      {"issued after the start", R"([{"op":"replace","path":"/issued","value":"2026-12-05T23:00"}])",
       {{"window.before_issued", "error", "/windows/0/start"}}, 1},
      {"start skipped by DST", R"([{"op":"replace","path":"/time_zone","value":"America/New_York"},
                                   {"op":"replace","path":"/windows/0/start","value":"2026-03-08T02:30"},
                                   {"op":"replace","path":"/windows/0/end","value":"2026-03-08T05:00"},
                                   {"op":"replace","path":"/issued","value":"2026-03-01T10:00"}])",
       {{"time.nonexistent", "warning", "/windows/0/start"}}, 0},
      {"end repeated by DST", R"([{"op":"replace","path":"/time_zone","value":"Europe/London"},
                                  {"op":"replace","path":"/windows/0/start","value":"2026-10-25T00:00"},
                                  {"op":"replace","path":"/windows/0/end","value":"2026-10-25T01:30"},
                                  {"op":"replace","path":"/issued","value":"2026-10-01T10:00"}])",
       {{"time.ambiguous", "warning", "/windows/0/end"}}, 0},
      // An audience of no known kind would get no word for "notice" and no greeting.
      {"unknown audience kind", R"([{"op":"add","path":"/audience","value":{"kind":"citizens"}}])",
       {{"audience.kind_unknown", "error", "/audience/kind"}}, 1},
      {"unknown audience zone", R"([{"op":"add","path":"/audience","value":{"time_zones":["Europe/Berlin","Mars/Base"]}}])",
       {{"audience.time_zone_unknown", "error", "/audience/time_zones/1"}}, 1},
      {"text missing in a requested language", R"([{"op":"replace","path":"/languages","value":["en","zh-CN"]},
                                                  {"op":"replace","path":"/reason/text","value":{"en":"an upgrade"}}])",
       {{"text.untranslated", "warning", "/organization/name"}, {"text.untranslated", "warning", "/organization/sms_signature"},
        {"text.untranslated", "warning", "/windows/0/systems/0"}, {"text.untranslated", "warning", "/reason/text"},
        {"text.untranslated", "warning", "/impact/unavailable/0"}, {"text.untranslated", "warning", "/alternatives/0"}}, 0},
      {"unsupported language", R"([{"op":"replace","path":"/languages","value":["en","tlh"]}])",
       {{"language.unsupported", "error", "/languages/1"}}, 1},
      {"an unsupported language in a bilingual pair", R"([{"op":"replace","path":"/languages","value":["en+tlh"]}])",
       {{"language.unsupported", "error", "/languages/0"}}, 1},
      {"the same language twice in a pair", R"([{"op":"replace","path":"/languages","value":["en","en+en"]}])",
       {{"language.combination", "error", "/languages/1"}}, 1},
      {"a pair with an empty half", R"([{"op":"replace","path":"/languages","value":["en+"]}])",
       {{"language.combination", "error", "/languages/0"}}, 1},
      {"text missing in the second language of a pair", R"([{"op":"replace","path":"/languages","value":["en+zh-CN"]},
                                                          {"op":"replace","path":"/reason/text","value":{"en":"an upgrade","zh-CN":"系统升级"}}])",
       {{"text.untranslated", "warning", "/organization/name"}, {"text.untranslated", "warning", "/organization/sms_signature"},
        {"text.untranslated", "warning", "/windows/0/systems/0"}, {"text.untranslated", "warning", "/impact/unavailable/0"},
        {"text.untranslated", "warning", "/alternatives/0"}}, 0},
      {"no languages", R"([{"op":"remove","path":"/languages"}])", {{"languages.missing", "warning", "/languages"}}, 0},
      {"misspelt field", R"([{"op":"add","path":"/alternative","value":["x"]}])",
       {{"field.unknown", "warning", "/alternative"}}, 0},
      {"misspelt nested field", R"([{"op":"add","path":"/windows/0/stop","value":"x"}])",
       {{"field.unknown", "warning", "/windows/0/stop"}}, 0},
      {"string where an array belongs", R"([{"op":"replace","path":"/languages","value":"en"}])",
       {{"type.mismatch", "error", "/languages"}}, 2},
      {"number where a text belongs", R"([{"op":"replace","path":"/reason/text","value":42}])",
       {{"type.mismatch", "error", "/reason/text"}}, 2},
      {"non-boolean flag", R"([{"op":"add","path":"/windows/0/end_is_estimate","value":"no"}])",
       {{"type.mismatch", "error", "/windows/0/end_is_estimate"}}, 2},
      {"negative-looking size as text", R"([{"op":"add","path":"/audience","value":{"size":"many"}}])",
       {{"type.mismatch", "error", "/audience/size"}}, 2},
      {"time as a number", R"([{"op":"replace","path":"/windows/0/start","value":20261205}])",
       {{"type.mismatch", "error", "/windows/0/start"}}, 2},
      {"window that is not an object", R"([{"op":"add","path":"/windows/1","value":"tomorrow"}])",
       {{"type.mismatch", "error", "/windows/1"}}, 2},
      {"wrong schema", R"([{"op":"replace","path":"/schema","value":"noticekit/2"}])",
       {{"schema.unsupported", "error", "/schema"}}, 2},
      {"no schema", R"([{"op":"remove","path":"/schema"}])", {{"schema.missing", "error", "/schema"}}, 1},
      {"an extension needs the original window and why", "[]",
       {{"change.original_missing", "error", "/change/original_windows"},
        {"change.reason_missing", "warning", "/change/reason"}}, 1, "extension"},
      {"a reschedule needs the original window", R"([{"op":"add","path":"/change","value":{"reason":"x"}}])",
       {{"change.original_missing", "error", "/change/original_windows"}}, 1, "reschedule"},
      {"an extension needs the original end", R"([{"op":"add","path":"/change","value":{"reason":"x","original_windows":[{"start":"2026-12-05T22:00"}]}}])",
       {{"change.original_missing", "error", "/change/original_windows/0/end"}}, 1, "extension"},
      {"an extension that moves no window", R"([{"op":"add","path":"/change","value":{"reason":"x","original_windows":[
         {"systems":["Dashboard"],"start":"2026-12-05T22:00","end":"2026-12-06T06:00"}]}}])",
       {{"change.nothing_moved", "warning", "/windows"}}, 0, "extension"},
      {"a reschedule that moves one night of two", R"([
         {"op":"add","path":"/windows/-","value":{"systems":["Dashboard"],"start":"2026-12-19T22:00","end":"2026-12-20T06:00"}},
         {"op":"add","path":"/change","value":{"reason":"x","original_windows":[
           {"systems":["Dashboard"],"start":"2026-12-05T22:00","end":"2026-12-06T06:00"},
           {"systems":["Dashboard"],"start":"2026-12-12T22:00","end":"2026-12-13T06:00"}]}}])",
       {}, 0, "reschedule"},
      {"a cancellation should say why", "[]", {{"change.reason_missing", "warning", "/change/reason"}}, 0, "cancellation"},
      {"a restoration of planned work takes the window's end, and says so", "[]",
       {{"restoration.actual_end_assumed", "info", "/restoration/actual_end"},
        {"restoration.work_done_missing", "warning", "/restoration/work_done"}}, 0, "restoration"},
      {"a restoration after an incident needs the actual end", R"([{"op":"replace","path":"/kind","value":"emergency"}])",
       {{"restoration.actual_end_missing", "error", "/restoration/actual_end"},
        {"restoration.work_done_missing", "warning", "/restoration/work_done"}}, 1, "restoration"},
      {"a restoration of work with an open end needs the actual end", R"([{"op":"remove","path":"/windows/0/end"},{"op":"add","path":"/next_update","value":"2026-12-06T06:00"}])",
       {{"restoration.actual_end_missing", "error", "/restoration/actual_end"},
        {"restoration.work_done_missing", "warning", "/restoration/work_done"}}, 1, "restoration"},
      // Each message has its own moment (Request::at, else when the lifecycle sends it).
      {"a send time that is not a time", "[]", {{"at.invalid", "error", ""}}, 2, "", "6 Dec 06:30"},
      {"started sent before the start", "[]",
       {{"sent.before_start", "warning", ""}}, 0, "started", "2026-12-05T21:00"},
      {"started sent at the start, by default", "[]", {}, 0, "started"},
      {"a sheet of kind extension issued before the start", R"([{"op":"replace","path":"/kind","value":"extension"},
         {"op":"add","path":"/change","value":{"reason":"x","original_windows":[{"start":"2026-12-05T22:00","end":"2026-12-06T04:00"}]}}])",
       {{"sent.before_start", "warning", "/issued"}}, 0},
      {"a cancellation of a window under way", R"([{"op":"add","path":"/change","value":{"reason":"x"}}])",
       {{"cancellation.begun", "warning", "/windows/0/start"}}, 0, "cancellation", "2026-12-05T23:00"},
      {"a cancellation of one night of two, the other under way", R"([
         {"op":"add","path":"/windows/-","value":{"systems":["Dashboard"],"start":"2026-12-12T22:00","end":"2026-12-13T06:00"}},
         {"op":"add","path":"/change","value":{"reason":"x","original_windows":[
           {"systems":["Dashboard"],"start":"2026-12-05T22:00","end":"2026-12-06T06:00"},
           {"systems":["Dashboard"],"start":"2026-12-12T22:00","end":"2026-12-13T06:00"},
           {"systems":["Dashboard"],"start":"2026-12-19T22:00","end":"2026-12-20T06:00"}]}}])",
       {}, 0, "cancellation", "2026-12-05T23:00"},
      {"a reminder that still lists a night already over", R"([
         {"op":"add","path":"/windows/-","value":{"systems":["Dashboard"],"start":"2026-12-12T22:00","end":"2026-12-13T06:00"}}])",
       {{"window.over", "warning", "/windows/0/end"}}, 0, "reminder", "2026-12-06T10:00"},
      {"an outage whose sheet has a later window too", R"([
         {"op":"add","path":"/windows/-","value":{"systems":["Dashboard"],"start":"2026-12-12T22:00","end":"2026-12-13T06:00"}}])",
       {{"outage.window_ahead", "warning", "/windows/1/start"}}, 0, "emergency", "2026-12-05T23:00"},
      {"an update promised before the message is sent", R"([{"op":"add","path":"/next_update","value":"2026-12-05T23:00"}])",
       {{"next_update.before_sent", "warning", "/next_update"}}, 0, "started", "2026-12-06T01:00"},
      {"a deadline on the day of the window, before it", R"([{"op":"add","path":"/actions","value":{"before":["File returns by 5 December, 8:00 PM"]}}])",
       {}, 0},
      {"a deadline after the window starts", R"([{"op":"add","path":"/actions","value":{"before":["请于12月6日12:00前完成申报"]}}])",
       {{"actions.deadline_after_start", "warning", "/actions/before/0"}}, 0},
      {"a deadline the day after the window's start day", R"([{"op":"add","path":"/actions","value":{"before":["Bitte bis 6. Dez. erledigen"]}}])",
       {{"actions.deadline_after_start", "warning", "/actions/before/0"}}, 0},
      {"a deadline left behind by a reschedule", R"([
         {"op":"replace","path":"/windows/0/start","value":"2026-12-12T22:00"},
         {"op":"replace","path":"/windows/0/end","value":"2026-12-13T06:00"},
         {"op":"add","path":"/actions","value":{"before":["请于12月5日20:00前完成当日申报缴款"]}},
         {"op":"add","path":"/change","value":{"reason":"x","original_windows":[{"systems":["Dashboard"],"start":"2026-12-05T22:00","end":"2026-12-06T06:00"}]}}])",
       {{"actions.deadline_moved", "warning", "/actions/before/0"}}, 0, "reschedule"},
      {"a deadline moved with the window", R"([
         {"op":"replace","path":"/windows/0/start","value":"2026-12-12T22:00"},
         {"op":"replace","path":"/windows/0/end","value":"2026-12-13T06:00"},
         {"op":"add","path":"/actions","value":{"before":["请于2026年12月12日20:00前完成当日申报缴款"]}},
         {"op":"add","path":"/change","value":{"reason":"x","original_windows":[{"systems":["Dashboard"],"start":"2026-12-05T22:00","end":"2026-12-06T06:00"}]}}])",
       {}, 0, "reschedule"},
      {"a restoration with its facts", R"([{"op":"add","path":"/restoration","value":{"actual_end":"2026-12-06T05:40","work_done":["Upgraded"]}}])",
       {}, 0, "restoration"},
      {"a reminder skips the lead-time rule", R"([{"op":"replace","path":"/issued","value":"2026-12-05T20:00"}])",
       {}, 0, "reminder"},
      {"the original window's times are checked too", R"([{"op":"add","path":"/change","value":{"reason":"x","original_windows":[{"start":"2026-12-05T22:00","end":"2026-13-01T00:00"}]}}])",
       {{"time.invalid", "error", "/change/original_windows/0/end"}}, 1, "extension"},
      {"jargon in the reason", R"([{"op":"replace","path":"/reason/text","value":"a database failover"}])",
       {{"plain_language.jargon", "warning", "/reason/text"}}, 0},
      {"jargon matches whole words only", R"([{"op":"replace","path":"/reason/text","value":"new DNSSEC keys"}])", {}, 0},
      {"jargon is read in the text's own language", R"([{"op":"replace","path":"/languages","value":["zh-CN"]},
                                                      {"op":"replace","path":"/impact/unavailable/0","value":"系统割接期间无法登录"}])",
       {{"plain_language.jargon", "warning", "/impact/unavailable/0"}}, 0},
      {"a half-width comma in Chinese text", R"([{"op":"replace","path":"/languages","value":["zh-CN"]},
                                               {"op":"replace","path":"/alternatives/0","value":"如有紧急业务,请前往办税服务厅办理"}])",
       {{"text.halfwidth_punctuation", "warning", "/alternatives/0"}}, 0},
      {"a half-width colon in a time is no typo", R"([{"op":"replace","path":"/languages","value":["zh-CN"]},
                                                    {"op":"replace","path":"/alternatives/0","value":"请于20:00前完成申报"}])", {}, 0},
      // "…will carry out scheduled maintenance for scheduled maintenance".
      {"a reason that names the work itself", R"([{"op":"replace","path":"/reason/text","value":"scheduled maintenance"}])",
       {{"reason.repeats_frame", "warning", "/reason/text"}}, 0},
      {"routine maintenance is a reason when the category says so", R"([{"op":"replace","path":"/reason","value":{"category":"maintenance","text":"routine server maintenance"}}])",
       {}, 0},
      // Text left in another language than its field's reaches readers as it is.
      {"English left in the Chinese text", R"([{"op":"replace","path":"/languages","value":["zh-CN"]},
                                            {"op":"replace","path":"/alternatives/0","value":"Please visit the nearest hall in your city"}])",
       {{"text.other_language", "warning", "/alternatives/0"}}, 0},
      {"French left in the German text", R"([{"op":"replace","path":"/languages","value":["de"]},
                                           {"op":"replace","path":"/alternatives/0","value":"Rendez-vous dans un centre des finances publiques"}])",
       {{"text.other_language", "warning", "/alternatives/0"}}, 0},
      {"German with a borrowed English name is German", R"([{"op":"replace","path":"/languages","value":["de"]},
                                                         {"op":"replace","path":"/alternatives/0","value":"Nutzen Sie das Online Banking of the Year"}])", {}, 0},
      {"a short English name in Chinese text is no untranslated text", R"([{"op":"replace","path":"/languages","value":["zh-CN"]},
                                                                     {"op":"replace","path":"/alternatives/0","value":"Online banking"}])", {}, 0},
      {"half-width commas are English text's own", R"([{"op":"replace","path":"/alternatives/0","value":"Call us, or visit a hall"}])", {}, 0},
      {"only a web page to contact", R"([{"op":"replace","path":"/contacts/0","value":{"kind":"web","value":"https://help.example"}}])",
       {{"contact.unreachable", "warning", "/contacts"}}, 0},
      {"the same system in two overlapping windows", R"([{"op":"add","path":"/windows/1","value":{"systems":["Dashboard","API"],"start":"2026-12-06T04:00","end":"2026-12-06T08:00"}}])",
       {{"window.overlap", "warning", "/windows/1"}}, 0},
      {"back-to-back windows do not overlap", R"([{"op":"add","path":"/windows/1","value":{"systems":["Dashboard"],"start":"2026-12-06T06:00","end":"2026-12-06T08:00"}}])",
       {}, 0},
      {"different systems may share a time", R"([{"op":"add","path":"/windows/1","value":{"systems":["API"],"start":"2026-12-05T22:00","end":"2026-12-06T06:00"}}])",
       {}, 0},
      // A line break in a name would split the subject and the mail headers built from it.
      {"a system name with a line break", R"([{"op":"replace","path":"/windows/0/systems/0","value":"Portal\r\nBcc: victim@example.com"}])",
       {{"text.line_break", "warning", "/windows/0/systems/0"}}, 0},
      {"a contact number with a line separator", R"([{"op":"replace","path":"/contacts/0/value","value":"12366\u2028Bcc: x"}])",
       {{"text.line_break", "warning", "/contacts/0/value"}}, 0},
      // A contact the notice cannot state would print "Info: ." or "call Phone on.".
      {"a contact without kind", R"([{"op":"replace","path":"/contacts/0","value":{"value":"12366"}}])",
       {{"contact.kind_missing", "error", "/contacts/0/kind"}}, 1},
      {"a contact of an unknown kind", R"([{"op":"replace","path":"/contacts/0/kind","value":"fax"}])",
       {{"contact.kind_unknown", "error", "/contacts/0/kind"}}, 1},
      {"a phone without a number", R"([{"op":"replace","path":"/contacts/0","value":{"kind":"phone"}}])",
       {{"contact.value_missing", "error", "/contacts/0/value"}}, 1},
      {"an empty contact", R"([{"op":"replace","path":"/contacts/0","value":{}}])",
       {{"contact.kind_missing", "error", "/contacts/0/kind"}, {"contact.value_missing", "error", "/contacts/0/value"}}, 1},
      {"a value of spaces is no value", R"([{"op":"replace","path":"/contacts/0/value","value":"  "}])",
       {{"contact.value_missing", "error", "/contacts/0/value"}}, 1},
      {"a phone number without digits", R"([{"op":"replace","path":"/contacts/0/value","value":"call the hotline"}])",
       {{"contact.phone_invalid", "error", "/contacts/0/value"}}, 1},
      {"a phone number as people write it", R"([{"op":"replace","path":"/contacts/0/value","value":"+1 (800) 555-0100"}])", {}, 0},
      {"an email contact that is not an address", R"([{"op":"add","path":"/contacts/-","value":{"kind":"email","value":"support team"}}])",
       {{"contact.email_invalid", "error", "/contacts/1/value"}}, 1},
      {"an email address without a domain", R"([{"op":"add","path":"/contacts/-","value":{"kind":"email","value":"help@localhost"}}])",
       {{"contact.email_invalid", "error", "/contacts/1/value"}}, 1},
      {"an email address", R"([{"op":"add","path":"/contacts/-","value":{"kind":"email","value":"help@tax.example.cn"}}])", {}, 0},
      {"a web contact that is not an address", R"([{"op":"add","path":"/contacts/-","value":{"kind":"web","value":"our website"}}])",
       {{"contact.web_invalid", "error", "/contacts/1/value"}}, 1},
      {"a web address without its scheme", R"([{"op":"add","path":"/contacts/-","value":{"kind":"web","value":"status.example.com/tax"}}])", {}, 0},
      {"an office line closed during a night outage", R"([{"op":"add","path":"/contacts/0/hours","value":"9:00-17:00"}])",
       {{"contact.closed_during_outage", "warning", "/contacts"}}, 0},
      {"a line open in the evening reaches the outage", R"([{"op":"add","path":"/contacts/0/hours","value":"08:00至22:30"}])", {}, 0},
      {"hours that are not a daily range count as open", R"([{"op":"add","path":"/contacts/0/hours","value":"24 hours"}])", {}, 0},
      {"a sheet of kind restoration", R"([{"op":"replace","path":"/kind","value":"restoration"}])",
       {{"restoration.actual_end_assumed", "info", "/restoration/actual_end"},
        {"restoration.work_done_missing", "warning", "/restoration/work_done"}}, 0},
  };
  // clang-format on

  for (const auto& row : rows) {
    SECTION(row.name) {
      const json sheet = base_sheet().patch(json::parse(row.patch));
      noticekit::Status status;
      const json findings = run_check(sheet, status, row.kind, row.at);
      std::vector<std::string> got, want;
      for (const auto& f : findings)
        got.push_back(f["code"].get<std::string>() + " " + f["severity"].get<std::string>() + " " +
                      f["path"].get<std::string>());
      for (const auto& e : row.findings) want.push_back(e.code + " " + e.severity + " " + e.path);
      std::sort(got.begin(), got.end());
      std::sort(want.begin(), want.end());
      CHECK(got == want);
      CHECK(static_cast<int>(status) == row.status);
      for (const auto& f : findings) CHECK_FALSE(f["message"].get<std::string>().empty());
    }
  }
}

TEST_CASE("bad JSON says where", "[validate]") {
  auto r = noticekit::check("{\n  \"schema\": \"noticekit/1\",\n  \"kind\": planned\n}");
  CHECK(r.status == noticekit::Status::unusable);
  const auto f = json::parse(r.json)["findings"].at(0);
  CHECK(f["code"] == "json.syntax");
  CHECK(f["message"].get<std::string>().find("line 3") != std::string::npos);
}

TEST_CASE("a request for a language or channel that does not exist is unusable", "[validate]") {
  noticekit::Request pt;
  pt.languages = {"pt"};  // no Portuguese locale (yet)
  CHECK(noticekit::render(base_sheet().dump(), pt).status == noticekit::Status::unusable);
  noticekit::Request fax;
  fax.channels = {"fax"};
  const auto r = noticekit::render(base_sheet().dump(), fax);
  CHECK(r.status == noticekit::Status::unusable);
  CHECK(json::parse(r.json)["findings"].at(0)["code"] == "channel.unsupported");
}

TEST_CASE("an unknown message kind is a bad request", "[validate]") {
  noticekit::Request request;
  request.kind = "postponement";
  const auto r = noticekit::render(base_sheet().dump(), request);
  CHECK(r.status == noticekit::Status::unusable);
  CHECK(json::parse(r.json)["findings"].at(0)["code"] == "kind.unsupported");
}

TEST_CASE("findings are written in the first requested language", "[validate]") {
  json sheet = base_sheet();
  sheet.erase("contacts");
  noticekit::Request zh;
  zh.languages = {"zh-CN"};
  const auto f = json::parse(noticekit::check(sheet.dump(), zh).json)["findings"];
  bool found = false;
  for (const auto& x : f)
    if (x["code"] == "contact.missing")
      found = x["message"].get<std::string>().find("联系方式") != std::string::npos;
  CHECK(found);
}

TEST_CASE("the completeness score weighs the key facts", "[validate]") {
  struct Case {
    std::string name, patch;
    int score;
    std::vector<std::string> missing;
  };
  // clang-format off
  const std::vector<Case> cases = {
      {"everything there", "[]", 100, {}},
      {"no alternatives", R"([{"op":"remove","path":"/alternatives"}])", 90, {"alternatives"}},
      {"no reason, no impact", R"([{"op":"remove","path":"/reason"},{"op":"remove","path":"/impact"}])", 80,
       {"reason", "impact"}},
      {"unknown end without a next update", R"([{"op":"replace","path":"/windows/0/end","value":null}])", 85, {"end"}},
      {"unknown end with a next update", R"([{"op":"replace","path":"/windows/0/end","value":null},
                                             {"op":"add","path":"/next_update","value":"2026-12-06T01:00"}])", 100, {}},
      {"only a web page to contact", R"([{"op":"replace","path":"/contacts/0","value":{"kind":"web","value":"https://x.example"}}])",
       85, {"contact"}},
      {"no windows at all", R"([{"op":"replace","path":"/windows","value":[]}])", 50, {"systems", "start", "end"}},
      {"no issue date", R"([{"op":"remove","path":"/issued"}])", 95, {"issued"}},
  };
  // clang-format on
  for (const auto& c : cases) {
    SECTION(c.name) {
      const auto r =
          json::parse(noticekit::check(base_sheet().patch(json::parse(c.patch)).dump()).json);
      CHECK(r["completeness"]["score"] == c.score);
      std::vector<std::string> missing;
      for (const auto& m : r["completeness"]["missing"]) {
        missing.push_back(m["item"].get<std::string>());
        CHECK_FALSE(m["label"].get<std::string>().empty());
      }
      CHECK(missing == c.missing);
    }
  }
  CHECK(json::parse(noticekit::check("not json").json)["completeness"].is_null());
}
