// The records of a batch input, one at a time: a JSONL file (one fact sheet per line) or a
// CSV file (a header row naming fields, then one sheet per row). Only the record being read
// is held in memory, whatever the size of the input.
#pragma once

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "batch/byte_source.h"
#include "batch/csv_header.h"
#include "batch/csv_reader.h"
#include "batch/record.h"
#include "noticekit/noticekit.h"

namespace noticekit::cli::batch {

enum class InputType { jsonl, csv };

// "jsonl"/"ndjson" → jsonl, "csv" → csv (what --input takes, and file extensions).
std::optional<InputType> input_type_named(std::string_view name);
// From the file's extension (.jsonl, .ndjson, .csv); nullopt when it says nothing.
std::optional<InputType> input_type_of_file(std::string_view file);

class BatchInput {
 public:
  // A record larger than the core reads is reported (batch.too_large) instead of being held.
  static constexpr std::size_t kMaxRecordBytes = max_sheet_bytes;

  // Reads `stream` (not owned). Without a type, the content decides: a first non-blank
  // character '{' means JSONL, anything else CSV. A CSV header is read here.
  BatchInput(std::FILE* stream, std::optional<InputType> type);

  InputType type() const { return type_; }
  // Why the input cannot be read at all (a CSV header that names no fields, …), saying
  // where; empty when records can be read.
  const std::string& error() const { return error_; }
  // The CSV header, to name the column of a finding; nullptr for JSONL.
  const CsvHeader* csv_header() const { return type_ == InputType::csv ? &header_ : nullptr; }

  // The next record; false at the end of the input (or after a read error: see read_failed).
  bool next(InputRecord& record);
  bool read_failed() const { return source_.failed(); }

 private:
  bool next_jsonl(InputRecord& record);
  bool next_csv(InputRecord& record);

  ByteSource source_;
  InputType type_;
  CsvReader csv_;
  CsvRow row_;
  CsvHeader header_;
  std::string error_;
  std::size_t ordinal_ = 0;
  std::size_t line_ = 1;  // JSONL: the line of the next byte
};

}  // namespace noticekit::cli::batch
