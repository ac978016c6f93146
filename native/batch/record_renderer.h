// One batch record → what the batch writes for it: a JSON line (standard output), or files
// and an index line (--out). Runs on the worker threads, so it only reads shared state.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "batch/csv_header.h"
#include "batch/record.h"
#include "noticekit/noticekit.h"

namespace noticekit::cli::batch {

struct RenderedRecord {
  Status status = Status::ok;
  // {"record":N,"line":L,"status":S,"outputs":[…],"findings":[…],"completeness":…}, or with
  // --out the index line, whose outputs name their files instead of holding the text.
  std::string line;
  std::vector<std::pair<std::string, std::string>> files;  // --out: file name → content
};

class RecordRenderer {
 public:
  // `csv_header` (may be null) lets findings name the CSV column of their field.
  RecordRenderer(Request request, const CsvHeader* csv_header, bool to_files);

  RenderedRecord render(const InputRecord& record) const;

 private:
  Request request_;
  const CsvHeader* csv_header_;
  bool to_files_;
};

// "000042-announcement-email-en": how the files of one output of record 42 begin. Six
// digits so that names sort in input order (up to 999,999 records; then they get longer).
std::string output_file_stem(std::size_t record, std::string_view kind, std::string_view channel,
                             std::string_view lang);

}  // namespace noticekit::cli::batch
