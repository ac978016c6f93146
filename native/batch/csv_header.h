// The header row of a batch CSV: each cell names the sheet field its column fills, as a
// path of keys and list positions (docs/batch.md):
//   organization/name     a field inside a group
//   windows/0/start       a field of the first window (lists count from 0)
//   reason/text/zh-CN     one language of a text
//   languages[]           a list: the cell's items are separated by '|'
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "batch/sheet_schema.h"

namespace noticekit::cli::batch {

struct CsvColumn {
  std::string header;             // as written, trimmed, e.g. "windows/0/systems[]"
  std::vector<std::string> path;  // {"windows", "0", "systems"}; empty: a column without a name
  std::string pointer;            // "/windows/0/systems"
  // path[i] is a position in a list (the schema says the field before it is a list).
  std::vector<bool> is_position;
  bool list = false;  // the header ends in "[]"
  FieldTypes types;   // what a cell may be: the field's types, or its items' for a list
};

struct CsvHeader {
  std::vector<CsvColumn> columns;
  std::string error;             // why the header cannot be used; empty when it can
  std::size_t error_column = 0;  // 1-based

  // The 1-based column whose cells fill `pointer` or a field inside it (so a finding about
  // /windows/0/start names the column "windows/0/start"); 0 when no single column does.
  std::size_t column_for(std::string_view pointer) const;
};

CsvHeader read_csv_header(const std::vector<std::string>& cells, const SheetSchema& schema);

// The text without the spaces and tabs around it (header cells, typed cells, list items).
std::string_view trim_blanks(std::string_view text);

}  // namespace noticekit::cli::batch
