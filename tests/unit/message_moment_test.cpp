// Each message has its own moment: one sheet writes every message of an outage, and a message
// is dated when it is sent (Request::at, else when the lifecycle sends it), not when the
// sheet's own message was issued. Also the dates the deadline rules read in free text.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "base_sheet.h"
#include "noticekit/noticekit.h"
#include "validate/dates_in_text.h"

using nlohmann::json;

namespace {

// The base sheet, with what its restoration did.
json planned_sheet() {
  json sheet = base_sheet();
  sheet["restoration"]["work_done"] = {"Upgraded the dashboard"};
  return sheet;
}

json render(const json& sheet, const std::string& kind, const std::string& at = {}) {
  noticekit::Request request;
  request.channels = {"email"};
  request.kind = kind;
  request.at = at;
  return json::parse(noticekit::render(sheet.dump(), request).json);
}

std::string date_header(const json& result) {
  const std::string eml = "\r\n" + result["outputs"][0]["eml"].get<std::string>();
  const auto at = eml.find("\r\nDate: ");
  return at == std::string::npos ? "" : eml.substr(at + 8, eml.find("\r\n", at + 8) - at - 8);
}

// The notice's last line: the date it is signed with.
std::string date_line(const json& result) {
  std::string text = result["outputs"][0]["text"];
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text.substr(text.rfind('\n') + 1);
}

std::vector<std::string> codes(const json& result) {
  std::vector<std::string> out;
  for (const auto& f : result["findings"]) out.push_back(f["code"]);
  return out;
}

}  // namespace

TEST_CASE("a message is dated when it is sent", "[moment]") {
  const json sheet = planned_sheet();
  SECTION("the sheet's own message: when the sheet was issued") {
    const json r = render(sheet, "");
    CHECK(date_line(r) == "1 December 2026");
    CHECK(date_header(r) == "Tue, 01 Dec 2026 10:00:00 +0800");
  }
  SECTION("started, from the announcement's sheet: at the start") {
    const json r = render(sheet, "started");
    CHECK(date_line(r) == "5 December 2026");
    CHECK(date_header(r) == "Sat, 05 Dec 2026 22:00:00 +0800");
    CHECK(codes(r).empty());
  }
  SECTION("a reminder: a day before, moved out of quiet hours to the evening before") {
    CHECK(date_header(render(sheet, "reminder")) == "Fri, 04 Dec 2026 20:00:00 +0800");
  }
  SECTION("a restoration of planned work: when the window ended, which a finding says") {
    const json r = render(sheet, "restoration");
    CHECK(date_header(r) == "Sun, 06 Dec 2026 06:00:00 +0800");
    CHECK(codes(r) == std::vector<std::string>{"restoration.actual_end_assumed"});
    CHECK(r["outputs"][0]["text"].get<std::string>().find("6:00") != std::string::npos);
  }
  SECTION("a restoration: when service came back, if the sheet says") {
    json with_end = sheet;
    with_end["restoration"]["actual_end"] = "2026-12-06T05:10";
    CHECK(date_header(render(with_end, "restoration")) == "Sun, 06 Dec 2026 05:10:00 +0800");
  }
  SECTION("the caller's moment wins") {
    const json r = render(sheet, "started", "2026-12-06T01:30");
    CHECK(date_header(r) == "Sun, 06 Dec 2026 01:30:00 +0800");
    CHECK(date_line(r) == "6 December 2026");
  }
  SECTION("a moment that is not a time is a bad request, not a silent default") {
    noticekit::Request request;
    request.at = "tomorrow";
    const auto result = noticekit::render(sheet.dump(), request);
    CHECK(result.status == noticekit::Status::unusable);
    const json r = json::parse(result.json);
    CHECK(r["outputs"].empty());
    CHECK(codes(r) == std::vector<std::string>{"at.invalid"});
    CHECK(r["findings"][0]["message"].get<std::string>().find("\"tomorrow\"") != std::string::npos);
  }
}

TEST_CASE("dates typed into free text are read in every language", "[moment]") {
  using noticekit::validate::dates_in_text;
  struct Row {
    std::string text;
    int month, day, hour;  // hour -1: none written
  };
  const std::vector<Row> rows = {
      {"请于12月5日20:00前完成当日申报缴款", 12, 5, 20},
      {"請於2026年12月5日前完成", 12, 5, -1},
      {"12月5日(土) 18時までに", 12, 5, 18},
      {"12월 5일 18시까지", 12, 5, 18},
      {"File returns by 5 December, 8:00 PM", 12, 5, 20},
      {"by Dec 5 at 8:30 pm", 12, 5, 20},
      {"Bitte bis 5. Dez. erledigen", 12, 5, -1},
      {"antes del 5 de diciembre a las 20:00", 12, 5, 20},
      {"avant le 1er décembre", 12, 1, -1},
      {"due 2026-12-05 20:00", 12, 5, 20},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    const auto dates = dates_in_text(row.text);
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].month == row.month);
    CHECK(dates[0].day == row.day);
    CHECK(dates[0].hour.value_or(-1) == row.hour);
  }
  // Numbers that are not dates.
  for (const std::string text : {"Call 12366", "Version 12.5", "about 30 minutes", "May we ask"}) {
    INFO(text);
    CHECK(dates_in_text(text).empty());
  }
}
