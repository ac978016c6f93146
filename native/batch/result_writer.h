// Where batch results go: standard output, or with --out a folder of files plus its
// index.jsonl.
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "batch/record_renderer.h"

namespace noticekit::cli::batch {

class ResultWriter {
 public:
  // `out_dir` empty: the result lines go to standard output.
  explicit ResultWriter(std::string out_dir);

  // "" when ready, else why not. With a folder: creates it, and removes the record files
  // (NNNNNN-…) an earlier run left there, so that a glob over the folder never picks up an
  // outdated notice beside this run's findings.
  std::string open();
  // Writes one record's files and its line; false after a failed write (see close()).
  bool write(const RenderedRecord& record);
  // "" when everything reached its file, else why not. The folder's index.jsonl appears here.
  std::string close();

 private:
  std::string out_dir_;
  std::string index_temp_;  // index.jsonl being written, renamed into place by close()
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> index_;
  std::string error_;
};

// Whether a file name is one a batch gives a record's file: six or more digits and a hyphen.
bool is_record_file_name(const std::string& name);

}  // namespace noticekit::cli::batch
