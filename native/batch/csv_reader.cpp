#include "batch/csv_reader.h"

#include <algorithm>
#include <utility>

namespace noticekit::cli::batch {
namespace {

constexpr int kEnd = ByteSource::kEnd;

bool is_line_break(int byte) { return byte == '\n' || byte == '\r'; }

}  // namespace

CsvReader::CsvReader(ByteSource& source, std::size_t max_row_bytes)
    : source_(source), max_row_bytes_(max_row_bytes) {}

bool CsvReader::next(CsvRow& row) {
  while (!source_.at_end()) {
    if (read_row(row)) return true;
  }
  return false;
}

bool CsvReader::read_row(CsvRow& row) {
  row.cells.clear();
  row.cell_lines.clear();
  row.error.clear();
  row.error_code.clear();
  row.error_line = row.error_column = 0;
  row.line = line_;
  row_bytes_ = 0;
  while (true) {
    std::string cell;
    const std::size_t cell_line = line_;
    const CellEnd end =
        source_.peek() == '"' ? read_quoted_cell(row, cell) : read_plain_cell(row, cell);
    if (end == CellEnd::error) return true;
    // Once too large, read on to the row's end but keep nothing; a separator counts as a
    // byte so that a row of bare commas is bounded too.
    if (count_byte(row)) {
      row.cells.push_back(std::move(cell));
      row.cell_lines.push_back(cell_line);
    }
    if (end == CellEnd::row_end) break;
  }
  if (!row.error.empty()) return true;  // too large: reported once the row has been skipped
  return std::any_of(row.cells.begin(), row.cells.end(),
                     [](const std::string& c) { return !c.empty(); });
}

CsvReader::CellEnd CsvReader::read_quoted_cell(CsvRow& row, std::string& cell) {
  const std::size_t opened_on = line_;
  source_.get();  // the opening quote
  while (true) {
    const int byte = source_.get();
    if (byte == kEnd) {
      fail(row, opened_on,
           "the quoted cell is never closed; end it with a double quote (write \"\" for a "
           "quote inside it)");
      return CellEnd::error;
    }
    if (byte == '"') {
      if (source_.peek() == '"') {
        source_.get();
        append(row, cell, '"');
        continue;
      }
      break;
    }
    if (is_line_break(byte)) {
      consume_line_break(byte);
      append(row, cell, '\n');
      continue;
    }
    append(row, cell, static_cast<char>(byte));
  }
  const int after = source_.peek();
  if (after == ',') {
    source_.get();
    return CellEnd::comma;
  }
  if (after == kEnd || is_line_break(after)) {
    if (after != kEnd) consume_line_break(source_.get());
    return CellEnd::row_end;
  }
  fail(row, line_,
       "text after the closing quote of a quoted cell; put the whole cell in quotes and "
       "write \"\" for a quote inside it");
  skip_rest_of_line();
  return CellEnd::error;
}

CsvReader::CellEnd CsvReader::read_plain_cell(CsvRow& row, std::string& cell) {
  while (true) {
    const int byte = source_.peek();
    if (byte == kEnd) return CellEnd::row_end;
    source_.get();
    if (byte == ',') return CellEnd::comma;
    if (is_line_break(byte)) {
      consume_line_break(byte);
      return CellEnd::row_end;
    }
    if (byte == '"') {
      // RFC 4180 §2.5: a cell that holds a quote must be quoted as a whole. Guessing what a
      // stray quote meant could merge rows silently, so the row is reported instead.
      fail(row, line_,
           "a double quote inside a cell that does not start with one; put the whole cell "
           "in quotes and write \"\" for the quote");
      skip_rest_of_line();
      return CellEnd::error;
    }
    append(row, cell, static_cast<char>(byte));
  }
}

void CsvReader::append(CsvRow& row, std::string& cell, char byte) {
  if (count_byte(row)) cell += byte;
}

bool CsvReader::count_byte(CsvRow& row) {
  if (++row_bytes_ <= max_row_bytes_) return true;
  if (row.error.empty()) {
    // Keep reading (the quotes decide where the row ends) but stop keeping its text.
    fail(row, line_,
         "the row is larger than " + std::to_string(max_row_bytes_ >> 10) +
             " KiB; shorten its text");
    row.error_code = "batch.too_large";
  }
  return false;
}

void CsvReader::fail(CsvRow& row, std::size_t line, std::string message) {
  if (!row.error.empty()) return;
  row.error = std::move(message);
  row.error_code = "csv.syntax";
  row.error_line = line;
  row.error_column = row.cells.size() + 1;
}

void CsvReader::consume_line_break(int byte) {
  if (byte == '\r' && source_.peek() == '\n') source_.get();
  ++line_;
}

void CsvReader::skip_rest_of_line() {
  while (true) {
    const int byte = source_.get();
    if (byte == kEnd) return;
    if (is_line_break(byte)) {
      consume_line_break(byte);
      return;
    }
  }
}

}  // namespace noticekit::cli::batch
