// The SMS short version: when the whole notice would take more parts than sms.max_segments
// (3 by default), the SMS is the first shorter brief that fits, and says what it gave up.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "channels/channel.h"
#include "channels/sms_segments.h"
#include "locale/locale.h"
#include "noticekit/noticekit.h"
#include "repeat.h"

using nlohmann::json;
using noticekit::channels::count_sms_segments;
using noticekit::testing::repeat;

namespace {

noticekit::compose::Brief brief(std::string sentence) {
  return {"ACME", "", {std::move(sentence)}, ""};
}

}  // namespace

// The choice itself, on briefs of known length. The en locale writes "ACME: " (6 characters)
// before the sentence; zh-CN writes "【ACME】" (6 characters, UCS-2).
TEST_CASE("sms: the first brief that fits the segment limit is sent", "[sms]") {
  struct Row {
    const char* name;
    const char* lang;
    std::string full;                  // the whole notice's one sentence
    std::vector<std::string> shorter;  // each giving up one more part
    std::optional<int> max_segments;   // nullopt: the default, 3
    int expected_choice;               // -1: the full one, else index into `shorter`
    int expected_segments;
    bool expected_ok;
  };
  const std::string a = "a", han = "税";
  // clang-format off
  const std::vector<Row> rows = {
      // GSM-7: 160 in one message, 153 per part.
      {"GSM-7 459 septets: exactly 3 parts, kept whole", "en", repeat(a, 453), {repeat(a, 100)},
       std::nullopt, -1, 3, true},
      {"GSM-7 460 septets: 4 parts, the first shorter one (3) is sent", "en", repeat(a, 454),
       {repeat(a, 400), repeat(a, 100)}, std::nullopt, 0, 3, true},
      {"GSM-7: the first shorter one still takes 4, the second fits", "en", repeat(a, 600),
       {repeat(a, 500), repeat(a, 300)}, std::nullopt, 1, 2, true},
      {"GSM-7 max 1: 160 septets fit one message", "en", repeat(a, 200),
       {repeat(a, 170), repeat(a, 154)}, 1, 1, 1, true},
      {"GSM-7 max 1: 161 septets do not; the shortest is sent, not ok", "en", repeat(a, 200),
       {repeat(a, 155)}, 1, 0, 2, false},
      {"GSM-7 € counts 2: 6 + 78 × 2 = 162 > 160", "en", repeat("€", 100), {repeat("€", 78), repeat("€", 77)},
       1, 1, 1, true},
      // UCS-2: 70 in one message, 67 per part.
      {"UCS-2 201 units: exactly 3 parts, kept whole", "zh-CN", repeat(han, 195), {repeat(han, 10)},
       std::nullopt, -1, 3, true},
      {"UCS-2 202 units: 4 parts, shortened to 3", "zh-CN", repeat(han, 196), {repeat(han, 195)},
       std::nullopt, 0, 3, true},
      {"UCS-2 max 2: 134 units fit, 135 do not", "zh-CN", repeat(han, 300),
       {repeat(han, 129), repeat(han, 128)}, 2, 1, 2, true},
      {"UCS-2 max 5 from the sheet: 300 units take 5 parts, kept whole", "zh-CN", repeat(han, 294),
       {repeat(han, 10)}, 5, -1, 5, true},
      // Giving up the part with "ç" (not in GSM 03.38) turns a UCS-2 SMS into GSM-7.
      {"UCS-2 → GSM-7 once the ç goes", "en", repeat(a, 100) + " ça", {repeat(a, 150)}, 1, 0, 1, true},
  };
  // clang-format on
  for (const auto& row : rows) {
    CAPTURE(row.name);
    const auto* loc = noticekit::locale::Locale::find(row.lang);
    REQUIRE(loc);
    noticekit::compose::Document d;
    std::vector<std::string> given_up;
    std::vector<noticekit::compose::ShorterBrief> shorter;
    for (std::size_t i = 0; i < row.shorter.size(); ++i) {
      given_up.push_back("part" + std::to_string(i));
      shorter.push_back({given_up, brief(row.shorter[i])});
    }
    d.briefs = noticekit::compose::Briefs(brief(row.full), std::move(shorter));
    d.sms_max_segments = row.max_segments;

    const auto out = noticekit::channels::render_sms(d, *loc, {});
    const std::string prefix = loc->phrase("sms.signature", {{"signature", "ACME"}});
    const std::string expected_text =
        prefix + (row.expected_choice < 0 ? row.full : row.shorter[row.expected_choice]);
    CHECK(out.text == expected_text);
    CHECK(out.metrics["segments"] == row.expected_segments);
    CHECK(out.metrics["segments"] == count_sms_segments(out.text).segments);
    CHECK(out.metrics["limit"] == row.max_segments.value_or(3));
    CHECK(out.metrics["ok"] == row.expected_ok);
    const bool shortened = row.expected_choice >= 0;
    CHECK(out.metrics["shortened"] == shortened);
    CHECK(out.metrics["full_segments"] == count_sms_segments(prefix + row.full).segments);
    CHECK(out.metrics["given_up"].size() == static_cast<std::size_t>(row.expected_choice + 1));
    if (shortened) {
      REQUIRE(out.files.size() == 1);
      CHECK(out.files[0].first == "full_text");
      CHECK(out.files[0].second == prefix + row.full);
    } else {
      CHECK(out.files.empty());
    }
  }
}

namespace {

// Planned work on three systems with every optional part an SMS can give up.
json sheet(const std::string& lang) {
  json s = json::parse(R"json({
    "schema": "noticekit/1", "kind": "planned",
    "organization": {"name": {"en": "Acme Tax Office", "zh-CN": "某某市税务局"},
                     "sms_signature": {"en": "AcmeTax", "zh-CN": "某某税务"}},
    "issued": "2026-11-20T10:00", "time_zone": "Asia/Shanghai",
    "audience": {"kind": "public", "size": 1000},
    "windows": [{"systems": [{"en": "Online tax service", "zh-CN": "电子税务局"},
                             {"en": "Invoice platform", "zh-CN": "发票服务平台"},
                             {"en": "Withholding client", "zh-CN": "自然人电子税务局(扣缴端)"}],
                 "start": "2026-12-05T22:00", "end": "2026-12-06T06:00"}],
    "reason": {"text": {"en": "an upgrade of the core tax collection system",
                        "zh-CN": "核心征管系统升级"}},
    "impact": {"unavailable": [{"en": "Filing", "zh-CN": "网上申报"}]},
    "alternatives": [{"en": "For urgent matters, please visit your nearest tax service hall during office hours",
                      "zh-CN": "如有紧急业务,请于工作时间前往就近办税服务厅办理"}],
    "actions": {"before": [{"en": "Please complete filing and payment due that day before 20:00 on 5 December",
                            "zh-CN": "请于12月5日20:00前完成当日申报缴款"}]},
    "contacts": [{"kind": "phone", "value": "12366"}]
  })json");
  s["languages"] = json::array({lang});
  return s;
}

json render_sms(const json& sheet) {
  noticekit::Request request;
  request.channels = {"sms"};
  const auto result = noticekit::render(sheet.dump(), request);
  REQUIRE(result.status == noticekit::Status::ok);
  return json::parse(result.json)["outputs"].at(0);
}

}  // namespace

TEST_CASE("sms: the short version gives up optional parts in order, never the facts", "[sms]") {
  const std::vector<std::string> order = {"reason", "alternatives", "greeting", "actions",
                                          "systems_list"};
  for (const std::string lang : {"en", "zh-CN"}) {
    const json whole = render_sms([&] {
      json s = sheet(lang);
      s["sms"]["max_segments"] = 255;
      return s;
    }());
    REQUIRE(whole["metrics"]["shortened"] == false);
    const bool chinese = lang == "zh-CN";
    std::size_t given_up_before = std::size(order);
    for (int max = 1; max <= 4; ++max) {
      CAPTURE(lang, max);
      json s = sheet(lang);
      s["sms"]["max_segments"] = max;
      const json out = render_sms(s);
      const std::string text = out["text"];
      const auto& m = out["metrics"];
      const auto given_up = m["given_up"].get<std::vector<std::string>>();
      CHECK(m["full_segments"] == whole["metrics"]["segments"]);
      CHECK(m["shortened"] == (whole["metrics"]["segments"].get<int>() > max));
      CHECK(m["ok"] == (m["segments"].get<int>() <= max));
      if (m["shortened"] == true) CHECK(out["full_text"] == whole["text"]);
      // What stays: the signature, the window, the first system and the contact.
      CHECK(text.find(chinese ? "【某某税务】" : "AcmeTax: ") == 0);
      CHECK(text.find("22:00") != std::string::npos);
      CHECK(text.find(chinese ? "电子税务局" : "Online tax service") != std::string::npos);
      CHECK(text.find("12366") != std::string::npos);
      // What went: in the documented order, and only what was given up is missing.
      std::size_t next = 0;
      for (const auto& part : given_up) {
        const auto at =
            std::find(order.begin() + static_cast<std::ptrdiff_t>(next), order.end(), part);
        REQUIRE(at != order.end());
        next = static_cast<std::size_t>(at - order.begin()) + 1;
      }
      const auto gave_up = [&](const std::string& part) {
        return std::find(given_up.begin(), given_up.end(), part) != given_up.end();
      };
      // A part given up is gone; a part kept is there whenever the whole notice has it (the
      // English SMS, for one, never says why).
      const std::pair<const char*, const char*> marks[] = {
          {"reason", chinese ? "核心征管系统升级" : "core tax collection"},
          {"alternatives", chinese ? "办税服务厅" : "service hall"},
          {"greeting", chinese ? "尊敬的" : "Dear"},
          {"actions", chinese ? "20:00前" : "before 20:00"},
          {"systems_list", chinese ? "发票服务平台" : "Invoice platform"},
      };
      for (const auto& [part, mark] : marks) {
        CAPTURE(part);
        const bool in_whole = whole["text"].get<std::string>().find(mark) != std::string::npos;
        const bool in_text = text.find(mark) != std::string::npos;
        CHECK(in_text == (in_whole && !gave_up(part)));
      }
      // More room never costs more parts of the notice.
      CHECK(given_up.size() <= given_up_before);
      given_up_before = given_up.size();
    }
  }
}

TEST_CASE("sms.max_segments must be a whole number from 1 to 255", "[sms]") {
  for (const json& bad : {json(0), json(256), json(2.5), json("3"), json(true)}) {
    CAPTURE(bad.dump());
    json s = sheet("en");
    s["sms"]["max_segments"] = bad;
    const auto result = json::parse(noticekit::render(s.dump()).json);
    bool found = false;
    for (const auto& f : result["findings"])
      found = found || (f["code"] == "type.mismatch" && f["path"] == "/sms/max_segments" &&
                        f["message"].get<std::string>().find("1 to 255") != std::string::npos);
    CHECK(found);
  }
}
