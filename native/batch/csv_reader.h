// CSV rows (RFC 4180) read one at a time from a ByteSource: cells separated by commas,
// rows by CRLF or LF; a cell in double quotes may hold commas, line breaks and doubled
// quotes (""). https://www.rfc-editor.org/rfc/rfc4180#section-2
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "batch/byte_source.h"

namespace noticekit::cli::batch {

struct CsvRow {
  std::vector<std::string> cells;       // a line break inside a quoted cell is always "\n"
  std::vector<std::size_t> cell_lines;  // the 1-based input line each cell starts on
  std::size_t line = 0;                 // the 1-based input line the row starts on

  // Why the row cannot be read (a stray quote, an unclosed quote, too large); empty when it
  // can. The reader has then skipped to the end of the row, so the next one reads normally.
  std::string error;
  std::string error_code;        // "csv.syntax" or "batch.too_large"
  std::size_t error_line = 0;    // where the problem is, 1-based
  std::size_t error_column = 0;  // the 1-based cell number
};

class CsvReader {
 public:
  // A row of more than `max_row_bytes` is reported as an error instead of being kept, so
  // memory stays bounded whatever the input holds.
  CsvReader(ByteSource& source, std::size_t max_row_bytes);

  // Reads the next row that has at least one non-empty cell (blank lines and rows of bare
  // commas, which spreadsheets leave at the end, are skipped); false at the end of input.
  bool next(CsvRow& row);

 private:
  enum class CellEnd { comma, row_end, error };
  CellEnd read_quoted_cell(CsvRow& row, std::string& cell);
  CellEnd read_plain_cell(CsvRow& row, std::string& cell);
  bool read_row(CsvRow& row);  // false for a row to skip (all cells empty)
  void append(CsvRow& row, std::string& cell, char byte);
  bool count_byte(CsvRow& row);  // false once the row is over the limit
  void fail(CsvRow& row, std::size_t line, std::string message);
  void consume_line_break(int byte);
  void skip_rest_of_line();

  ByteSource& source_;
  std::size_t max_row_bytes_;
  std::size_t line_ = 1;  // the line of the next byte
  std::size_t row_bytes_ = 0;
};

}  // namespace noticekit::cli::batch
