#include "batch/batch_command.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <thread>

#include <fmt/format.h>
#include <unistd.h>

#include "batch/batch_input.h"
#include "batch/ordered_pipeline.h"
#include "batch/progress.h"
#include "batch/record_renderer.h"
#include "batch/result_writer.h"
#include "read_input.h"

namespace noticekit::cli::batch {
namespace {

constexpr int kUsageError = 2;

// Records travel between the threads in chunks: a hand-off costs a futex wake and two context
// switches, too many to pay for every record or every few. A chunk of 32 records (about 1.5 ms
// of work) keeps them under 1% of the time: with 8 per chunk, `--jobs 2` made 27,000 context
// switches and 0.29 s of system time over 100,000 records, with 32 about 4,000 and 0.06 s.
// Four chunks in flight per worker thread: enough that a slow record does not leave the other
// threads idle while the writer waits for it.
// Memory is bounded by bytes, not records: a chunk closes after 32 KiB of sheets (a typical
// record is about 1 KB; a large one can make a hundred times its size in notices), and results
// waiting to be written may hold 8 MiB before the workers wait for the writer.
constexpr std::size_t kRecordsPerChunk = 32;
constexpr std::size_t kChunkSheetBytes = 32 << 10;
constexpr std::size_t kChunksInFlightPerJob = 4;
constexpr std::size_t kWaitingResultBytes = 8 << 20;

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

File no_file() { return File(nullptr, &std::fclose); }

std::optional<InputType> chosen_type(const BatchOptions& options, const std::string& file) {
  if (!options.input.empty()) return input_type_named(options.input);
  return input_type_of_file(file);
}

}  // namespace

int run_batch(const Invocation& invocation) {
  const std::string& file = invocation.file;
  const bool from_stdin = file.empty() || file == "-";
  File opened = no_file();
  if (!from_stdin) {
    // A folder opens like a file and fails only on the first read, as "Inappropriate ioctl
    // for device".
    if (std::error_code error; std::filesystem::is_directory(file, error)) {
      fmt::print(stderr, "noticekit: '{}' is a folder; give a JSONL or CSV file of records\n",
                 file);
      return kUsageError;
    }
    opened = File(std::fopen(file.c_str(), "rb"), &std::fclose);
    if (!opened) {
      fmt::print(stderr, "noticekit: {}\n", cannot_read(file, errno));
      return kUsageError;
    }
  } else if (isatty(STDIN_FILENO)) {  // otherwise a bare `noticekit batch` seems to hang
    fmt::print(stderr, "noticekit: reading records from standard input (end with Ctrl-D)\n");
  }

  BatchInput input(from_stdin ? stdin : opened.get(), chosen_type(invocation.batch, file));
  if (!input.error().empty()) {
    fmt::print(stderr, "noticekit: {}\n", input.error());
    return kUsageError;
  }
  ResultWriter writer(invocation.batch.out_dir);
  if (const std::string error = writer.open(); !error.empty()) {
    fmt::print(stderr, "noticekit: {}\n", error);
    return kUsageError;
  }

  const std::size_t jobs = invocation.batch.jobs > 0
                               ? invocation.batch.jobs
                               : std::max(1u, std::thread::hardware_concurrency());
  const RecordRenderer renderer(invocation.request, input.csv_header(),
                                !invocation.batch.out_dir.empty());
  Progress progress(stderr, isatty(STDERR_FILENO) != 0);

  const auto render = [&](const InputRecord& record) {
    try {
      return renderer.render(record);
    } catch (const std::exception& error) {  // say, out of memory: that record fails, not the run
      InputRecord failed;
      failed.ordinal = record.ordinal;
      failed.line = record.line;
      failed.problem = RecordProblem{"batch.internal", "", 0,
                                     fmt::format("line {}: {}", record.line, error.what())};
      return renderer.render(failed);
    }
  };
  run_in_order<std::vector<InputRecord>, std::vector<RenderedRecord>>(
      jobs, jobs * kChunksInFlightPerJob, kWaitingResultBytes,
      [&](std::vector<InputRecord>& chunk) {
        chunk.resize(kRecordsPerChunk);
        std::size_t read = 0, bytes = 0;
        while (read < chunk.size() && bytes < kChunkSheetBytes && input.next(chunk[read]))
          bytes += chunk[read++].sheet_json.size();
        chunk.resize(read);
        return read > 0;
      },
      [&](const std::vector<InputRecord>& chunk) {
        std::vector<RenderedRecord> results;
        results.reserve(chunk.size());
        for (const auto& record : chunk) results.push_back(render(record));
        return results;
      },
      [](const std::vector<RenderedRecord>& results) {
        std::size_t bytes = 0;
        for (const auto& result : results) {
          bytes += result.line.size();
          for (const auto& [name, content] : result.files) bytes += name.size() + content.size();
        }
        return bytes;
      },
      [&](std::vector<RenderedRecord>& results) {
        for (auto& result : results) {
          progress.count(result.status == Status::ok);
          if (!writer.write(result)) return false;
        }
        return true;
      });

  const std::string write_error = writer.close();
  progress.finish();
  if (!write_error.empty()) {
    fmt::print(stderr, "noticekit: {}\n", write_error);
    return kUsageError;
  }
  if (input.read_failed()) {
    fmt::print(stderr, "noticekit: {}\n",
               cannot_read(from_stdin ? "standard input" : file, errno != 0 ? errno : EIO));
    return kUsageError;
  }
  return progress.failed() > 0 ? 1 : 0;
}

}  // namespace noticekit::cli::batch
