#include "batch/batch_input.h"

#include <fmt/format.h>

#include "batch/csv_sheet.h"
#include "batch/sheet_schema.h"

namespace noticekit::cli::batch {
namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

std::string too_large_message(std::size_t line) {
  return fmt::format("line {}: the record is larger than {} KiB; shorten its text", line,
                     BatchInput::kMaxRecordBytes >> 10);
}

}  // namespace

std::optional<InputType> input_type_named(std::string_view name) {
  if (name == "jsonl" || name == "ndjson") return InputType::jsonl;
  if (name == "csv") return InputType::csv;
  return std::nullopt;
}

std::optional<InputType> input_type_of_file(std::string_view file) {
  const auto dot = file.rfind('.');
  const auto slash = file.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
    return std::nullopt;
  return input_type_named(file.substr(dot + 1));
}

BatchInput::BatchInput(std::FILE* stream, std::optional<InputType> type)
    : source_(stream),
      type_(type ? *type : (source_.first_non_blank() == '{' ? InputType::jsonl : InputType::csv)),
      csv_(source_, kMaxRecordBytes) {
  if (type_ != InputType::csv) return;
  if (!csv_.next(row_)) return;  // an empty file: no records
  if (!row_.error.empty()) {
    error_ = cell_location(row_.error_line, row_.error_column, "") + "(the header) " + row_.error;
    return;
  }
  header_ = read_csv_header(row_.cells, SheetSchema::embedded());
  if (!header_.error.empty()) {
    const std::size_t index = header_.error_column - 1;
    error_ = cell_location(row_.cell_lines[index], header_.error_column, row_.cells[index]) +
             header_.error;
  }
}

bool BatchInput::next(InputRecord& record) {
  if (!error_.empty()) return false;
  record = InputRecord{};
  return type_ == InputType::jsonl ? next_jsonl(record) : next_csv(record);
}

bool BatchInput::next_jsonl(InputRecord& record) {
  while (!source_.at_end()) {
    const std::size_t line = line_++;
    record.sheet_json.clear();
    const bool fits = source_.read_line(record.sheet_json, kMaxRecordBytes);
    if (fits && is_blank(record.sheet_json)) continue;
    record.ordinal = ++ordinal_;
    record.line = line;
    if (!fits) record.problem = RecordProblem{"batch.too_large", "", 0, too_large_message(line)};
    return true;
  }
  return false;
}

bool BatchInput::next_csv(InputRecord& record) {
  if (!csv_.next(row_)) return false;
  record.ordinal = ++ordinal_;
  record.line = row_.line;
  if (!row_.error.empty()) {
    const std::size_t index = row_.error_column - 1;
    const std::string header = index < header_.columns.size() ? header_.columns[index].header : "";
    record.problem = RecordProblem{
        row_.error_code, index < header_.columns.size() ? header_.columns[index].pointer : "",
        row_.error_column, cell_location(row_.error_line, row_.error_column, header) + row_.error};
    return true;
  }
  sheet_from_row(header_, row_, record);
  return true;
}

}  // namespace noticekit::cli::batch
