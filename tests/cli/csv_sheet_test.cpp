// CSV header paths → sheet fields, and cells → values of the field's type (docs/batch.md).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "batch/csv_header.h"
#include "batch/csv_sheet.h"
#include "batch/sheet_schema.h"

namespace noticekit::cli::batch {
namespace {

using nlohmann::json;
using Cells = std::vector<std::string>;

CsvHeader header_of(const Cells& cells) { return read_csv_header(cells, SheetSchema::embedded()); }

// The record a row gives under `header_cells`, the row starting on line 2.
InputRecord record_of(const Cells& header_cells, const Cells& cells) {
  const CsvHeader header = header_of(header_cells);
  REQUIRE(header.error.empty());
  CsvRow row;
  row.cells = cells;
  row.line = 2;
  row.cell_lines.assign(cells.size(), 2);
  InputRecord record;
  sheet_from_row(header, row, record);
  return record;
}

json sheet_of(const Cells& header_cells, const Cells& cells) {
  const InputRecord record = record_of(header_cells, cells);
  INFO((record.problem ? record.problem->message : ""));
  REQUIRE(!record.problem);
  return json::parse(record.sheet_json);
}

TEST_CASE("schema: field types come from schema/notice.schema.json") {
  const SheetSchema& schema = SheetSchema::embedded();
  CHECK(schema.types_at({"audience", "size"}).integer);
  CHECK(schema.types_at({"sms", "price_per_segment"}).number);
  CHECK(schema.types_at({"early_finish"}).boolean);
  const FieldTypes end = schema.types_at({"windows", "0", "end"});
  CHECK((end.string && end.null));
  const FieldTypes text = schema.types_at({"reason", "text"});
  CHECK((text.string && text.object));
  CHECK(schema.types_at({"reason", "text", "zh-CN"}).string);
  CHECK(schema.types_at({"windows"}).array);
  CHECK_FALSE(schema.types_at({"no_such_field"}).known());
}

TEST_CASE("header: paths, list positions, localized text and list columns") {
  const CsvHeader header =
      header_of({"organization/name", "windows/0/start", "reason/text/zh-CN", "languages[]", ""});
  REQUIRE(header.error.empty());
  REQUIRE(header.columns.size() == 5);
  CHECK(header.columns[0].pointer == "/organization/name");
  CHECK(header.columns[1].path == Cells{"windows", "0", "start"});
  CHECK(header.columns[1].is_position == std::vector<bool>{false, true, false});
  CHECK(header.columns[2].pointer == "/reason/text/zh-CN");
  CHECK(header.columns[3].list);
  CHECK(header.columns[3].pointer == "/languages");
  CHECK(header.columns[4].path.empty());  // a column without a name holds nothing
}

TEST_CASE("header: mistakes are refused with the column and what to write") {
  auto error_of = [](const Cells& cells) {
    const CsvHeader header = header_of(cells);
    return std::make_pair(header.error_column, header.error);
  };
  auto [column, error] = error_of({"kind", "windows/start"});
  CHECK(column == 2);
  CHECK_THAT(error, Catch::Contains("windows/0/start"));
  std::tie(column, error) = error_of({"kind", "kind"});
  CHECK(column == 2);
  CHECK_THAT(error, Catch::Contains("column 1"));
  std::tie(column, error) = error_of({"reason", "reason/text"});
  CHECK_THAT(error, Catch::Contains("overlaps column 1"));
  std::tie(column, error) = error_of({"kind[]"});
  CHECK_THAT(error, Catch::Contains("not a list"));
  std::tie(column, error) = error_of({"organization//name"});
  CHECK_THAT(error, Catch::Contains("empty"));
  // A position typed wrong is corrected in place, the rest of the header kept.
  std::tie(column, error) = error_of({"windows/-1/start"});
  CHECK_THAT(error, Catch::Contains("positions count from 0 to 999, as windows/0/start"));
  std::tie(column, error) = error_of({"windows/0/systems/01"});
  CHECK_THAT(error, Catch::Contains("without leading zeros, as windows/0/systems/1"));
  std::tie(column, error) = error_of({"~"});
  CHECK_THAT(error, Catch::Contains("'~' is not a field name"));
  std::tie(column, error) = error_of({"schema;kind"});
  CHECK_THAT(error, Catch::Contains("separated by commas"));
  // Issue 18: a header of 100,000 names ("a/a/a/…") crashed the batch, after seconds of work
  // that grew with the square of its length.
  std::string deep = "a";
  for (int i = 1; i < 100'000; ++i) deep += "/a";
  std::tie(column, error) = error_of({"kind", deep});
  CHECK(column == 2);
  CHECK_THAT(error, Catch::Contains("more than 16 names between slashes"));
  // The message names the column by the start of its header, not all 200,000 bytes of it.
  CHECK(cell_location(1, 2, deep) == "line 1, column 2 (" + deep.substr(0, 60) + "…): ");
}

TEST_CASE("header: a finding's JSON pointer names the column that filled it") {
  const CsvHeader header =
      header_of({"kind", "windows/0/start", "windows/0/systems[]", "windows/1/start"});
  CHECK(header.column_for("/windows/0/start") == 2);
  CHECK(header.column_for("/windows/0/systems/1") == 3);
  CHECK(header.column_for("/windows/1/start") == 4);
  CHECK(header.column_for("/windows/0") == 0);  // two columns fill it: none is the one
  CHECK(header.column_for("/kindness") == 0);   // a prefix of the name is not the field
}

TEST_CASE("row: cells become typed fields, nested groups and lists") {
  const json sheet =
      sheet_of({"schema", "audience/size", "sms/price_per_segment", "early_finish",
                "windows/0/start", "windows/0/end", "windows/0/systems[]", "reason/text/zh-CN",
                "reason/text/en", "languages[]", "contacts/0/value"},
               {"noticekit/1", "120000", "0.045", "TRUE", "2026-12-05T22:00", "null",
                "电子税务局 | 发票服务平台", "核心系统升级", "an upgrade", "zh-CN|en", "12366"});
  CHECK(sheet["schema"] == "noticekit/1");
  CHECK(sheet["audience"]["size"] == 120000);
  CHECK(sheet["audience"]["size"].is_number_integer());
  CHECK(sheet["sms"]["price_per_segment"] == Approx(0.045));
  CHECK(sheet["early_finish"] == true);
  CHECK(sheet["windows"][0]["start"] == "2026-12-05T22:00");
  CHECK(sheet["windows"][0]["end"].is_null());
  CHECK(sheet["windows"][0]["systems"] == json({"电子税务局", "发票服务平台"}));
  CHECK(sheet["reason"]["text"] == json({{"zh-CN", "核心系统升级"}, {"en", "an upgrade"}}));
  CHECK(sheet["languages"] == json({"zh-CN", "en"}));
  CHECK(sheet["contacts"][0]["value"] == "12366");  // a phone number stays text
}

TEST_CASE("row: an empty cell leaves the field out; text may start with a bracket") {
  const json sheet =
      sheet_of({"kind", "organization/unit", "reason/text", "windows/0/start", "windows/1/start"},
               {"planned", "", "[urgent] repairs", "2026-12-05T22:00", ""});
  CHECK_FALSE(sheet.contains("organization"));
  CHECK(sheet["reason"]["text"] == "[urgent] repairs");
  CHECK(sheet["windows"].size() == 1);
}

TEST_CASE("row: a list or group field takes a JSON cell") {
  const json sheet = sheet_of(
      {"windows", "contacts[]"},
      {R"([{"systems":["A"],"start":"2026-12-05T22:00"}])", R"([{"kind":"phone","value":"1"}])"});
  CHECK(sheet["windows"][0]["systems"][0] == "A");
  CHECK(sheet["contacts"][0]["kind"] == "phone");
}

TEST_CASE("row: a bad number cell names line, column and header") {
  const InputRecord record = record_of({"kind", "audience/size"}, {"planned", "about 5000"});
  REQUIRE(record.problem);
  CHECK(record.problem->code == "csv.value");
  CHECK(record.problem->column == 2);
  CHECK(record.problem->path == "/audience/size");
  CHECK_THAT(
      record.problem->message,
      Catch::StartsWith("line 2, column 2 (audience/size): 'about 5000' is not a whole number"));
}

TEST_CASE("row: other cells that do not fit their field") {
  auto problem_of = [](const Cells& header, const Cells& cells) {
    const InputRecord record = record_of(header, cells);
    REQUIRE(record.problem);
    return *record.problem;
  };
  CHECK_THAT(problem_of({"early_finish"}, {"maybe"}).message,
             Catch::Contains("neither true nor false"));
  CHECK_THAT(problem_of({"sms/price_per_segment"}, {"0,045"}).message,
             Catch::Contains("is not a number"));
  CHECK_THAT(problem_of({"windows"}, {"[{"}).message, Catch::Contains("not valid JSON"));
  // Found by fuzzing: a number beyond a double's range ended the whole batch (an uncaught
  // nlohmann::json::out_of_range), not only its row.
  CHECK_THAT(problem_of({"windows"}, {"[1e400]"}).message,
             Catch::Contains("number too large to read (number overflow parsing '1e400')"));
  // Issue 18: 100,000 nested brackets in a cell overflowed the stack when the sheet was
  // written out, and the whole batch was lost.
  const std::string nested = std::string(100'000, '[') + std::string(100'000, ']');
  const RecordProblem deep = problem_of({"languages[]"}, {nested});
  CHECK(deep.code == "csv.value");
  CHECK_THAT(deep.message, Catch::Contains("nests more than 64 levels deep"));
  // Brackets inside strings are text, not nesting.
  CHECK_FALSE(record_of({"languages[]"}, {"[\"" + std::string(100, '[') + "\"]"}).problem);
  CHECK_THAT(problem_of({"languages"}, {"zh-CN|en"}).message,
             Catch::Contains("with [] at the end"));
  const RecordProblem extra = problem_of({"kind"}, {"planned", "stray"});
  CHECK(extra.code == "csv.extra_cell");
  CHECK(extra.column == 2);
  const RecordProblem gap =
      problem_of({"windows/0/start", "windows/1/start"}, {"", "2026-12-05T22:00"});
  CHECK(gap.code == "csv.gap");
  CHECK_THAT(gap.message, Catch::Contains("windows/0 has no filled cell"));
  const RecordProblem encoding = problem_of({"kind"}, {"\xC3("});
  CHECK(encoding.code == "csv.encoding");
}

}  // namespace
}  // namespace noticekit::cli::batch
