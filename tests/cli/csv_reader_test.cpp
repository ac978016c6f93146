// The CSV reader: RFC 4180 quoting, line endings, line numbers, and rows it must refuse.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "batch/csv_reader.h"
#include "test_input.h"

namespace noticekit::cli::batch {
namespace {

using Cells = std::vector<std::string>;

std::vector<CsvRow> read_all(std::string_view csv, std::size_t max_row_bytes = 1 << 20) {
  auto file = testing::file_with(csv);
  ByteSource source(file.get());
  CsvReader reader(source, max_row_bytes);
  std::vector<CsvRow> rows;
  CsvRow row;
  while (reader.next(row)) rows.push_back(row);
  return rows;
}

TEST_CASE("CSV: plain cells, LF and CRLF rows, a last row without a line break") {
  const auto rows = read_all("a,b,c\r\n1,,3\n4,5,6");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].cells == Cells{"a", "b", "c"});
  CHECK(rows[1].cells == Cells{"1", "", "3"});
  CHECK(rows[2].cells == Cells{"4", "5", "6"});
  CHECK(rows[2].line == 3);
}

TEST_CASE("CSV: quoted cells hold commas, doubled quotes and line breaks") {
  const auto rows =
      read_all("name,note\n\"Acme, Inc.\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",x\nlast,\"\"\n");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].cells == Cells{"name", "note"});
  CHECK(rows[1].cells == Cells{"Acme, Inc.", "say \"hi\""});
  // A CRLF inside a cell becomes "\n", and the row after it starts two lines later.
  CHECK(rows[2].cells == Cells{"two\nlines", "x"});
  CHECK(rows[2].line == 3);
  CHECK(rows[2].cell_lines == std::vector<std::size_t>{3, 4});
  CHECK(rows[3].cells == Cells{"last", ""});  // "" is an empty quoted cell
  CHECK(rows[3].line == 5);
}

TEST_CASE("CSV: the row after a multi-line cell has the right line number") {
  const auto rows = read_all("h\n\"a\nb\nc\"\nnext\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[2].cells == Cells{"next"});
  CHECK(rows[2].line == 5);
}

TEST_CASE("CSV: a UTF-8 byte order mark is not part of the first cell") {
  const auto rows = read_all(
      "\xEF\xBB\xBF"
      "schema,kind\nnoticekit/1,planned\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].cells[0] == "schema");
}

TEST_CASE("CSV: blank lines and rows of bare commas are skipped but counted") {
  const auto rows = read_all("a,b\n\n,\n\r\n1,2\n,,\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].cells == Cells{"1", "2"});
  CHECK(rows[1].line == 5);
}

TEST_CASE("CSV: ragged rows keep the cells they have") {
  const auto rows = read_all("a,b,c\n1\n1,2,3,4\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].cells == Cells{"1"});
  CHECK(rows[2].cells == Cells{"1", "2", "3", "4"});
}

TEST_CASE(
    "CSV: a quote inside an unquoted cell is reported with its line and column, and reading goes "
    "on") {
  const auto rows = read_all("a,b\nok,5\" screen\nnext,row\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].error_code == "csv.syntax");
  CHECK(rows[1].error_line == 2);
  CHECK(rows[1].error_column == 2);
  CHECK_THAT(rows[1].error, Catch::Contains("put the whole cell in quotes"));
  CHECK(rows[2].error.empty());
  CHECK(rows[2].cells == Cells{"next", "row"});
}

TEST_CASE("CSV: text after a closing quote is reported") {
  const auto rows = read_all("a,b\n1,\"x\"y\n2,3\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].error_column == 2);
  CHECK_THAT(rows[1].error, Catch::Contains("after the closing quote"));
  CHECK(rows[2].cells == Cells{"2", "3"});
}

TEST_CASE("CSV: a quote never closed is reported at the line it opened") {
  const auto rows = read_all("a,b\n1,2\n3,\"open\nand on\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[2].error_line == 3);
  CHECK(rows[2].error_column == 2);
  CHECK_THAT(rows[2].error, Catch::Contains("never closed"));
}

TEST_CASE("CSV: a row over the size limit is reported, not kept, and the next row reads") {
  const std::string big(100, 'x');
  const auto rows = read_all("a\n\"" + big + "\"\nsmall\n", 50);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].error_code == "batch.too_large");
  CHECK(rows[1].cells.empty());
  CHECK(rows[2].cells == Cells{"small"});
}

}  // namespace
}  // namespace noticekit::cli::batch
