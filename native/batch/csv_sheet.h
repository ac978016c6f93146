// One CSV row → one fact sheet (JSON text), each cell converted to its field's type:
//   an empty cell           the field is absent
//   text fields             the cell as written (also when it starts with '[' or '{')
//   integer / number fields digits, e.g. 120000, 0.045
//   true/false fields       true or false (any case)
//   fields that may be null the cell "null" (e.g. windows/0/end: the end is unknown)
//   "x[]" list columns      items separated by '|'; a cell starting with '[' is a JSON array
//   list or group fields    a JSON array or object (e.g. a "windows" column)
// A cell that does not fit gives the record's problem, naming line, column and header.
#pragma once

#include "batch/csv_header.h"
#include "batch/csv_reader.h"
#include "batch/record.h"

namespace noticekit::cli::batch {

// Fills `record.sheet_json`, or `record.problem` with the first cell that does not fit
// (cells are checked left to right).
void sheet_from_row(const CsvHeader& header, const CsvRow& row, InputRecord& record);

// "line 4, column 5 (audience/size): " — how every message about a cell starts.
std::string cell_location(std::size_t line, std::size_t column, std::string_view header);

}  // namespace noticekit::cli::batch
