#include "batch/progress.h"

#include <fmt/format.h>

namespace noticekit::cli::batch {
namespace {

// Ten redraws a second look live without costing the terminal (or a slow ssh link) much.
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

}  // namespace

Progress::Progress(std::FILE* stream, bool on_terminal)
    : stream_(stream), on_terminal_(on_terminal) {}

double Progress::seconds() const {
  return std::chrono::duration<double>(Clock::now() - started_).count();
}

void Progress::count(bool ok) {
  ++(ok ? ok_ : failed_);
  if (!on_terminal_) return;
  const auto now = Clock::now();
  if (now - drawn_ < kRedrawEvery) return;
  drawn_ = now;
  draw();
}

void Progress::draw() {
  const double elapsed = seconds();
  const double rate = elapsed > 0 ? static_cast<double>(records()) / elapsed : 0;
  fmt::print(stream_, "\rbatch: {} records, {} ok, {} failed ({:.0f}/s) ", records(), ok_, failed_,
             rate);
  std::fflush(stream_);
  line_shown_ = true;
}

std::string Progress::summary(std::size_t ok, std::size_t failed, double seconds) {
  const double rate = seconds > 0 ? static_cast<double>(ok + failed) / seconds : 0;
  return fmt::format("batch: {} records, {} ok, {} failed in {:.1f} s ({:.0f}/s)", ok + failed, ok,
                     failed, seconds, rate);
}

void Progress::finish() {
  // "\r" then the erase-line control sequence: the summary replaces the progress line.
  if (line_shown_) fmt::print(stream_, "\r\x1b[K");
  fmt::print(stream_, "{}\n", summary(ok_, failed_, seconds()));
  std::fflush(stream_);
}

}  // namespace noticekit::cli::batch
