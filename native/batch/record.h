// One record of a batch input, as the readers hand it to the renderer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace noticekit::cli::batch {

// Why a record could not even be read as a fact sheet (bad CSV, a cell of the wrong type, a
// record too large). It becomes the record's one error finding.
struct RecordProblem {
  std::string code;        // e.g. "csv.syntax", "csv.value"; see docs/batch.md
  std::string path;        // JSON pointer of the field at fault, "" when there is none
  std::size_t column = 0;  // CSV: the 1-based cell number; 0 when not about one cell
  std::string message;     // says the line and column, and what to do
};

struct InputRecord {
  std::size_t ordinal = 0;  // 1-based
  std::size_t line = 0;     // the 1-based input line the record starts on
  std::string sheet_json;   // the fact sheet when there is no problem
  std::optional<RecordProblem> problem;
};

}  // namespace noticekit::cli::batch
