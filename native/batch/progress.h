// What a batch run says on standard error: a progress line while it runs (only on a
// terminal, where "\r" redraws it; a log file would fill with them), and a summary at the end:
//   batch: 1000 records, 998 ok, 2 failed in 1.2 s (830/s)
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace noticekit::cli::batch {

class Progress {
 public:
  // Draws the progress line on `stream` only when `on_terminal`.
  Progress(std::FILE* stream, bool on_terminal);

  // Counts one record; redraws at most ten times a second.
  void count(bool ok);

  std::size_t records() const { return ok_ + failed_; }
  std::size_t failed() const { return failed_; }

  // Clears the progress line and writes the summary.
  void finish();

  // The summary for these figures, e.g. "batch: 3 records, 2 ok, 1 failed in 0.0 s (1500/s)".
  static std::string summary(std::size_t ok, std::size_t failed, double seconds);

 private:
  double seconds() const;
  void draw();

  using Clock = std::chrono::steady_clock;
  std::FILE* stream_;
  bool on_terminal_;
  Clock::time_point started_ = Clock::now();
  Clock::time_point drawn_ = started_;
  std::size_t ok_ = 0;
  std::size_t failed_ = 0;
  bool line_shown_ = false;
};

}  // namespace noticekit::cli::batch
